class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], range(10)[i])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)), int.__index__(7))
print((1, 2, 3) * Idx(2), bytes(Idx(3)))
import operator
print(operator.index(Idx(9)))
try:
    fl = 1.0
    [1, 2][fl]
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    def __format__(self, spec):
        return f"<fmt:{spec}>"
f = Fmt()
print(format(f), format(f, "xyz"), f"{f:>10}", "{:abc}".format(f), "{0!s:5}".format(5))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.cents / 100:,.2f}"
        return format(self.cents, spec)
m = Money(1234567)
print(f"{m:usd} {m:d} {m:>10}")
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError:", e)
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"))
