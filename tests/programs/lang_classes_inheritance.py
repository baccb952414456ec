class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{type(self).__name__}({self.v}) kind={self.kind} hook={self.hook()}"
    def hook(self):
        return "base-hook"
class Child(Base):
    kind = "child"
    def hook(self):
        return "child-hook"
class GrandChild(Child):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return super().describe() + f" w={self.w}"
print(Base(1).describe())
print(Child(2).describe())
print(GrandChild(3, 4).describe())
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md)
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__)
class MyStr(str):
    pass
print(MyStr("hi").upper(), type(MyStr("hi").upper()).__name__)
print(issubclass(bool, int), bool.__mro__)
print(Base.__subclasses__())
