# Metaclass __getattribute__/__setattr__/__delattr__ reaching type's own through super(); type's getsets.
class Meta(type):
    def __setattr__(cls, name, value):
        print("set", name)
        super().__setattr__(name, value)
    def __getattribute__(cls, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)
class A(metaclass=Meta):
    pass
A.x = 1
print(A.x, A.magic)
del A.x
print(hasattr(A, "x"))
print(type.__getattribute__(A, "__name__"))
type.__setattr__(A, "y", 2); print(A.y)
print(int | str, type.__or__(int, str), type.__ror__(int, str))
print(A.__mro__ == type.__dict__["__mro__"].__get__(A), A.__base__, type.__dict__["__base__"].__get__(A))
