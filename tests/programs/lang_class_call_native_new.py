# Classes with a builtin __new__ (exceptions, builtin bases) and a Python
# __init__: the instance comes from __new__, then __init__ runs.


class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.code = code
        self.detail = detail


e = AppError(404, detail="missing")
print(e.args, e.code, e.detail, str(e), repr(e))
try:
    raise AppError(500)
except AppError as caught:
    print("caught", caught.code, caught.detail, caught.args)


class Quiet(Exception):
    def __init__(self, *args):
        self.extra = len(args)


q = Quiet(1, 2, 3)
print(q.args, q.extra)


class Stack(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label


s = Stack([3, 1, 2], "s")
print(s, s.label, sorted(s), len(s))


class Registry(dict):
    def __init__(self, **kw):
        super().__init__(kw)
        self.count = len(kw)


r = Registry(a=1, b=2)
print(r, r.count)


class Odd(Exception):
    def __new__(cls, *args):
        return ValueError("not an Odd")

    def __init__(self, *args):
        print("never runs")


print(repr(Odd(1)))


class Base(Exception):
    def __new__(cls, *args):
        return super().__new__(Child, *args)

    def __init__(self, *args):
        print("Base.__init__", args)


class Child(Base):
    def __init__(self, *args):
        print("Child.__init__", args)


print(type(Base(7)).__name__)


class BadInit(Exception):
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as err:
    print("TypeError", err)
try:
    AppError()
except TypeError as err:
    print("TypeError", err)
