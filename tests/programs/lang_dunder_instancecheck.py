class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int) and inst > 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub in (int, bool)
class Positive(metaclass=Meta):
    pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("s", Positive))
print(issubclass(bool, Positive), issubclass(str, Positive))
print(isinstance(Positive(), Positive))
import abc
class Walker(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("walk" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Dog:
    def walk(self):
        pass
class Fish:
    pass
print(isinstance(Dog(), Walker), isinstance(Fish(), Walker), issubclass(Dog, Walker))
print(isinstance(3, (str, Positive)))
class Evil:
    __class__ = int
print(isinstance(Evil(), int), type(Evil()).__name__)
