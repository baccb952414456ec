def add(a, b):
    return a + b
print(add(2, 3), add("a", "b"), add([1], [2]))
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"
print(greet("Ann"), greet("Bob", "Hi"), greet(greeting="Yo", name="Cy"))
def nothing():
    pass
print(nothing())
def multi():
    return 1, 2, 3
a, b, c = multi()
print(a, b, c, multi())
def early(x):
    if x > 0:
        return "positive"
    return "non-positive"
print(early(1), early(-1))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(30))
def apply(f, x):
    return f(x)
print(apply(len, "four"), apply(fact, 5))
print(add.__name__, fact.__qualname__)
def outer():
    def inner():
        return "inner"
    return inner()
print(outer())
def doc():
    "A docstring."
print(doc.__doc__)
f = add
print(f(10, 20))
print(callable(f), callable(3))
def varargs(*args, **kwargs):
    return args, sorted(kwargs.items())
print(varargs(1, 2, x=3, y=4))
