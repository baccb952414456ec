for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.4999, 2.675, 1.005, 0.125, 0.375, 1e20, -0.0]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(123.456, -2), round(123.456, 5), round(1e-320, 320))
print(round(5e-324, 400), round(1.2345e308, -306))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.5))
print(math.floor(1e20), type(math.floor(1.5)).__name__)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(-1e-10, 5))
