def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, x) for x in [1, 0, 2]])
try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print("ZeroDivisionError in comprehension:", e)
try:
    {k: 1 / v for k, v in {"a": 1, "b": 0}.items()}
except ZeroDivisionError as e:
    print("in dict comprehension:", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("in genexpr:", e)
try:
    [y for y in undefined_iterable]
except NameError as e:
    print("NameError:", e)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("in sort key:", e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print("in map:", e)
try:
    any(int(s) for s in ["1", "bad"])
except ValueError as e:
    print("in any():", e)
result = []
for i in range(3):
    try:
        result.append([10 // (i - j) for j in range(3)])
    except ZeroDivisionError:
        result.append(None)
print(result)
