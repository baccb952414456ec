# Inline caches (globals by dict version, attribute positions, methods)
# must notice every change that makes them stale.

counter = 0


def bump():
    return counter + 1


for i in range(5):
    counter = bump()
print("counter", counter)


def use_len(x):
    return len(x)


print(use_len("abc"))
len = lambda x: 42  # a global now shadows the builtin
print(use_len("abc"))
del len
print(use_len("abcd"))

import builtins

real_abs = builtins.abs


def use_abs(x):
    return abs(x)


print(use_abs(-3))
builtins.abs = lambda x: "patched"
print(use_abs(-3))
builtins.abs = real_abs
print(use_abs(-5))


def late():
    return not_yet_defined


try:
    late()
except NameError as e:
    print("NameError", e)
not_yet_defined = "now defined"
print(late())
del not_yet_defined
try:
    late()
except NameError as e:
    print("NameError again", e)

code = compile("result = value * 2", "<cached>", "exec")
for value in (1, 2, 3):
    ns = {"value": value}
    exec(code, ns)
    print("exec", ns["result"])


class Point:
    def __init__(self, x, y, first_y=False):
        if first_y:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


points = [Point(i, -i, first_y=(i % 2 == 1)) for i in range(6)]
print([p.x for p in points], [p.y for p in points])
print([p.norm1() for p in points])
points[2].norm1 = lambda: "instance attribute wins"
print([p.norm1() for p in points])
del points[3].x
try:
    print([p.x for p in points])
except AttributeError as e:
    print("AttributeError", e)
Point.norm1 = lambda self: "replaced method"
print([p.norm1() for p in points])
points[4].__dict__.clear()
points[4].z = 1
try:
    print(points[4].x)
except AttributeError as e:
    print("AttributeError", e)
print(points[4].z, points[5].x)


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


print(recurse(500))


def make_adder(k):
    def add(a):
        return a + k

    return add


add5 = make_adder(5)
print([add5(i) for i in range(3)])


def with_default(a, b=10):
    return a + b


print(with_default(1), with_default(1, 2))


def kw_only(a, *, b):
    return a * b


print(kw_only(3, b=4))
try:
    bump(1)
except TypeError as e:
    print("TypeError", e)
