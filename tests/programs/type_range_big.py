# range() with arguments beyond 64 bits, and small ranges near the i64 edges.
import operator

M = 2 ** 63  # one past the largest i64
B = 2 ** 100


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


# Construction, attributes, repr, bool.
ranges = [
    range(B),
    range(-B, B),
    range(B, -B, -3),
    range(M - 2, M + 2),
    range(-M - 2, -M + 3),
    range(0, B, M),
    range(5, B, B),
    range(B, B + 10, 7),
    range(B, 0),
    range(-M, M - 1),
    range(M - 1),
    range(0, -M, -1),
    range(0, M - 1, 2),
    range(5, 0, -M),
    range(0, 10, B),
    range(10, 0, -B),
]
for r in ranges:
    print(repr(r), str(r), r.start, r.stop, r.step, type(r.start).__name__, bool(r))
    show("  len", lambda: len(r))
    show("  __len__", lambda: r.__len__())
    show("  length_hint", lambda: operator.length_hint(r, -1))

print(range(True, 2 ** 64, M).step, range(False, True).stop, range(2 ** 64 - 1).stop)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Idx(%d)" % self.v


print(range(Idx(B)), range(Idx(-B), Idx(B), Idx(M)), range(Idx(3)))

# Indexing.
big = range(-B, B, 3)
for i in [0, 1, -1, -2, 10 ** 20, -(10 ** 20)]:
    show("big[%d]" % i, lambda: big[i])
n = (2 * B + 2) // 3
show("big[n-1]", lambda: big[n - 1])
show("big[n]", lambda: big[n])
show("big[-n]", lambda: big[-n])
show("big[-n-1]", lambda: big[-n - 1])
show("big[Idx]", lambda: big[Idx(M)])
show("big[True]", lambda: big[True])
show("big['a']", lambda: big["a"])
show("big[1.0]", lambda: big[1.0])
show("big[None]", lambda: big[None])
small = range(10)
show("small[B]", lambda: small[B])
show("small[-B]", lambda: small[-B])
show("small[M]", lambda: small[M])
show("edge[-1]", lambda: range(-M, M - 1)[-1])
show("edge[M]", lambda: range(-M, M - 1)[M])
show("edge[2**64-2]", lambda: range(-M, M - 1)[2 ** 64 - 2])
show("edge[2**64-1]", lambda: range(-M, M - 1)[2 ** 64 - 1])

# Slicing with big bounds and steps.
slices = [
    slice(None),
    slice(None, None, -1),
    slice(1, -1),
    slice(-B, B),
    slice(B, -B, -1),
    slice(None, None, B),
    slice(None, None, -B),
    slice(3, None, M),
    slice(-3, None, -M),
    slice(10 ** 20, 10 ** 25, 7),
    slice(-(10 ** 25), -(10 ** 20), 2),
    slice(Idx(1), Idx(B), Idx(2)),
    slice(5, 2),
    slice(None, 0, -1),
    slice(0, None, -1),
]
for r in [range(10), range(-B, B, 3), range(B, -B, -7), range(M - 5, M + 5), range(-M, M - 1), range(0)]:
    for s in slices:
        show("%r[%r]" % (r, s), lambda: r[s])
show("slice step 0", lambda: range(B)[::0])
show("slice step 0 small", lambda: range(5)[::0])
show("slice float", lambda: range(B)[1.5:])
show("slice str step", lambda: range(B)[::"x"])
print(range(B)[::-1][::-1] == range(B), range(-B, B)[::2][1:][-1])

# Membership, index, count.
r = range(-B, B, 7)
for x in [-B, -B + 7, -B + 1, B - 1, B, 0, 7 * 5 - B, -B - 7, 2 ** 200, M, -M, True, False]:
    print("contains", x, x in r, r.count(x))
    show("  index", lambda: r.index(x))
print(1.0 in range(5), 2.5 in range(5), "a" in range(5), None in range(3), B + 0.0 in range(B, B + 1))
show("index float", lambda: range(5).index(3.0))
show("index str", lambda: range(5).index("a"))
show("count float", lambda: range(5).count(3.0))
show("count str", lambda: range(5).count("a"))
print(float(B) in range(B, B + 2), range(B, B + 2).index(float(B)), range(B, B + 5).count(float(B + 2)))


class MyInt(int):
    pass


class Always:
    def __eq__(self, other):
        return True


print(MyInt(3) in range(5), range(5).index(MyInt(4)), range(5).count(MyInt(2)))
print(range(4).count(Always()), range(4).index(Always()), Always() in range(0))
show("index missing", lambda: range(0, 10, 2).index(3))
show("index missing big", lambda: range(B).index(B))
show("index bool", lambda: range(3).index(True))
show("index no arg", lambda: range(3).index())
show("count two args", lambda: range(3).count(1, 2))
show("index kw", lambda: range(3).index(x=1))
show("unbound", lambda: range.index(5, 3))
edge = range(-M, M - 1)
print(M - 2 in edge, M - 1 in edge, -M in edge, -M - 1 in edge, edge.index(M - 2), edge.count(0))
print(edge.index(-M), range(M - 1, -M, -1).index(-M + 1), -M in range(M - 1, -M, -1))
print(M - 1 in range(0, M - 1, 2), M - 2 in range(0, M - 1, 2), range(0, M - 1, 2).index(M - 4))

