pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 7), (2 ** 70, 3), (-(2 ** 70), 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for op in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "1.0 // 0", "1.0 % 0.0", "0 ** -1", "(2**70) // 0"]:
    try:
        print(eval(op))
    except ZeroDivisionError as e:
        print(op, "->", e)
print(7 / 7, type(7 / 7).__name__, 10 ** 20 / 10 ** 10)
print(1 / 3 * 3, 2 / 3)
print(9007199254740993 / 1, 2 ** 53 / 3)
print((10 ** 25 + 1) / 10 ** 5)
print(round(7 / 2), round(-7 / 2), round(5 / 2))
print(-(-7 // 2), -7 // 2)
print(7.0 // 2, -7.0 // 2, 7 % -3.0, -0.0 % 5)
