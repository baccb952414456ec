x = 1234.5678
for spec in ["", "f", ".0f", ".1f", ".10f", "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%",
             "10.2f", "<10.2f", "^10.2f", ">10.2f", "=+10.2f", "010.2f", "+.2f", " .2f", ",.2f",
             "_.3f", "#.0f", "#g", ".0e", "n", "r" if False else "f"]:
    print(repr(spec), "->", repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.0001, 1e-5, float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, "g"), format(v, ".3f"), format(v, "e"), format(v, "+g"))
print(format(-0.0, "z.1f") if True else "", format(-0.00001, "z.2f"))
print(format(1.5, "10"), format(1.5, "<10") + "|", format(2.0, ".0%"))
print("%f %e %g %.3f %10.2f %-10.2f| %+.1f %05.1f" % (x, x, x, x, x, x, x, x))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%g %g %g %g" % (100000.0, 1000000.0, 1e-4, 1e-5))
print("%r %s" % (0.1, 0.1), "%a" % 1.5)
print(f"{1/3:.20f}", f"{2**0.5:.50f}")
print(f"{1e300:.3f}"[:20], len(f"{1e300:f}"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
print(format(1e100, ".5"), format(12345.0, ".3"), format(0.00012345, ".2"))
print(str(1e16), repr(1.0e-10), 1e16 == 10 ** 16)
