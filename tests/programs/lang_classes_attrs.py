class C:
    shared = []
    x = 1
    def __init__(self):
        self.y = 2
a, b = C(), C()
a.shared.append("from a")
print(b.shared, C.shared)
a.x = 100
print(a.x, b.x, C.x)
C.x = 5
print(a.x, b.x)
del a.x
print(a.x)
print(sorted(a.__dict__), "x" in C.__dict__)
print(C.__name__, C.__qualname__, C.__module__)
print(type(C.__dict__).__name__)
try:
    del a.nonexistent
except AttributeError as e:
    print(e)
try:
    a.missing
except AttributeError as e:
    print(e)
try:
    C.missing
except AttributeError as e:
    print(e)
setattr(a, "dyn", 42)
print(getattr(a, "dyn"), hasattr(a, "dyn"))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
def method(self):
    return "added later " + str(self.y)
C.method = method
print(a.method())
print(C.method is method, a.method.__func__ is method, a.method.__self__ is a)
a.__dict__["z"] = 9
print(a.z)
class Empty:
    pass
e = Empty()
print(e.__dict__, Empty.__bases__, Empty.__base__)
print(type(Empty), type(type))
print(C.__doc__, Empty.__doc__)
class Doc:
    """Class docstring."""
print(Doc.__doc__)
