# Attribute access: instance attribute loads/stores, class attribute
# lookups, __slots__ classes, properties and getattr/setattr builtins.


class Point:
    dims = 3

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class SlotPoint:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


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
    def fahrenheit(self):
        return self._c * 9 // 5 + 32


def main():
    p = Point(1, 2, 3)
    s = SlotPoint(4, 5, 6)
    acc = 0
    for i in range(1200000):
        p.x = p.y + i
        p.y = (p.z - p.x) & 0xFFFFF
        p.z = (p.x ^ p.y) & 0xFFFFF
        acc += p.x + p.y + p.dims
        s.x = s.y + 1
        s.y = s.z & 1023
        s.z = s.x + s.y
        acc += s.z
    acc &= 0xFFFFFFFF
    t = Temp(0)
    f = 0
    for i in range(600000):
        t.celsius = i % 200
        f += t.fahrenheit + t.celsius
    names = ("x", "y", "z")
    g = 0
    for i in range(300000):
        for name in names:
            setattr(p, name, getattr(p, name) + i & 0xFFFF)
            g += getattr(p, name)
        if hasattr(p, "w"):
            g += 1
    print("acc", acc)
    print("temp", f)
    print("getattr", g, p.x, p.y, p.z)


main()
