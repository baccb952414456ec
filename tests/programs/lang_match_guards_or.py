def f(x):
    match x:
        case (1 | 2) as n if n % 2 == 0:
            return f"even small {n}"
        case (1 | 2) as n:
            return f"odd small {n}"
        case [("a" | "b") as letter, _]:
            return f"pair starting {letter}"
        case {"k": (0 | 1) as bit}:
            return f"bit {bit}"
        case str() if x.isdigit():
            return "digit string"
        case str():
            return "string"
    return "fell through"
for v in [1, 2, ["a", 0], ["b", 1], ["c", 2], {"k": 1}, {"k": 2}, "123", "abc", 3.0]:
    print(repr(v), f(v))
calls = []
def guard(v):
    calls.append(v)
    return v > 1
match [3, 1]:
    case [a, b] if guard(a) and guard(b):
        print("both")
    case [a, b] if guard(a):
        print("first only", a)
print(calls)
match 0:
    case 0 if False:
        print("no")
    case 0:
        print("second zero case")
value = ("x", 1)
match value:
    case ("x", n) | ("y", n):
        print("bound from either", n)
