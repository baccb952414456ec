a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)])
print({**{"x": 1}, **{"y": 2}, "z": 3})
print(*a, *b, sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, k=1, **{"m": 2}))
first, *middle, last = [*a, *b]
print(first, middle, last)
x = *a, *b
print(x)
print(*[], "only this")
try:
    print({**[1, 2]})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"k": 1}, k=2)
except TypeError as e:
    print("TypeError:", e)
gen = (i for i in range(3))
print([*gen, *gen])
print(max(*[3, 9, 2]))
d = {"a": 1}
print(f(**d, b=2))
def kwonly(*, a, b):
    return a - b
print(kwonly(**{"b": 1, "a": 10}))
for *init, tail in [(1, 2, 3), (4, 5)]:
    print(init, tail)
print([*{1: "a", 2: "b"}])
