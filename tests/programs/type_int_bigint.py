a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, divmod(b, a), divmod(-b, a))
print(a // b, b // -a, (10 ** 40) // (10 ** 20 + 1))
print(a / b, b / 3)
print(2 ** 1000 % 1000007)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), len(str(2 ** 10000)))
print(-(2 ** 64), abs(-(2 ** 64)), -(-(2 ** 63)))
print(2 ** 63 - 1 + 1, 2 ** 64 - 1, -(2 ** 63) - 1)
print((2 ** 64) * (2 ** 64) == 2 ** 128, 2 ** 128 // 2 ** 64 == 2 ** 64)
print(10 ** 30 == 10 ** 30, 10 ** 30 < 10 ** 31, -(10 ** 30) < 5)
print(int(1e20), int(1.5e30), float(2 ** 100), float(-(3 ** 50)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) / (10 ** 399))
print(hash(2 ** 100) == hash(2 ** 100), (2 ** 100).bit_length(), (2 ** 100 - 1).bit_count())
x = 12345678901234567890123456789
print(x * x, x ** 3)
print(x // 1000000007, x % 1000000007)
print(sum(range(10 ** 6)))
print(int("9" * 50) + 1)
print(123456789 ** 5)
print(-7 ** 21, (-7) ** 21)
print(2 ** 64 == 18446744073709551616.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
