def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_acc(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = make_acc(100)
add(5); add(10)
print(get())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def cells():
    a = 1
    def f():
        return a
    a = 2
    return f
print(cells()())
print(c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)
print(make_counter.__code__.co_cellvars)
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def shadow():
    x = 1
    def g():
        x = 2
        return x
    return g(), x
print(shadow())
def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return g()
print(unbound())
