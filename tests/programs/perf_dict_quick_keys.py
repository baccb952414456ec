# Dict subscripts and `in` tests on dicts and sets with keys that hash and
# compare without Python code (ints, floats, bools, None, strs, tuples of
# those), next to keys that need __hash__/__eq__ and errors.
d = {}
for k in [1, 1.0, True, 2, -1, -2, 0, 0.0, False, None, "a", (1, 2), (1, (2, 3)), 2.5, float("inf")]:
    d[k] = d.get(k, 0) + 1
print(d)
print(d[1], d[True], d[1.0], d[-1], d[-2], d[(1, 2)], d[(1, (2, 3))], d[None], d[0.0])
print(1 in d, 3 in d, (1, 2) in d, (2, 1) not in d, "a" in d, "b" in d, None in d, 2.0 in d)
nan = float("nan")
d[nan] = "nan"
print(nan in d, d[nan])
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
try:
    print([1] in d)
except TypeError as e:
    print("TypeError", e)
try:
    d[(1, [2])] = 3
except TypeError as e:
    print("TypeError", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Key) and self.v == other.v


e = {Key(1): "k1", 5: "five"}
print(e[Key(1)], Key(1) in e, 5 in e, e[5])
print(1 in e)


class S(str):
    def __eq__(self, other):
        print("S.eq")
        return str.__eq__(self, other)

    __hash__ = str.__hash__


f = {"x": 1}
print(S("x") in f, f[S("x")])
s = {1, 2, (3, 4), "z", None, 2.0}
fs = frozenset([(1, 2), 3])
print(1 in s, 2.0 in s, (3, 4) in s, (4, 3) in s, "z" in s, None in s, 5 in s, (1, 2) in fs, 3.0 in fs)
print((3, 4) not in s, 7 not in fs)


class D(dict):
    def __missing__(self, key):
        return "missing %r" % (key,)


dd = D(a=1)
print(dd["a"], dd[(1, 2)], dd[3])
grid = {}
for i in range(20):
    for j in range(20):
        grid[(i, j)] = i * j
print(sum(grid[(j, i)] for i in range(20) for j in range(20)), len(grid))
nested = {((1, 2), (3, (4, (5, (6, (7,)))))): "deep"}
print(nested[((1, 2), (3, (4, (5, (6, (7,))))))])
print({(1, 2, 3): 1}.get((1, 2)), {(1, 2): 1}.get((1, 2, 3)), {(): 0}[()])
