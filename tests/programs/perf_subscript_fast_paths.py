# Subscripts of builtin lists, tuples and dicts take a fast path; it must
# keep CPython's results and errors, and leave subclasses to their methods.

xs = [10, 20, 30]
ts = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], ts[1], ts[-2])
for bad in (3, -4, 2**63 - 1, -(2**63)):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        ts[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    xs[10**30]
except IndexError as e:
    print("IndexError", e)
try:
    xs["a"]
except TypeError as e:
    print("TypeError", e)
xs[-1] = 99
xs[True] = 5
print(xs, xs[False])
try:
    xs[5] = 0
except IndexError as e:
    print("IndexError", e)
try:
    ts[0] = 1
except TypeError as e:
    print("TypeError", e)

d = {"a": 1, 2: "two"}
print(d["a"], d[2])
d["b"] = 3
d["a"] = 4
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)


class Hashy(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return str.__eq__(self, other) or other == "alias"


d[Hashy("k")] = "hashy"
print(d[Hashy("k")])
try:
    print(d["k"])
except KeyError as e:
    print("KeyError", e)


class Defaulting(dict):
    def __missing__(self, key):
        return "default for " + key


dd = Defaulting(x=1)
print(dd["x"], dd["y"])


class Shouting(list):
    def __getitem__(self, i):
        return str(list.__getitem__(self, i)).upper()

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)


s = Shouting(["a", "b"])
s[0] = "z"
print(s[0], s[1], list(s))


class Tup(tuple):
    def __getitem__(self, i):
        return "tup"


print(Tup((1, 2))[0])


class Del:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


holder = [Del("first")]
holder[0] = Del("second")
print("replaced")
table = {"k": Del("old")}
table["k"] = Del("new")
del holder, table
print("end")
