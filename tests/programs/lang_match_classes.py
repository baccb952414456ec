class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(0, 0), r=r):
            return f"centered circle r={r}"
        case Circle(c, r):
            return f"circle at ({c.x},{c.y}) r={r}"
        case int() | float():
            return "a number"
        case str() as s:
            return f"string {s!r}"
        case list([int(), *_]):
            return "list starting with int"
        case _:
            return "something else"
for v in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 3), Circle(Point(0, 0), 1),
          Circle(Point(1, 2), 3), 7, 2.5, "hi", [1, "a"], ["a"], None]:
    print(where(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match 42:
    case int(v):
        print("int self-match", v)
match (1, 2):
    case tuple((a, b)):
        print("tuple", a, b)
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: str
print(DC.__match_args__)
match DC(1, "z"):
    case DC(1, b):
        print("dataclass match", b)
try:
    match 5:
        case print(x):
            pass
except TypeError as e:
    print("TypeError:", e)
