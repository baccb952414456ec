import functools
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __gt__(self, o):
        return self.t > o.t
    def __ge__(self, o):
        return self.t >= o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.0"), Ver("1.0") < Ver("1.1"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})")
        return self.v < o.v
a, b = OnlyLt(1), OnlyLt(2)
print(b > a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 1)
print([AlwaysEq()].count(5), 5 in [AlwaysEq()])
class Weird:
    def __eq__(self, o):
        return "truthy string"
print(Weird() == 1, [Weird()] == [1])
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(1))
class NaNLike:
    def __eq__(self, o):
        return False
n = NaNLike()
print(n == n, n in [n], [n] == [n])
