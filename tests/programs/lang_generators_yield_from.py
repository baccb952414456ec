def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def thrower():
    try:
        yield 1
    except ValueError:
        yield "handled in inner"
def delegator():
    yield from thrower()
    yield "after"
d = delegator()
print(next(d))
print(d.throw(ValueError))
print(next(d))
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def deleg2():
    yield from closer()
d = deleg2()
next(d)
d.close()
def ret_only():
    return 42
    yield
def takes():
    v = yield from ret_only()
    yield v
print(list(takes()))
def tree(n):
    if n == 0:
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))
