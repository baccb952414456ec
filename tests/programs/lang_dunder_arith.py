class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return V(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))
    def __mod__(self, k):
        return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return V(*(pow(a, k, mod) for a in self.c))
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return sum(a * a for a in self.c)
    def __invert__(self):
        return V(*reversed(self.c))
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __divmod__(self, o): return "divmod"
a, b = V(1, 2), V(3, 5)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2)
print(a ** 2, pow(b, 2, 7), -a, +a, abs(b), ~a, a @ b)
print(a & b, a | b, a ^ b, a << 1, a >> 1, divmod(a, b))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
acc *= 2
print(acc.items, acc is ref)
class OnlyAdd:
    def __add__(self, o):
        return "added"
x = OnlyAdd()
x += 1
print(x)
try:
    a - 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    "s" @ a
except TypeError as e:
    print("TypeError:", e)
