import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, int(rw), list(rw), Perm(7))
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]), Num(2), f"{Num.ONE}")
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
class S(enum.StrEnum):
    X = enum.auto()
    Y = "why"
print(S.X, S.Y, S.X == "x", S.X.upper())
class Alias(enum.Enum):
    A = 1
    B = 1
print(Alias.B is Alias.A, list(Alias), Alias.__members__.keys())
@enum.unique
class U(enum.Enum):
    P = 1
try:
    @enum.unique
    class NU(enum.Enum):
        P = 1
        Q = 1
except ValueError as e:
    print("ValueError:", e)
class F(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
print(F.A | F.C, ~F.A, F(0), bool(F(0)), F.A.value, F.C.value)
class WithMethod(enum.Enum):
    X = "x"
    def shout(self):
        return self.value.upper() + "!"
print(WithMethod.X.shout(), type(WithMethod.X).__name__, isinstance(WithMethod.X, WithMethod))
