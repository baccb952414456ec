print(0.1 + 0.2)
print(1.0, 2.5, -0.0, 1e10, 1e16, 1e-5, 1.5e-7, 123456789.123)
print(1 / 3, 2 / 3, 10 / 4)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2.0 ** 0.5, 2 ** 0.5, 4 ** -0.5)
print(float("inf"), float("-inf"), float("nan"))
print(1e308 * 10, -1e308 * 10)
print(3.0 == 3, 0.1 + 0.2 == 0.3)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(int(3.9), int(-3.9), float(7))
print(1.0 / 0.5, 9.0 % 4.0)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-3.25), -(-1.5))
print(1e22, 1e21, 1e-4, 0.0001, 1e-5)
print(123456789012345678.0)
print(0.5.as_integer_ratio(), (1.25).is_integer(), (2.0).is_integer())
x = 1.5
x *= 4
x -= 1
x /= 2
print(x)
print(float("1_000.5"), float(" 12 "), float("-1e3"))
print(max(1.5, 2), min(-0.0, 0.0))
print(sum([0.1] * 10))
