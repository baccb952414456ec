# Truth tests, unpacking, tuple/list building, tuple iteration, closures
# and try blocks run in the fast path; results must match CPython's.


class Falsy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 0


class MyStr(str):
    def __len__(self):
        return 0


values = [0, 1, -1, 0.0, -0.0, 2.5, None, "", "x", [], [0], (), (0,), {}, {1: 2},
          Falsy(), Sized(), MyStr("abc"), float("nan"), True, False]
print([bool(v) for v in values])
print(["yes" if v else "no" for v in values])
for v in values:
    while v:
        print("loop once for", type(v).__name__)
        break

a, b = (1, 2)
c, d = [3, 4]
e, f = "ef"
print(a, b, c, d, e, f)
for bad in ((1, 2, 3), [1], 5):
    try:
        x, y = bad
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)


class Pair(tuple):
    def __iter__(self):
        return iter(["custom", "iter"])


p, q = Pair((1, 2))
print(p, q)
t = ()
empty = tuple()
print(t == (), empty is tuple(), () == tuple(), [x for x in (1, 2, 3)], [(i, i * 2) for i in range(3)])
for item in ("a", "b", "c"):
    print(item, end=" ")
print()


def outer():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    return bump, (lambda: n)


bump, peek = outer()
bump()
bump()
print(peek())


def risky(i):
    try:
        if i % 2:
            raise KeyError(i)
        return "ok"
    except KeyError as e:
        return "caught " + repr(e)
    finally:
        pass


print([risky(i) for i in range(4)])
