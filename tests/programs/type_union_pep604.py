# PEP 604 unions: int | None (types.UnionType), in annotations, isinstance and issubclass.
t = type(int | str)
print(t.__name__, t.__module__, t, int | int, int | None, (int | None).__args__, None | int, int | str | int)
print(hash(int | str) == hash(str | int), (int | str) == (str | int), (int | str) == (int | bytes), list[int] | None)
print(isinstance(3, int | None), isinstance("x", int | None), issubclass(bool, str | int), isinstance(None, int | None))
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
def f(x: int | None = None) -> str | None:
    return None
print(f.__annotations__)
class A: pass
print(A | None, (A | int | None).__args__, dict[str, int] | list[int])
u = int | str
print(u | float, float | u, u | u, (u | None) == (None | u))
print(repr(int | "str" if False else int | type(None)))
