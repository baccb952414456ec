# cmath: every function, special values (branch cuts, signed zeros,
# infinities, nans) and errors.
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -1e308, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.5, 1e308, inf, nan]
values = [complex(x, y) for x in parts for y in parts]

def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

names = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "phase", "polar",
         "isfinite", "isinf", "isnan"]
for name in names:
    f = getattr(cmath, name)
    print(name, " ".join(show(f, z) for z in values))

for r in parts:
    print("rect", r, " ".join(show(cmath.rect, r, phi) for phi in parts))

for z in [2, 8 + 1j, -1j, 1e-300, 0.5]:
    print("log base", show(cmath.log, z, 2), show(cmath.log, z, 1j), show(cmath.log, z, 1), show(cmath.log, z, 0))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(a=1, b=1), cmath.isclose(inf, inf),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan))

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.5
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True), cmath.rect(F(), I()))

errors = [
    lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(z=1), lambda: cmath.sqrt("a"),
    lambda: cmath.sqrt(None), lambda: cmath.sqrt(Bad()), lambda: cmath.sqrt(10 ** 400),
    lambda: cmath.rect(1), lambda: cmath.rect(1, 2, 3), lambda: cmath.rect("a", 1), lambda: cmath.rect(1j, 1),
    lambda: cmath.phase(), lambda: cmath.polar(1, 2), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
    lambda: cmath.log(2, base=3), lambda: cmath.log("a"), lambda: cmath.log(2, "a"),
    lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, rel_tol=-1),
    lambda: cmath.isclose(1, 2, abs_tol=-1), lambda: cmath.isclose(1, 2, foo=1), lambda: cmath.isclose(1, "a"),
    lambda: cmath.isclose(1, 2, rel_tol=1j), lambda: cmath.isclose(1, a=1), lambda: cmath.isnan(),
    lambda: cmath.exp(1000), lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.log10(0),
    lambda: cmath.sinh(1000), lambda: cmath.cosh(-1000 + 1j), lambda: cmath.polar(1.7e308 + 1.7e308j),
    lambda: cmath.sin(complex(inf, 0)), lambda: cmath.exp(complex(0, inf)),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
