z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
print(z + 1, z * 2, z * z, z / 2, z - 1j, -z, z ** 2, 1j ** 2)
print(complex(1, 2), complex("1+2j"), complex(" 3-4j "), complex(5), complex(), complex("j"), complex("-1.5e3j"))
print(1j, -1j, 0j, 1 + 0j, complex(-0.0, -0.0), complex(0, -0.0))
print(repr(complex(1e20, 1e-20)), complex(float("inf"), float("nan")))
print(z == 3 + 4j, z == (3, 4), 1 + 0j == 1, hash(1 + 0j) == hash(1))
try:
    z < z
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1+2k")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
print(format(z, ".2f"), f"{z:>20}", format(1.5 + 2.25j, "e"))
print((1 + 2j) ** 0.5, pow(2j, 3), divmod if False else "no divmod")
try:
    (1 + 2j) // 1
except TypeError as e:
    print("TypeError:", e)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j))
print(bool(0j), bool(1j), complex(True), 2 * 1j + 1)
