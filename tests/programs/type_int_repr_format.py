values = [0, 1, -1, 7, -7, 255, -255, 1000, 123456789, -987654321, 2 ** 31, 2 ** 63, -(2 ** 63), 10 ** 30]
for v in values:
    print(v, repr(v), str(v), hex(v), oct(v), bin(v) if abs(v) < 2 ** 40 else "big")
for v in [0, 42, -42, 1234567, 10 ** 12]:
    print(f"{v:d}|{v:10d}|{v:<10d}|{v:^10d}|{v:+d}|{v: d}|{v:,d}|{v:_d}|{v:010d}|{v:x}|{v:#x}|{v:_x}|{v:o}|{v:b}" if v < 10 ** 12 else f"{v:,}|{v:e}|{v:.3g}")
print(f"{65:c}{66:c}", f"{255:#06x}", f"{255:#06X}", f"{-255:#06x}", f"{5:#b}", f"{0:#o}")
print(f"{42:f}", f"{42:.2e}", f"{42:%}", f"{42:g}", f"{2 ** 70:e}", f"{-5:=+8}")
print(format(10 ** 20, ","), format(-10 ** 6, "_"), format(7, "n"), format(12, "08_b"))
for spec in [".2d", "s", ",x", "c"]:
    try:
        print(format(65 if spec == "c" else 5, spec) if spec == "c" else format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(int.__repr__(True), int.__str__(5), str(int("000123")))
