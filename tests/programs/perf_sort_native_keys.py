# Sorting compares ints, floats, strs and tuples of them natively; results
# must equal CPython's, including stability, reverse and the fallbacks.

print(sorted([5, -3, 2**40, 0, -2**40, 7, 7]))
print(sorted([2.5, -0.0, 0.0, float("inf"), -float("inf"), 1e-300]))
print(sorted(["b", "a", "é", "Z", "", "ab", "\U0001f600", "ß"]))
print(sorted([(1, "b"), (1, "a"), (0, "z", 3), (0, "z"), (1,), ()]))
print(sorted(["x", "yy", "z", "ww", "v"], key=len))
print(sorted(["x", "yy", "z", "ww", "v"], key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True))
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (r[1], r[0]), reverse=True))
# Fallbacks: mixed kinds, NaN, bools, big ints, subclasses.
print(sorted([1, 2.5, 0, -1.5]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([True, 0, 2, False]))
print(sorted([2**70, 5, -(2**70)]))


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([S("ccc"), S("a"), S("bb")]))
print(sorted([(1, "a"), (1, 2.0)] if False else [(1, 2), (1, 1.5)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
data = [(i % 3, -i) for i in range(10)]
data.sort()
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
