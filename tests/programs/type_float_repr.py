vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345680.0,
        1e-4, 1e-5, 0.00001234, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23, 9.999999999999999e22,
        0.1 + 0.2, 1.1 * 1.1, 4.35, 0.5, 1234.5678]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(repr(float("1e500")), repr(float("-1e500")))
print(float("  3.5  "), float("1_0.5"), float("+.5"), float("5."), float("-1E-2"), float("infinity"), float("-Inf"), float("nAn"))
for bad in ["", "1.2.3", "abc", "1e", "_1.0", "1_.0", "0x10", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
print(float(b"2.5"), float(True), float(10 ** 20))
print([0.1 * i for i in range(1, 8)])
print(sum([0.1] * 3), 0.1 * 3, 3 * 0.1 == 0.3)
