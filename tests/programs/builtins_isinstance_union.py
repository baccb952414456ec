import types
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(None, int | None), isinstance(1.5, int | str))
u = int | str
print(u, type(u).__name__, u.__args__, u == (str | int), int | int)
print(issubclass(bool, int | str), issubclass(float, int | str))
print(int | None, None | int, (int | str) | float)
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 5
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], (list, tuple)), isinstance((), (list, (tuple, set))), isinstance(1, ()))
print(list[int], list[int]() == [], type(list[int]).__name__, list[int].__origin__, dict[str, int].__args__)
print(isinstance(type, type), isinstance(object, object), issubclass(type, object), issubclass(object, type))
