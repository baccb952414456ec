print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=5)))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3], (True, False))))
print(list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({3: 1, 1: 2}), sorted([], key=len))
print(all([]), all([1, 1]), all([1, 0]), any([]), any([0, 0]), any([0, 1]), all(iter([True])), any(x > 2 for x in range(4)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(len([1, 2]), len("abc"), len({1: 2}), len(range(5)), len(b"ab"), len(set()), len((1,)))
z = zip(range(3), range(10))
print(list(z), list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1: 2}.keys()) and print("dict keys reversible")
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    filter(None)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(type(e).__name__, iter(e) is e, list(e))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m))
print(sum(1 for _ in zip(range(5), range(3))))
def gen():
    yield from range(3)
print(list(enumerate(gen())), dict(enumerate("ab")))
