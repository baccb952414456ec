def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), ops["add"].__qualname__)
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3), outer(1)(2).__qualname__)
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print([c("a"), c("b"), c("a"), c("a")])
def recursive_inner(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(10))
def defaults_capture():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]
print(defaults_capture())
def shadowing(x):
    def f():
        x = "inner"
        return x
    return f(), x
print(shadowing("outer"))
def decorator_factory(prefix):
    def deco(fn):
        def wrapped(*a):
            return prefix + str(fn(*a))
        return wrapped
    return deco
@decorator_factory(">> ")
def double(n):
    return n * 2
print(double(21))
def gen_factory(n):
    def gen():
        for i in range(n):
            yield i * i
    return gen
print(list(gen_factory(4)()))
def f_attrs():
    pass
f_attrs.custom = "attribute on function"
print(f_attrs.custom, f_attrs.__dict__)
