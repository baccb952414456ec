records = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_score = sorted(by_name, key=lambda r: -r[1])
print(by_score)
import random
rng = random.Random(12345)
data = [rng.randint(0, 1000) for _ in range(200)]
s = sorted(data)
print(s[:10], s[-5:], s == sorted(data, reverse=True)[::-1])
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
keys = [Key(x) for x in [5, 2, 9, 1]]
print([k.v for k in sorted(keys)])
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print("ValueError:", e)
print(sorted("The quick Brown fox".split(), key=str.casefold))
print(sorted([[2, 1], [1, 2, 3], [1, 2]]))
print(sorted([1.5, -2, 3, 0.0, -0.0, 2]))
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print("TypeError:", e)
import functools
print(sorted([5, 1, 4], key=functools.cmp_to_key(lambda a, b: b - a)))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:])
