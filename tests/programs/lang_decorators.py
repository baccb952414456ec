def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def d1(f):
    print("applying d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("applying d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry)
def add_attr(cls):
    cls.tag = "decorated"
    return cls
@add_attr
class C:
    pass
print(C.tag)
@(lambda f: f() * 2)
def value():
    return 21
print(value)
memo_calls = 0
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    global memo_calls
    memo_calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), memo_calls)
