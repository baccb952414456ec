big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 23 < 1e23)
print(2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"), 2 ** 1000 == float("inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 2 ** 100 < nan)
print(0 == -0.0, 1 == 1.0000000000000002, 0.1 == 1 / 10, 3 == 3.0000000000000001)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3, 2.5, True, 1.0, 0, -1.5]), 1 in [1.0], 1.0 in {1}, {1: "a"}[1.0])
print(hash(2 ** 53) == hash(float(2 ** 53)), hash(0.5) == hash(0.5), hash(1e300) == hash(int(1e300)))
print(int(1e300) == 1e300, int(1e300) == 10 ** 300)
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 2) == 0.5, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Fraction(1, 3) < Decimal("0.34"))
print(hash(Fraction(1, 2)) == hash(0.5) == hash(Decimal("0.5")))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(round(2 ** 60 + 0.0) == 2 ** 60, float(2 ** 60 + 1) == 2 ** 60)
print(True == 1.0, False == 0.0, True + 0.5)
