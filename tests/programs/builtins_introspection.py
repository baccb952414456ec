class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
class B(A):
    pass
a, b = A(), B()
print(type(a).__name__, type(b) is B, isinstance(b, A), isinstance(a, B), isinstance(a, (int, A)), isinstance(1, (str, (list, int))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(A, object), issubclass(bool, int))
try:
    issubclass(a, A)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(a, 5)
except TypeError as e:
    print("TypeError:", e)
print(callable(A), callable(a), callable(a.method), callable(len), callable(None), callable(lambda: 0))
print(hasattr(a, "inst"), hasattr(a, "cls_attr"), hasattr(a, "nope"), getattr(a, "inst"), getattr(a, "nope", None))
setattr(a, "new", 3)
print(a.new, vars(a))
delattr(a, "new")
print(vars(a))
try:
    getattr(a, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("append" in dir([]), "__len__" in dir("s"), [n for n in sorted(dir()) if not n.startswith("_")][:3])
def f(x, y=1):
    local_var = x + y
    return sorted(locals().items())
print(f(1))
print("f" in globals(), globals()["A"] is A, type(globals()).__name__)
print(type(a.method).__name__, type(A.method).__name__, type(len).__name__, type(A).__name__, type([].append).__name__)
print(A.__dict__["cls_attr"], "method" in A.__dict__, type(vars(A)).__name__)
print(type(1) == int, type("") is str, type(type(1)) is type)
print(object.__name__, object.__bases__, type.__bases__, int.__base__, bool.__base__)
print(A.__init__.__qualname__, A.method.__module__, len.__name__, len.__module__ if hasattr(len, "__module__") else None)
print(isinstance(A, type), isinstance(type, object), isinstance(object, type))
