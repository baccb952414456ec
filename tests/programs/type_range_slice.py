r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print(list(r), list(range(1, 10, 4)), list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(5, 5)))
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(-10, 10, 7)), len(range(0, 2 ** 70, 2 ** 60)))
print(r[2], r[-1], r[2:5], r[::-1], r[::2][1:], range(0, 20, 2)[3:7])
print(3 in r, 10 in r, 3.0 in r, "3" in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), range(0, 10, 2).count(3))
print(r.start, r.stop, r.step, range(3).start)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
big = range(10 ** 20)
print(len(range(10 ** 18)), big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(list(reversed(range(1, 8, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
s = slice(2, 10, 3)
print(s, s.start, s.stop, s.step, s.indices(20), s.indices(5), slice(None, None, -1).indices(10))
print("abcdefghijkl"[s], [0, 1, 2, 3, 4, 5][slice(-2, None)])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1) == slice(None, 1))
print(repr(range(-3, 3, 2)), str(range(3)))