# Equality and hashing between big and small ranges.
pairs = [
    (range(5, B, B), range(5, 6)),
    (range(5, B, B), range(5, 7)),
    (range(B, 0), range(0)),
    (range(B, B + 1), range(B, B + 1, 5)),
    (range(B), range(0, B, 1)),
    (range(B), range(0, B + 1)),
    (range(0, B, 2), range(0, B - 1, 2)),
    (range(0, 3), range(0, 3, B)),
    (range(0, 1, B), range(0, 1)),
    (range(M - 1, M + 5, 3), range(M - 1, M + 4, 3)),
]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b))
print(hash(range(0)), hash(range(7, 8)), hash(range(3)), hash(range(B)), hash(range(B, B + 1)), hash(range(-B, B, M)))
d = {range(5, B, B): "one", range(B, 0): "empty", range(B): "big"}
print(d[range(5, 6)], d[range(0)], d[range(0, B)], range(0, 2, B) in d)
show("range < range", lambda: range(B) < range(B + 1))
print(range(B) == B, range(B).__eq__(5), range(3) == [0, 1, 2])

# len() overflow and what depends on it.
for r in [range(M - 1), range(M), range(-M, M - 1), range(2 ** 64), range(B, -B, -1), range(0, B, B // 4)]:
    show("len %r" % r, lambda: len(r))
show("list huge", lambda: list(range(2 ** 64)))
show("tuple huge", lambda: tuple(range(B)))
show("list big but countable", lambda: list(range(B, B + 3)))
show("sorted small", lambda: sorted(range(M, M - 3, -1)))
print(iter(range(B)).__length_hint__(), iter(range(M, M + 5)).__length_hint__())
print(reversed(range(2 ** 64)).__length_hint__(), iter(range(-M, M - 1)).__length_hint__())

# Iteration crossing the i64 boundary, both ways.
print(list(range(M - 2, M + 2)))
print(list(range(-M + 2, -M - 2, -1)))
print(list(range(M - 10, M + 10, 7)), list(range(B, B + 3)), list(range(B + 3, B, -1)))
print(list(range(0, 3 * M, M)), list(range(-M, M, M)), list(range(M - 1, -M - 1, -M)))
print([type(x).__name__ for x in range(M - 2, M + 1)])
print(list(range(M - 3, M - 1)), list(range(-M, -M + 2)), list(range(0, M - 1, M // 2)))
it = iter(range(M - 1, M + 1))
print(type(it).__name__, next(it), it.__length_hint__(), next(it), it.__length_hint__())
show("next exhausted", lambda: next(it))
print(sum(range(B, B + 1000)), max(range(-B, B, B // 3)), min(range(B, -B, -(B // 3))))
print(list(zip(range(M - 1, M + 2), range(B, 0, -B // 2))), list(enumerate(range(M, M + 2))))
x, y, *z = range(B, B + 5)
print(x, y, z)
print([i for i in range(10 ** 30, 10 ** 30 + 50, 17)])
for label, r in [("fast", range(0, M - 3, 2)), ("edge", range(0, M - 1, 2)), ("big", range(M)),
                 ("neg edge", range(0, -M, -2)), ("neg fast", range(0, -M + 1, -2)), ("huge len", range(-M, M - 1)),
                 ("empty", range(M, 0)), ("small", range(3))]:
    print(label, type(iter(r)).__name__, type(reversed(r)).__name__)

# reversed().
for r in [range(M - 3, M + 2), range(B, B + 10, 3), range(-B, -B - 10, -4), range(5, 0, -M), range(0), range(B, 0),
          range(-M, -M + 3), range(M - 3, M - 1), range(3, -M, -M), range(0, 10, M), range(-M + 1, 3, M)]:
    rv = reversed(r)
    print(r, list(rv), list(r.__reversed__()) == list(r)[::-1])

# Errors.
show("no args", lambda: range())
show("four args", lambda: range(1, 2, 3, 4))
show("four args bad", lambda: range(1.5, 2, 3, 4))
show("kw", lambda: range(3, step=1))
show("zero step", lambda: range(0, B, 0))
show("zero step bool", lambda: range(0, B, False))
show("float", lambda: range(B, 1.5))
show("float step", lambda: range(0, B, 0.0))
show("str", lambda: range("10"))


class BadIndex:
    def __index__(self):
        return "x"


class Boom:
    def __index__(self):
        raise KeyError("boom")


show("bad __index__", lambda: range(BadIndex()))
show("raising __index__", lambda: range(1, Boom()))
show("bad __index__ key", lambda: range(B)[BadIndex()])
show("bad __index__ slice", lambda: range(B)[BadIndex():])
show("huge repr", lambda: repr(range(10 ** 5000)))
show("huge len", lambda: len(range(10 ** 5000)))
print(len(range(10 ** 5000, 10 ** 5000 + 5)), range(10 ** 5000, 10 ** 5000 + 5)[-1] - 10 ** 5000)
match range(B, B + 3):
    case [a, b, c]:
        print("matched", a - B, b - B, c - B)
match range(M - 1, M + 1):
    case [first, *rest]:
        print("star", first, rest)
for subject in [range(2 ** 64), range(B, -B, -1)]:
    try:
        match subject:
            case [a, b]:
                print("two", a, b)
    except OverflowError as e:
        print("match OverflowError:", e)
    try:
        match subject:
            case [a, *rest]:
                print("huge matched")
    except OverflowError as e:
        print("star match OverflowError:", e)
