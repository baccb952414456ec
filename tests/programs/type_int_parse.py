print(int("42"), int("-17"), int("  +8  "), int("1_000_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-101", 2), int("1_0", 0))
print(int("١٢٣"), int("\u0663"))
print(int(3.99), int(-3.99), int(True), int("12", base=10))
for s, base in [("", 10), ("12a", 10), ("0x", 16), ("08", 0), ("1__0", 10), ("_1", 10), ("2", 2), ("1.5", 10), ("abc", 37), (" ", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(b"42"), int(bytearray(b"7")), int("  \t12\n"))
print(int("123456789012345678901234567890"))
print(int("-0"), int("000"), int("0_0"))
print(int("1" * 100, 2))
class S(str): pass
print(int(S("99")))
print(int())
