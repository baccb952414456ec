def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"bytes":
            return "bytes"
        case 2 + 3j:
            return "complex"
        case _:
            return f"other: {x!r}"
for v in [0, 2, "hello", None, True, False, -1, 1.5, b"bytes", 2 + 3j, "x", 1.0, 99]:
    print(repr(v), "->", describe(v))
def capture(x):
    match x:
        case int(n) if n > 100:
            return f"big int {n}"
        case n:
            return f"captured {n!r}"
print(capture(500), capture(5), capture("s"))
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))
import enum
class E(enum.Enum):
    A = 1
    B = 2
def en(e):
    match e:
        case E.A:
            return "A!"
        case E.B:
            return "B!"
print(en(E.A), en(E.B), en(1))
match 5:
    case x if x > 10:
        print("no")
    case x:
        print("x bound to", x)
print("x after match", x)
