class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals for factor in [10]]
    except NameError as e:
        err = str(e)
print(A.doubled, A.bad)
class B:
    factor = 10
    try:
        out = [v * factor for v in range(3)]
    except NameError as e:
        out = "NameError: " + str(e)
print(B.out)
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
def g():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(g())
i = "global i"
[i for i in range(3)]
print(i)
def h():
    total = [0]
    [total.append(total[-1] + x) for x in range(4)]
    return total
print(h())
def comp_locals():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(comp_locals())
def walrus_leak():
    [last := x for x in range(5)]
    return last
print(walrus_leak())
gen = (x for x in range(3))
print(gen.gi_code.co_name)
