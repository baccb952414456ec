people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("dee", 19, 5.1)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[2]), min(people, key=lambda p: p[1]))
print(max(people, key=lambda p: p[1]), min([], default=None), max([5], default=0))
print(sorted([3, 1, 2], key=None), max("abc", key=ord), min([[3], [1, 2], [0, 0, 0]], key=len))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted(["b", "B", "a", "A"]))
print(sorted({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]), sorted({3, 1, 2}), sorted((1, 3, 2), reverse=True))
print(max(1, 2, 3, key=lambda x: -x), min("hello", "world", key=lambda s: s[-1]))
print(max([1, 2, 3], key=lambda x: 0), min([1, 2, 3], key=lambda x: 0))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, 2], key=lambda: 0)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], [2])
except TypeError as e:
    print("TypeError:", e)
print(max(iter([4, 8, 2])), min((x for x in [7, 3])), max(range(0, 100, 7)), max("2", "10"))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(list(reversed(sorted("zyx"))), sorted("a-b_c", key=str.isalpha))
