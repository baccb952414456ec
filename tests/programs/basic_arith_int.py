a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(a ** 2, 2 ** 10, 2 ** 0, (-2) ** 3)
print(2 ** -1, 10 ** -2)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(-a, +a, abs(-a), ~a)
print(7 // 7, 0 // 5, 0 % 3)
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2)
print(100 - 10 - 1, 100 // 10 // 3)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 4
print(x)
x = 1
x <<= 10
print(x)
x >>= 3
print(x)
x |= 5
x &= 0xff
x ^= 3
print(x)
print(1_000_000 + 1)
print(0x10, 0o10, 0b10)
print(True + True, True * 10, False - 1)
