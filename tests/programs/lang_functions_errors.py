def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
def h(x, /):
    pass
class C:
    def m(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(1, 2, 3, c=1),
    lambda: g(c=1),
    lambda: h(x=1),
    lambda: h(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(*5),
    lambda: f(**5),
    lambda: f(**{1: 2}),
    lambda: f(1, **{"a": 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: int(1, 2, 3),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: divmod(1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
