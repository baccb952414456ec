class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p.norm2(), (p + q).norm2())
print(p == Point(1, 2), p != q, p == 5)
print(type(p).__name__, isinstance(p, Point), isinstance(p, object))
p.x = 10
print(p.x, p)
p.z = "extra"
print(p.z, sorted(vars(p)))

class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, c.id, a.count)

class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"

for an in [Animal("generic"), Dog("Rex"), Puppy("Bit")]:
    print(an.speak())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([k.__name__ for k in Puppy.__mro__])
m = p.norm2
print(m())
print(Point.norm2(Point(2, 2)))
print(hasattr(p, "x"), hasattr(p, "w"), getattr(p, "w", "none"))
