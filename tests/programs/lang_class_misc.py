class A:
    pass
a = A()
print(type(a).__name__, a.__class__ is A, A.__class__ is type)
class B:
    pass
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class C:
    x = 1
C.y = 2
print(C.x, C.y, sorted(k for k in C.__dict__ if not k.startswith("_")))
del C.x
print(hasattr(C, "x"))
print(repr(A).startswith("<class '__main__.A'"), str(A))
class D:
    def __eq__(self, other):
        return True
print(D() == 1, D() != 1, D.__hash__)
class E:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class F(E):
    pass
print(F.registered)
print(object().__eq__(1), object().__ne__(1), object().__lt__(1))
class G:
    def __repr__(self):
        return "G()"
g = G()
print(str(g), format(g), f"{g}", "%s" % g, [g], {1: g})
print(A.__name__, A.__qualname__, A.__module__, A.__bases__, A.__mro__)
A.__name__ = "Renamed"
print(A.__name__, repr(A()).startswith("<__main__.Renamed object"))
class H:
    attr = "class"
h = H()
h.attr = "instance"
print(h.attr, H.attr, vars(h))
del h.attr
print(h.attr)
print(type.__dict__["__name__"].__class__.__name__)
