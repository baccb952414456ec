a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 7, -12 | 7, -12 ^ 7, -12 >> 1, -1 >> 100, -12 << 2)
print(1 << 100, (1 << 100) >> 99, (1 << 100) & ((1 << 100) - 1))
print(~(2 ** 70), -(2 ** 70) & 0xFFFF, (2 ** 70 + 5) ^ (2 ** 70))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print(0 >> 5, 5 >> 1000)
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64]:
    print(n, n.bit_length(), n.bit_count())
print((255).to_bytes(2, "big"), True << 3, False | 2)
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(8) if mask >> i & 1])
x = 0xDEADBEEF
print(hex(x), hex(x >> 16), hex(x & 0xFFFF), hex(~x & 0xFFFFFFFF))
print(int.bit_length(2 ** 200), (-2 ** 200).bit_length())
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
