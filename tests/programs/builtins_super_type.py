T = type("T", (), {"x": 1, "hello": lambda self: "hi"})
print(T.__name__, T().x, T().hello(), T.__bases__, T.__module__ if "__module__" in T.__dict__ else "no module")
U = type("U", (T,), {})
print(issubclass(U, T), U().hello(), U.__mro__[1] is T)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(5), type.__call__(int, "7"), type.__name__, type.mro(bool))
class Meta(type):
    pass
V = Meta("V", (), {})
print(type(V).__name__, isinstance(V, type))
print(int.__name__, int.__qualname__, dict.__module__, type(object.__init__).__name__)
class P:
    def __init__(self, v):
        self.v = v
class Q(P):
    def __init__(self, v):
        super().__init__(v * 2)
print(Q(4).v)
print(type(super()).__name__ if False else super.__name__)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
def free_func():
    return super()
try:
    free_func()
except RuntimeError as e:
    print("RuntimeError:", e)
print(object.__new__(P).__class__.__name__, hasattr(object.__new__(P), "v"))
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)
print(str.__new__(str, "x"), int.__new__(int, 5), float.__new__(float))
