class A:
    __secret = "A's secret"
    def __init__(self):
        self.__private = 1
        self._protected = 2
    def get(self):
        return self.__secret, self.__private
    def __method(self):
        return "mangled method"
    def call(self):
        return self.__method()
class B(A):
    __secret = "B's secret"
    def get_b(self):
        return self.__secret
a = A()
b = B()
print(a.get(), b.get(), b.get_b(), a.call())
print(sorted(k for k in vars(a)), "_A__secret" in A.__dict__, "_B__secret" in B.__dict__)
try:
    a.__private
except AttributeError as e:
    print("AttributeError:", e)
print(a._A__private, a._protected)
class __Dunder__:
    __x__ = "not mangled"
print(__Dunder__.__x__)
class _Under:
    def __init__(self):
        self.__v = 5
print(vars(_Under()))
class C:
    def f(self):
        __local = 1
        return [k for k in locals()]
    def g(self):
        return getattr(self, "__attr", "getattr not mangled")
print(C().f(), C().g())
class D:
    __slots__ = ("__s",)
    def __init__(self):
        self.__s = "slot"
print(D.__slots__, hasattr(D, "_D__s"), D()._D__s)
