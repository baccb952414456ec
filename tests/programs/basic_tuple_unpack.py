t = (1, 2, 3)
print(t, len(t), t[1], t[-1], t[:2])
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
single = (5,)
print(single, type(single).__name__, len(single))
empty = ()
print(empty, len(empty))
print((1, 2) + (3,), (0,) * 3)
print(t.count(2), t.index(3))
print(tuple([1, 2]), tuple("ab"))
print(hash((1, 2)) == hash((1, 2)))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
i = j = k = 0
print(i, j, k)
for n, (s, *others) in enumerate([("a", 1, 2), ("b",)]):
    print(n, s, others)
print(max((1, "b"), (1, "a")))
