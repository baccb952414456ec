import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.keywords, p.args)
def f(a, b, c=3):
    return a, b, c
g = functools.partial(f, 1, c=30)
print(g(2), g(2, c=0), functools.partial(g, 5)())
calls = 0
@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls, fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(4), sq(4))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def documented():
    """doc string"""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@functools.singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([]), show("s"), show(True))
class C:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def value(self):
        self.n += 1
        return "computed"
c = C()
print(c.value, c.value, c.n)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
