class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ used")
        return OnlyAdd(self.v + o)
class InPlace:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__ used")
        self.v += o
        return self
a = OnlyAdd(1)
orig = a
a += 5
print(a.v, a is orig)
b = InPlace(1)
orig = b
b += 5
print(b.v, b is orig)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
class NoneIAdd:
    def __iadd__(self, o):
        return None
n = NoneIAdd()
n += 1
print(n)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
class Obj:
    pass
o = Obj()
o.count = 0
for _ in range(5):
    o.count += 1
print(o.count)
s = "ab"
s *= 3
print(s)
x = 10
x **= 2; x //= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 14; x ^= 5; x -= 1
print(x)
f = 1.5
f /= 0.5
print(f)
lst = [1, 2]
alias = lst
lst += (3, 4)
print(lst, alias is lst)
lst2 = [1]
try:
    lst2 += 5
except TypeError as e:
    print("TypeError:", e)
class Matrix:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return Matrix(self.v * o.v)
m = Matrix(3)
m @= Matrix(4)
print(m.v)
