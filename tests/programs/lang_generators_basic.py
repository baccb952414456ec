def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default"))
def with_return():
    yield 1
    return "done"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def gen_state():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("finishing")
g = gen_state()
print(type(g).__name__)
for v in g:
    print("got", v)
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print(sum(evens(range(101))))
g = count_up(2)
print(iter(g) is g)
print(g.__name__, g.__qualname__)
def empty():
    return
    yield
print(list(empty()))
def infinite():
    n = 0
    while True:
        n += 1
        yield n
for v in infinite():
    if v > 4:
        break
    print(v, end=" ")
print()
def pipeline():
    nums = (x for x in range(10))
    squares = (n * n for n in nums)
    return [s for s in squares if s % 3 == 0]
print(pipeline())
