class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"M({self.v})"
    def __add__(self, o):
        print("M.__add__", o)
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented
    def __radd__(self, o):
        print("M.__radd__", o)
        if isinstance(o, int):
            return M(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return M(o - self.v)
print(M(1) + 2)
print(2 + M(1))
print(M(1) + M(2))
print(10 - M(3))
print(sum([M(1), M(2)], 0))
try:
    M(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + M(1)
except TypeError as e:
    print("TypeError:", e)
class Sub(M):
    def __radd__(self, o):
        print("Sub.__radd__ first")
        return "sub wins"
print(M(1) + Sub(2))
class N:
    def __eq__(self, o):
        print("N.__eq__")
        return NotImplemented
print(N() == N())
print(N() != 5)
class R:
    def __rmul__(self, o):
        return f"{o!r} * R"
    def __rpow__(self, o):
        return f"{o!r} ** R"
    def __rtruediv__(self, o):
        return "rdiv"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
print(3 * R(), [1] * R(), 2 ** R(), 1 / R(), 1 // R(), 1 % R(), 1 & R(), 1 | R())
print("%s" % (R.__name__,))
print(NotImplemented, type(NotImplemented).__name__, bool)
