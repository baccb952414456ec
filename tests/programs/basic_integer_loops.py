def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print(digit_sum(12345), digit_sum(2 ** 100), digit_sum(0))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(50) if is_prime(n)])
def reverse_int(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r
print(reverse_int(123456789), reverse_int(1000))
total = 0
i = 0
while i < 1000000:
    total += i
    i += 1
print(total)
squares = 0
for k in range(1, 101):
    squares += k * k
print(squares, sum(range(1, 101)) ** 2 - squares)
n = 1
for _ in range(64):
    n *= 2
print(n, n - 1, hex(n - 1))
triangle = [1]
for row in range(8):
    print(" ".join(map(str, triangle)).center(40))
    triangle = [1] + [a + b for a, b in zip(triangle, triangle[1:])] + [1]
