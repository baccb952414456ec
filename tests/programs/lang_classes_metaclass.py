class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name)
        return {"injected": 1}
class A(metaclass=Meta, flag=True):
    def m(self):
        return "m"
    def __init__(self, x=0):
        self.x = x
print(A.created_by, A.injected, type(A).__name__)
a = A(5)
print(a.x)
class B(A):
    pass
print(type(B).__name__)
Dyn = type("Dyn", (object,), {"val": 3, "get": lambda self: self.val})
print(Dyn().get(), Dyn.__name__, Dyn.__bases__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    pass
print(Conf() is Conf())
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class P(metaclass=Registry): pass
class Q(P): pass
print(Registry.classes)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(A, type), isinstance(A, Meta), type(type) is type)
