t = (1, "two", 3.0, [4], (5,))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print(t.count(1), t.index(3.0), (1, 2) + (3,), (1,) * 3, () == tuple())
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[3].append(44)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(tuple(x * 2 for x in range(3)), tuple({1: 2}), tuple("ab"))
a = (1, 2, 3)
b = a
a += (4,)
print(a, b, a is b)
print(repr(()), repr((1,)), repr((1, 2)), str(("a",)))
try:
    t.index("nope")
except ValueError as e:
    print("ValueError:", e)
nt = tuple([1, [2, 3]])
x, (y, z) = nt
print(x, y, z)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
print((1, 2) == [1, 2], (1,) == (1.0,), tuple() is tuple() or "not same")
print(type((1)).__name__, type((1,)).__name__)
print((*range(3),), tuple(range(0)))
print(t.__len__(), (0, 1)[True], (1, 2, 3)[-3])
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
