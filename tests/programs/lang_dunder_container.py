class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(5)
print(len(s), s[2], s[-1], s[1:3], s[::2], s[:])
print(list(s), 9 in s, 10 in s, list(reversed(s)))
for v in s:
    print(v, end=" ")
print()
class Store:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
st = Store()
st["a"] = 1
st[1, 2] = "tuple key"
print(st["a"], st[1, 2])
print("a" in st, "zz" in st)
del st["a"]
print(list(st))
st["b"] = 2
st["b"] += 5
print(st["b"])
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1] + ["custom"])
print(list(reversed(Rev([1, 2]))))
class LenHint:
    def __length_hint__(self):
        return 3
import operator
print(operator.length_hint(LenHint()), operator.length_hint([1, 2]), operator.length_hint(object(), 7))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Missing(dict):
    def __missing__(self, k):
        return f"<{k}>"
print(Missing()["x"])
