# Comprehensions run inline in their function (PEP 709): names, cells,
# walrus targets, locals() and frames behave as in CPython 3.12+.
import sys


def outer_locals():
    a, b = 1, 2
    seen = [sorted(locals()) for _ in range(1)]
    after = sorted(locals())
    return seen, after


print(outer_locals())


def shadowing():
    x = "outer"
    ys = [x for x in range(3)]
    return x, ys


print(shadowing())


def nested():
    rows = [[i * j for j in range(3)] for i in range(3)]
    flat = [v for row in rows for v in row if v % 2 == 0]
    return rows, flat, {k: [k] * 2 for k in "ab"}, {c for c in "abca"} == set("abc")


print(nested())


def closures():
    fns = [lambda: i for i in range(3)]
    adders = [(lambda k: lambda: k)(i) for i in range(3)]
    return [f() for f in fns], [f() for f in adders]


print(closures())


def walrus():
    total = 0
    sums = [total := total + v for v in range(5)]
    return total, sums, [last := w for w in "xyz"], last


print(walrus())


def runs_twice():
    out = []
    for n in range(3):
        out.append([n * k for k in range(n)])
    return out


print(runs_twice())


def raising():
    v = "kept"
    try:
        [1 // (k - 2) for k in range(5)]
    except ZeroDivisionError as e:
        return v, str(e), "k" in locals()


print(raising())


def frames():
    return [sys._getframe().f_code.co_name for _ in range(1)]


print(frames())


class Base:
    def names(self):
        return ["base"]


class Child(Base):
    __hidden = "mangled"

    def names(self):
        return [n + "!" for n in super().names()] + [self.__hidden for _ in "a"]


print(Child().names())


def gen_with_comp():
    for i in range(2):
        yield [i + j for j in range(2)]


print(list(gen_with_comp()))


def comp_in_lambda():
    f = lambda n: [n * m for m in range(n)]
    return f(3)


print(comp_in_lambda())


def uses_later_binding():
    res = [late for _ in range(1)] if False else None
    late = 5
    return res, [late + q for q in range(2)]


print(uses_later_binding())


def outer_cell():
    count = 10

    def bump():
        nonlocal count
        count += 1
        return count

    return [count + bump() for _ in range(2)], count


print(outer_cell())


def unbound_in_comp():
    try:
        return [undefined_name_xyz for _ in range(1)]
    except NameError as e:
        return str(e)


print(unbound_in_comp())
print([n for n in range(3)], "n" in dir())


def free_through():
    a = 1

    def inner(xs):
        return [a + x for x in xs]

    a = 2
    return inner([10, 20])


print(free_through())


def param_as_var(x):
    return [x for x in range(3)], x


print(param_as_var("param"))


def same_name_nested():
    return [[x for x in range(2)] for x in range(3)]


print(same_name_nested())


def with_genexp():
    return [sum(y for y in range(x)) for x in range(5)]


print(with_genexp())


g_value = "global"


def uses_global():
    global g_value
    r = [g_value + str(i) for i in range(2)]
    g_value = "changed"
    return r


print(uses_global(), g_value)


def unpacking():
    pairs = [(1, 2), (3, 4)]
    return [a + b for a, b in pairs], [rest for first, *rest in [(1, 2, 3)]], {k: v for (k, v) in pairs}


print(unpacking())


class Holder:
    def keys(self):
        return [__k for __k in "ab"], [k for k in sorted(vars(self))]


print(Holder().keys())


def in_genexp():
    return list([i * j for j in range(i)] for i in range(4))


print(in_genexp())


def sibling_closure():
    def show():
        return item

    item = "host item"
    return [item for item in "ab"], show()


print(sibling_closure())
