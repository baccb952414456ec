# Object-oriented method calls: bound method dispatch, inheritance with
# super(), overridden methods and polymorphic calls through a list.


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self

    def add(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n


class Shape:
    def __init__(self, scale):
        self.scale = scale

    def area(self):
        return 0

    def describe(self):
        return self.area() + self.perimeter()

    def perimeter(self):
        return 0


class Square(Shape):
    def __init__(self, scale, side):
        super().__init__(scale)
        self.side = side

    def area(self):
        return self.side * self.side * self.scale

    def perimeter(self):
        return 4 * self.side


class Rect(Shape):
    def __init__(self, scale, w, h):
        super().__init__(scale)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale

    def perimeter(self):
        return 2 * (self.w + self.h)


class Cube(Square):
    def area(self):
        return 6 * super().area()


def main():
    c = Counter()
    for i in range(1900000):
        c.inc()
        c.add(i & 7)
        c.inc().inc()
    shapes = []
    for i in range(30):
        if i % 3 == 0:
            shapes.append(Square(1 + i % 4, i))
        elif i % 3 == 1:
            shapes.append(Rect(1 + i % 5, i, i + 1))
        else:
            shapes.append(Cube(1 + i % 2, i))
    total = 0
    for _ in range(50000):
        for s in shapes:
            total += s.describe()
    print("counter", c.get())
    print("shapes", total)


main()
