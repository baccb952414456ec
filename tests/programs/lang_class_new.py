class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("init with", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, len(u), u + "!")
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
print(type(Weird()).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))
class NoInit:
    def __new__(cls, *a, **k):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(NoInit(1, 2).args)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class Fail:
    def __init__(self):
        return 5
try:
    Fail()
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, x):
        self.x = x
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
try:
    Other(1)
except TypeError as e:
    print("TypeError:", e)
