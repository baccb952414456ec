print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, -7 // 2)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, 1 | 2 ^ 3 & 4)
print(not 1 == 2, not (1 and 0), (not 1) == 0, 1 < 2 == True, (1 < 2) == True)
print(True or False and False, (True or False) and False, not True or True)
print(1 if 0 else 2 if 0 else 3, [1, 2][0] + 1, -3 % 5, -(3 % 5), ~0 + 1, ~(0 + 1))
print("a" + "b" * 2, ("a" + "b") * 2, 3 * "x" + "y")
x = 5
print(x > 3 and x < 10, 3 < x < 10, x == 5 or x == 6, x in [5] and x not in [6])
print(2 * 3 ** 2, -3 ** 2, 4 ** 0.5 * 2, 10 - -3, 10 - - - 3, +-+1)
print((lambda: 0 if True else 1)(), (lambda: 1 if False else 2)())
a = [1, 2, 3]
print(a[1:] + a[:1], a[-1] ** 2, len(a) * 2 - 1)
print(1 + 2 == 3 and 4 > 3 or 1 / 0)
print((1, 2) + (3,) * 2, [0] * 2 + [1])
y = 0
y += 2 * 3
print(y)
print(0.1 + 0.2 * 3 - 0.5 / 2, 7 % 3 ** 2, (7 % 3) ** 2)
print(2 ** 2 ** 0, (2 ** 2) ** 0, 1 - 2 - 3 == (1 - 2) - 3)
