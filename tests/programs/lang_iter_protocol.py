class CountDown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountDownIter(self.start)
class CountDownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = CountDown(3)
print(list(cd), list(cd), sum(cd), max(cd))
for v in cd:
    print("v", v)
a, b, c = cd
print(a, b, c)
print(3 in cd, 5 in cd)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(GetItemOnly()), 20 in GetItemOnly())
calls = iter(range(10))
print(list(iter(lambda: next(calls), 5)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2, 3], "ab")
print(list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError:", err)
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str.upper, ["a", "b"])
print(next(m), list(m))
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as err:
    print("TypeError:", err)
