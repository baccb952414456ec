# Names the compiler puts in a class body (__module__, __qualname__,
# __firstlineno__, __static_attributes__) and private name mangling of
# parameters, keyword defaults, annotations and nested definitions.


def deco(cls):
    return cls


@deco
class Point:
    """A point."""

    dims: int = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.__norm = None

    def scale(self, k):
        def inner():
            self.scaled = True

        inner()
        (self.x, self.y) = (self.x * k, self.y * k)
        other = self
        other.ignored = 1

    def method(this):
        this.not_static = 1

    def __private(self, __a, *, __b=2) -> "__c":
        return __a + __b

    def call(self):
        return self.__private(1, _Point__b=3)

    class __Inner:
        pass


names = [k for k in Point.__dict__ if k.startswith("__") and k.endswith("__")]
print(sorted(n for n in names if n not in ("__dict__", "__weakref__")))
print(Point.__firstlineno__, Point.__static_attributes__, Point.__qualname__)
print(Point.__doc__, Point.__annotations__)
print(Point._Point__private.__code__.co_varnames, Point._Point__private.__kwdefaults__)
print(Point._Point__private.__annotations__, Point._Point__private.__name__)
print(Point._Point__Inner.__qualname__, Point(1, 2).call())
p = Point(1, 2)
p.scale(3)
print(sorted(vars(p)))


class Empty:
    pass


print(Empty.__static_attributes__, Empty.__firstlineno__)
