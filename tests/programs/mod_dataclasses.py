from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5))
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
    tags: tuple = ()
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)]), Ver(1) < Ver(1, 1), hash(Ver(1)) == hash(Ver(1)))
try:
    Ver(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
a, b = Inventory(), Inventory()
a.items.append("x")
print(a, b, a.items is not b.items, Inventory() == Inventory(secret="other"))
print(asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(Inventory)])
@dataclass
class Child(Point):
    z: int = 3
print(Child(1, 2, 3), Child(1))
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), hasattr(Slotted(1), "__dict__"), Slotted.__slots__)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 10
print(Post(4))
