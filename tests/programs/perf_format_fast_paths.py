# The fast paths of number formatting: machine ints formatted without big
# ints, floats formatted with 'f' through exact 128-bit arithmetic, repr's
# shortest digits, ASCII format specs, and %-formatting of the same values.
# Every result must be byte-identical to the general paths (and CPython).


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


I64_MAX = 2**63 - 1
I64_MIN = -(2**63)
INTS = [
    0, 1, -1, 7, -42, 255, -256, 1000, -1000, 123456789, -987654321,
    2**31, 2**32 - 1, 2**53 + 1, I64_MAX, I64_MIN, I64_MIN + 1,
    I64_MAX + 1, I64_MIN - 1, 2**64, -(2**64), 10**30, -(10**30),
    True, False,
]
INT_SPECS = [
    "", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X", "+d", "-d",
    " d", "+#x", " #o", "06d", "010", "012,", "09,d", "010_", "#012_x",
    "_b", "_o", "_x", "_X", "#_b", ",", "_", "<12", ">12", "^12", "=12",
    "*<12,", "*>+15_", "0=10", "x^#20b", "->+#018X", "\u00e9^9", "e", ".2e",
    "f", ".0f", ".3f", "%", ".1%", "g", "G", "E", "F", "+.2f", ",.1f",
    "c", ".2", "z", ",x", ",b", "_n", ",c", "s", "r", "=#x", " c", "#c",
]

print("--- ints")
for v in INTS:
    for spec in INT_SPECS:
        show(f"format({v!r}, {spec!r})", lambda: format(v, spec))

print("--- chars")
for v in [0, 65, 233, 0x263A, 0x10FFFF, 0x110000, -1, I64_MAX, I64_MAX + 1]:
    for spec in ["c", "^5c", "*>4c", "=3c"]:
        show(f"format({v}, {spec!r})", lambda: format(v, spec))

print("--- int fstrings")
for i in [0, 5, 42, 999999, 1234567, -3, I64_MAX, I64_MIN]:
    print(f"{i:06d}|{i:#x}|{i:,}|{i:_b}|{i:+o}|{i: >12}|{i:X}|{i:#010x}|{i:n}")

print("--- int subclasses")


class MyInt(int):
    pass


for spec in ["x", "5d", "s", ".2f", "%"]:
    show(f"MyInt {spec!r}", lambda: format(MyInt(300), spec))
    show(f"bool {spec!r}", lambda: format(True, spec))

FLOATS = [
    0.0, -0.0, 0.5, -0.5, 0.125, 0.375, 0.625, 2.5, 3.5, -2.5, 1.5,
    1.005, 2.675, 1 / 3, 2 / 3, 1e-7, -1e-9, 123.456, 9.999999, 0.9995,
    1234567.891, 1e15, 1e16, 1e17, 1e22, 1e23, 2.0**53, 2.0**63, 2.0**64,
    2.0**70, 2.0**80, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
    1e-30, 1e-20, 4.35, 0.1, 0.2, 0.3, 100.0, 1e100, -1e-100,
    float("nan"), float("inf"), -float("inf"),
] + [i / 7.0 for i in range(0, 200, 13)]
FLOAT_SPECS = [
    ".0f", ".1f", ".2f", ".3f", "f", ".10f", ".17f", ".20f", ".22f",
    ".23f", ".30f", ".40f", "#.0f", "z.2f", "z.0f", "+.3f", " .2f",
    ">8.3f", "<10.2f", "^12.1f", "=+12.2f", "012.3f", ",.2f", "_.4f",
    "015,.2f", "*^+20,.3f", "F", ".3F", "%", ".1%", ".0%", "e", ".3e",
    ".0e", "#.0e", "E", "g", ".3g", "#.3g", ".1g", ".17g", "G", "", ".2",
    ".12", "n", ",", "10", "<10", "z", "+", "r", "d", ",.2e",
]

print("--- floats")
for x in FLOATS:
    print("repr", repr(x), "str", str(x))
    for spec in FLOAT_SPECS:
        show(f"format({x!r}, {spec!r})", lambda: format(x, spec))

print("--- ties for '.Nf'")
for x in [0.125, 0.375, 2.5, 0.5, 1.5, 0.0625, 1.125, 1234.5, -0.125, 2.0**-10]:
    print(x, [format(x, f".{n}f") for n in range(0, 12)])

print("--- repr halfway candidates")
for x in [13256359296653.813, 26248787165817.313, 20834004086703.813,
          24683878593253.063, 5e-324, 9007199254740993.0, 0.1 + 0.2]:
    print(repr(x), str(-x))


