# __slots__: values stored in the instance (not its __dict__), inheritance, layout conflicts, member descriptors, cycles.
import gc
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.y = [p]
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(P.x, type(P.x).__name__, P.__slots__)
class Q(P):
    __slots__ = ("z",)
q = Q(5); q.z = 6; q.y = 7
print(q.x, q.y, q.z)
class R(Q):
    pass
r = R(1); r.w = 2; r.z = 3
print(r.__dict__, r.x, r.z)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.a = 1; d.b = 2
print(d.__dict__, d.a)
class A1:
    __slots__ = ("a",)
class B1:
    __slots__ = ("b",)
try:
    class C1(A1, B1): pass
except TypeError as e:
    print("TypeError:", e)
class E1(Q): pass
class E2(Q): pass
class E3(E1, E2): pass
e = E3(4); e.z = 9
print(e.x, e.z)
del p, q, r
print(gc.collect() >= 1)
class Node:
    __slots__ = ("nxt", "__weakref__")
head = None
for i in range(100000):
    n = Node(); n.nxt = head; head = n
del head, n
import weakref
w = Node(); ref = weakref.ref(w); print(ref() is w)
class L(list):
    __slots__ = ("tag",)
l = L([1]); l.tag = "t"; print(l, l.tag, hasattr(l, "__dict__"))
object.__setattr__(P(0), "x", 5)
print(P.__dict__["x"].__get__(P(9), P))
class P:
    __slots__ = ("x", "y")
    def get(self): return self.x
def run(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append(str(e))
        o.y = len(out)
        out.append(o.get())
    return out
a = P(); a.x = 1
b = P()
try:
    print(run([a, a, b]))
except AttributeError as e:
    print("AttributeError:", e)
P.x = property(lambda self: "prop")
print(run([a, a]))
class Q(P):
    __slots__ = ()
    def __getattribute__(self, n): return "custom"
q = Q()
print(q.x, q.get)
