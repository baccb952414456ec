class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times
    def __repr__(self):
        return f"Adder({self.n})"
    def __str__(self):
        return f"adds {self.n}"
a = Adder(5)
print(a(1), a(1, times=3), callable(a))
print(a, repr(a), str(a), [a], f"{a}", f"{a!r}", "%s %r" % (a, a))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Bytesy:
    def __bytes__(self):
        return b"custom bytes"
print(bytes(Bytesy()))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __index__(self):
        return 3
    def __round__(self, nd=None):
        return f"round({nd})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
import math
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print([10, 20, 30, 40][n], bin(n), hex(n), "ab" * n)
class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"R{self.items}"
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
