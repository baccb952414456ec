class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), P.__slots__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)
print(type(P.x).__name__)
class Q(P):
    pass
q = Q(1, 2)
q.extra = "dict available"
print(q.extra, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)
