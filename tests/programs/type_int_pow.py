print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), 0 ** 0)
print(pow(3, 200, 1000), pow(2, 100, 7), pow(5, 0, 3), pow(5, 0, 1))
print(pow(-3, 3, 10), pow(3, 3, -10), pow(7, 1, 13))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 0.5), pow(-8, 1 / 3))
print((-8) ** 0.5)
print(pow(10, 20, 10 ** 9 + 7), pow(123456789, 987654321, 10 ** 12))
print(pow(2, 2 ** 20, 1000003))
print(2 ** 0.0, 0.0 ** 0, 1 ** 1000000, (-1) ** 1000001)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(10 ** -3, 2 ** -1074 > 0, 2.0 ** -1075)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
