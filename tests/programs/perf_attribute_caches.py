# Attribute caches: polymorphic call sites, properties called by pushing a
# frame, and everything that must bypass or invalidate them.


class Shape:
    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__}:{self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Blob(Shape):
    pass


class Tri(Shape):
    def area(self):
        return "tri"


class Pent(Shape):
    def area(self):
        return "pent"


shapes = [Square(2), Circle(1), Blob(), Tri(), Pent(), Square(3)]
for _ in range(3):
    print([s.describe() for s in shapes])


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def broken(self):
        return self.missing

    @property
    def fails(self):
        raise ValueError("getter failed")


t = Temp(5)
for i in range(3):
    t.celsius = i * 10
    print(t.celsius)
t.__dict__["celsius"] = "shadow"
print(t.celsius)  # a data descriptor wins over the instance dict
for _ in range(2):
    try:
        t.broken
    except AttributeError as e:
        print("AttributeError", e)
    try:
        t.fails
    except ValueError as e:
        print("ValueError", e)


class WithFallback:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback for " + name


w = WithFallback()
for _ in range(3):
    print(w.p)


class LoudProperty(property):
    def __get__(self, obj, objtype=None):
        return "loud " + str(super().__get__(obj, objtype))


class UsesLoud:
    @LoudProperty
    def x(self):
        return 1


u = UsesLoud()
print([u.x for _ in range(3)])

Temp.celsius = property(lambda self: "replaced property")
print(t.celsius)


class DefaultArgGetter:
    def get(self, extra=1):
        return extra

    value = property(get)


print([DefaultArgGetter().value for _ in range(2)])


def deep(n):
    return n if n == 0 else deep(n - 1)


class Recursive:
    @property
    def depth(self):
        return deep(50)


print(Recursive().depth)


class Config:
    dims = 3
    label = "cfg"
    pair = (1, 2)

    def method(self):
        return "method"


cfgs = [Config() for _ in range(3)]
for _ in range(2):
    print([c.dims for c in cfgs], cfgs[0].label, cfgs[1].pair)
cfgs[1].dims = 10
print([c.dims for c in cfgs])
del cfgs[1].dims
print([c.dims for c in cfgs])
Config.dims = 4
print([c.dims for c in cfgs])
cfgs[2].method = lambda: "shadowed"
print([c.method() for c in cfgs])
del cfgs[2].method
print([c.method() for c in cfgs])
Config.dims = property(lambda self: "now a property")
print([c.dims for c in cfgs])
try:
    cfgs[0].dims = 1
except AttributeError:
    print("AttributeError: no setter")


class Guarded:
    def __init__(self):
        self._v = 0
        self.log = []

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value, note="set"):
        if value < 0:
            raise ValueError("negative")
        self.log.append(note)
        self._v = value
        return "ignored"

    @v.deleter
    def v(self):
        self.log.append("deleted")


g = Guarded()
for x in (1, 2, 3):
    g.v = x
print(g.v, g.log)
try:
    g.v = -1
except ValueError as e:
    print("ValueError", e, g.v)
del g.v
print(g.log)
chained = Guarded()
chained.v = g.v = 7
print(chained.v, g.v)


class NoGetter:
    x = property()


for _ in range(2):
    try:
        NoGetter().x
    except AttributeError as e:
        print("AttributeError", e)
