class Typed:
    def __init__(self, typ):
        self.typ = typ
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return f"<Typed on {owner.__name__}>"
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(hasattr(p, "_age"))
class NonData:
    def __get__(self, obj, owner=None):
        return "from descriptor"
class C:
    attr = NonData()
c = C()
print(c.attr)
c.__dict__["attr"] = "from instance"
print(c.attr)
class DataDesc:
    def __get__(self, obj, owner=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class D:
    attr = DataDesc()
d = D()
d.__dict__["attr"] = "instance"
print(d.attr)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
ci = Circle(2)
print(ci.area, ci.area)
def plain(self):
    return self
bound = plain.__get__(42)
print(bound())
print(type(Circle.__dict__["area"]).__name__)
