from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation
f = Fraction(3, 4)
print(f, f + Fraction(1, 4), f * 2, f / 3, f ** 2, -f, abs(-f), f.numerator, f.denominator)
print(Fraction("1/3") + Fraction("1/6"), Fraction(0.5), Fraction(1.1).limit_denominator(100), Fraction("1.25"), Fraction(6, -4))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, float(Fraction(1, 3)), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(sum(Fraction(1, n) for n in range(1, 6)), hash(Fraction(1, 2)) == hash(0.5))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("10") ** 20)
print(Decimal(0.1), Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP))
print(Decimal("-0"), Decimal("1e3"), Decimal("NaN"), Decimal("Infinity"), Decimal("1.000").normalize(), repr(Decimal("1.5")))
print(Decimal("1") == 1, Decimal("0.5") < 1, Decimal("1.50") == Decimal("1.5"), Decimal(2).sqrt(), Decimal("12.345").as_tuple())
getcontext().prec = 50
print(Decimal(1) / Decimal(3))
getcontext().prec = 28
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__)
print(f"{Decimal('1234.5678'):,.2f}", int(Decimal("9.99")), float(Decimal("0.25")))
