def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def kw_only(*, x, y=1):
    return x + y
print(kw_only(x=5), kw_only(y=3, x=1))
try:
    kw_only(1)
except TypeError as e:
    print(e)
def mixed(a, /, b, *, c):
    return a + b + c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, *[2, 3], *(4,), x=1, **{"y": 2}, **{"z": 3}))
args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(pos_only(*args, **kwargs))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1))
print(defaults(2))
print(defaults(3, []))
print(f.__defaults__, f.__kwdefaults__, defaults.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
def kwname(**kwargs):
    return kwargs
print(kwname(**{"a-b": 1}))
def same_name(self, *args): return self
print(same_name(*"xy"))
