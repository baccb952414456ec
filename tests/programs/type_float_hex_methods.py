for v in [1.0, 0.5, 0.1, -2.5, 1e100, 5e-324, 0.0, -0.0, float("inf"), 3.0]:
    print(v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("1"), float.fromhex("0x1.fffffffffffffp+1023"))
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((3.0).is_integer(), (3.5).is_integer(), float("inf").is_integer())
print((2.5).real, (2.5).imag, (2.5).conjugate())
print((1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), int(-1.5))
print(float.__getformat__("double"))
import math
print(math.isnan(float("nan")), math.isinf(-float("inf")), math.isfinite(1e308))
print(float("nan") == float("nan"))
n = float("nan")
print(n == n, n in [n], [n] == [n])
print(max(1.0, float("nan")), min(float("nan"), 1.0))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100) == hash(10 ** 100))
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 10 - 1e308 * 10)
print(5e-324 / 2, -5e-324 / 2)
