# Class calls push the __init__ frame directly; every variant must behave
# as CPython's type.__call__.


class P:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y


print([(p.x, p.y) for p in (P(1), P(2, 3))])


class BadInit:
    def __init__(self):
        return 42


for _ in range(2):
    try:
        BadInit()
    except TypeError as e:
        print("TypeError", e)


class Loud:
    def __init__(self, name, **extra):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Loud("a")
b = Loud("b", color="red")
del a, b


class Failing:
    def __init__(self, n):
        self.n = n
        if n == 2:
            raise ValueError("no twos")


for n in (1, 2):
    try:
        f = Failing(n)
        print("made", f.n)
        del f
    except ValueError as e:
        print("ValueError", e)


class WithNew:
    def __new__(cls, x):
        print("new", x)
        return super().__new__(cls)

    def __init__(self, x):
        print("init", x)


WithNew(5)


class Other:
    pass


class ReturnsOther:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("not called")


print(type(ReturnsOther()).__name__)


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []


def size(t):
    return 1 + sum(size(k) for k in t.kids)


print(size(Tree(6)))
try:
    P()
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


def deep(n):
    return Deep(n)


class Deep:
    def __init__(self, n):
        self.child = deep(n - 1) if n else None


try:
    deep(5000)
except RecursionError as e:
    print("RecursionError")