def xorshift(state):
    """A deterministic stream of 64-bit values."""
    mask = 2**64 - 1
    while True:
        state ^= (state << 13) & mask
        state ^= state >> 7
        state ^= (state << 17) & mask
        yield state


rng = xorshift(1234)
for e in range(-70, 1, 7):
    for _ in range(12):
        m = (next(rng) >> 11) | 1
        x = m * 2.0**e
        print(e, repr(x), f"{x:.3f}", f"{x:e}", f"{x:g}")
for _ in range(150):
    x = (next(rng) / 2**64 - 0.5) * 2e6
    print(repr(x), f"{x:.2f}", f"{x:.15f}", "%.3f" % x, "%r" % x)

print("--- repr around the exact path's limits")
for k in range(-40, 70, 3):
    for x in [2.0**k, 2.0**k * 1.5, 2.0**k * (1 + 2**-52), 2.0**k * (1 - 2**-53)]:
        print(k, repr(x), format(x, ".6g"), format(x, ".17g"), format(x, ".3e"))
for x in [1e-6, 1.5e-6, 9.99e-7, 1e-5, 1.234567e-6, 2.0**63 - 1024, 2.0**63 + 2048,
          2.0**64 - 2048, 1.8446744073709552e19, 9.999999999999999e22, 123456789012345678.0]:
    print(repr(x), str(x), format(x, ".6g"), format(x, "g"), format(x, ".15g"), "%g" % x, "%.17g" % x)

print("--- complex")
for z in [complex(1, 2.5), complex(-0.0, 1e16), 1e-5j, complex(0.1, -0.0),
          complex(float("inf"), float("nan")), complex(2.0**60, 3)]:
    print(repr(z), str(z), format(z, ".2f"), format(z, ""), format(z, ">30"))

print("--- percent")
PERCENT_INTS = [0, 1, -1, 42, -42, 255, I64_MAX, I64_MIN, I64_MAX + 1,
                I64_MIN - 1, 10**25, True, 3.7, -3.7, 1e20]
for fmt in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%+d",
            "% d", "%-8d|", "%08d", "%-08d|", "%+08x", "%.5d", "%#.5x",
            "%08.3d", "%10.6o", "%-#10x|", "% 05d", "%.0d", "%3d"]:
    for v in PERCENT_INTS:
        show(f"{fmt!r} % {v!r}", lambda: fmt % v)
for fmt in ["%f", "%.0f", "%.1f", "%.2f", "%.3f", "%#.0f", "%10.3f",
            "%-10.3f|", "%+.2f", "%05.1f", "% .4f", "%e", "%.3E", "%g",
            "%#g", "%G", "%.20f", "%.25f", "%F", "%010.2f"]:
    for v in [0.0, -0.0, 0.125, 2.5, 3.5, -2.5, 1 / 3, 1e16, 1e-7, 1e300,
              float("nan"), float("inf"), -float("inf"), 7, I64_MIN]:
        show(f"{fmt!r} % {v!r}", lambda: fmt % v)
for v in [I64_MIN, I64_MAX, 0, -7]:
    print("%d %x %o %X" % (v, v, v, v), b"%d %x" % (v, v))
show("%x float", lambda: "%x" % 3.5)
show("%d str", lambda: "%d" % "7")
show("%c", lambda: "%c%c" % (65, "z"))
for i in range(0, 30, 7):
    print("word%d %5.2f %x %s" % (i, i / 3.0, i, i))

print("--- fstrings")
names = ["ann", "bob", "cyd"]
for i in range(0, 1000, 111):
    name = names[i % 3]
    score = i / 7.0
    print(f"{i:06d}|{name:<10}|{score:>8.3f}|{i:#x}|{name!r}|{score}|{score!s:>22}")
    print("{0:>8.3f} {1:^7} {2:+,d}".format(score, name, i * 12345))

print("--- specs")
for spec in ["\u0663\u0660", "\uff10\uff19.2f", "\u00e9>8.1f", "0>8", "08.3",
             "12.4\u0665f", ",_", "_,", ".", "5.f", "+-", "<<10", "99999999999999999999",
             ".99999999999999999999f", "=", "10.3s"]:
    show(f"float spec {spec!r}", lambda: format(2.5, spec))
    show(f"int spec {spec!r}", lambda: format(25, spec))
    show(f"str spec {spec!r}", lambda: format("ab", spec))
