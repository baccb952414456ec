import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.5


class Rounder:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class MyFloat(float):
    pass


print(math.pi, math.e, math.tau, math.inf, math.nan, type(math.inf).__name__)
xs = [0.0, -0.0, 0.5, -0.5, 1, 2.5, -2.5, 1e-300, 1e300, math.inf, -math.inf, math.nan, True, 10 ** 20]
unary = ["sqrt", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "fabs",
         "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
         "atanh", "erf", "erfc", "gamma", "lgamma", "degrees", "radians", "isfinite", "isinf",
         "isnan", "ulp", "floor", "ceil", "trunc", "modf", "frexp"]
for name in unary:
    f = getattr(math, name)
    for x in xs:
        t(name + "(" + repr(x) + ")", lambda: f(x))
for x in [0.1, 0.7, 1.3, 3.7, 12.5, 33.3, 100.25, 171.5, -0.3, -1.7, -7.25, -33.5, -180.5, 1e-25, 200.5, 250.0]:
    print("g", x, math.gamma(x) if x < 171.7 else "-", math.lgamma(x), math.erf(x / 10), math.erfc(x / 10))
for x in [0.001, 0.37, 0.99, 2.0, 17.5, 1e6, -0.999]:
    print("h", x, math.asinh(x), math.acosh(abs(x) + 1), math.atanh(x / (abs(x) + 1)), math.sinh(x / 1e5), math.tanh(x), math.expm1(x / 1e5))
for s in [3.7, -3.7, 2.0, MyFloat(2.5), Flt(), Rounder(), True, 10 ** 30, "s", None]:
    t("fct " + type(s).__name__, lambda: (math.floor(s), math.ceil(s), math.trunc(s)))
pairs = [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1, 0), (0, 0), (math.inf, 2), (2, math.inf), (math.nan, 1),
         (-0.0, 1), (3, -0.0), (1e308, 10), (2, -1074), (0, -1), (-8, 1 / 3), (-2, 3), (10, 400)]
for name in ["copysign", "fmod", "remainder", "atan2", "pow", "ldexp", "hypot", "nextafter"]:
    f = getattr(math, name)
    for a, b in pairs:
        t(name + repr((a, b)), lambda: f(a, b))
for a, b in [(5, 2), (7, 2), (-7, 2), (6.5, 1), (1e300, 3e-300), (-4.5, -3)]:
    print("rem", a, b, math.remainder(a, b))
t("ldexp float", lambda: math.ldexp(1.0, 2.0))
for a, b in [(1.0, 10 ** 30), (1.0, -10 ** 30), (5e-324, 1), (3.0, -1075), (1.5, -1074), (0.75, 1024), (1, True)]:
    t("ldexp" + repr((a, b)), lambda: math.ldexp(a, b))
t("frexp tiny", lambda: math.frexp(5e-324))
t("log base", lambda: (math.log(8, 2), math.log(100, 10), math.log(10 ** 400, 10 ** 300), math.log(2 ** 2000, 2)))
t("log big", lambda: (math.log(10 ** 500), math.log2(3 * 2 ** 3000), math.log10(7 ** 1000), math.log(True)))
t("log(1, 1)", lambda: math.log(1, 1))
t("log(-big)", lambda: math.log(-10 ** 400))
t("log(0, 2)", lambda: math.log(0, 2))
t("log(2, 0)", lambda: math.log(2, 0))
t("log huge index", lambda: math.log(Idx(10 ** 400)))
t("sqrt big", lambda: math.sqrt(10 ** 400))
t("exp Flt", lambda: math.exp(Flt()))
t("sqrt Idx", lambda: math.sqrt(Idx(16)))
t("hypot n", lambda: (math.hypot(), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(1e308, 1e308), math.hypot(1e-310, 2e-310)))
t("hypot inf nan", lambda: (math.hypot(math.inf, math.nan), math.hypot(math.nan, 1)))
t("hypot many", lambda: math.hypot(*[0.1 * i for i in range(40)]))
t("hypot str", lambda: math.hypot(3, "x"))
t("dist", lambda: (math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 8)), math.dist(iter([1]), [4])))
t("dist dims", lambda: math.dist((1,), (1, 2)))
t("dist int", lambda: math.dist(1, 2))
t("dist str", lambda: math.dist((1, 2), "ab"))
t("fsum", lambda: (math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum(range(10))))
t("fsum tricky", lambda: (math.fsum([1e-16, 1, 1e16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([1.1, 2.2, 3.3, -6.6])))
t("fsum inf", lambda: (math.fsum([math.inf, 1, math.inf]), math.fsum([math.nan, 1]), math.fsum([1e308, -1e308, 1e308])))
t("fsum -inf+inf", lambda: math.fsum([math.inf, -math.inf]))
t("fsum overflow", lambda: math.fsum([1e308, 1e308]))
t("fsum str", lambda: math.fsum(["a"]))
t("fsum bigint", lambda: math.fsum([10 ** 400]))
t("prod", lambda: (math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=7), math.prod(range(1, 30)), math.prod([2, 3.5, 10 ** 30])))
t("prod mixed", lambda: (math.prod(["ab", 3]), math.prod([1.5, 2], start=2), math.prod([], start="x"), math.prod([True, 2])))
t("prod 2 pos", lambda: math.prod([1, 2], 3))
t("prod none", lambda: math.prod())
t("prod kw", lambda: math.prod([1], foo=2))
t("prod too many", lambda: math.prod(1, 2, 3, 4))
t("prod iterable kw", lambda: math.prod(iterable=[1]))
t("sumprod", lambda: (math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([1, 2.5, 3], [4, 5, 6.5]), math.sumprod([0.1] * 10, [0.1] * 10)))
t("sumprod mix", lambda: (math.sumprod([10 ** 30, 2], [3, 4]), math.sumprod([1, 2, 2.5, 10 ** 30, 0.1], [2, 3, 0.1, 1.5, 7]), math.sumprod([True, False], [1.5, 2]), math.sumprod([], [])))
t("sumprod inf", lambda: math.sumprod([1e308, 1e308], [10, -10]))
t("sumprod len", lambda: math.sumprod([1], [1, 2]))
t("sumprod str", lambda: math.sumprod(["a", "b"], [2, 3]))
t("isclose", lambda: (math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(a=1, b=1)))
t("isclose inf", lambda: (math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan)))
t("isclose neg", lambda: math.isclose(1, 2, rel_tol=-1))
t("isclose 3 pos", lambda: math.isclose(1, 2, 3))
t("isclose 5", lambda: math.isclose(1, 2, 3, 4, 5))
t("isclose missing", lambda: math.isclose(1))
t("isclose dup", lambda: math.isclose(1, b=1, a=2))
t("isclose kw", lambda: math.isclose(1, 1, foo=1))
t("isclose str", lambda: math.isclose(1, 2, rel_tol="x"))
t("nextafter", lambda: (math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1), math.nextafter(0.0, -0.0), math.nextafter(2, 2)))
t("nextafter steps", lambda: (math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 0.0, steps=5), math.nextafter(-5e-324, 1, steps=1), math.nextafter(-5e-324, 1, steps=2), math.nextafter(1.0, 2.0, steps=10 ** 30), math.nextafter(math.nan, 1, steps=0), math.nextafter(1, 2, steps=0), math.nextafter(1, 2, steps=None)))
t("nextafter neg steps", lambda: math.nextafter(1, 2, steps=-1))
t("nextafter float steps", lambda: math.nextafter(1, 2, steps=1.5))
t("nextafter kw", lambda: math.nextafter(x=1, y=2))
t("nextafter bad kw", lambda: math.nextafter(1, 2, foo=1))
t("nextafter 4", lambda: math.nextafter(1, 2, 3, 4))
t("fma", lambda: (math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10, -1), math.fma(math.inf, 2, 1)))
t("fma invalid", lambda: math.fma(math.inf, 0, 1))
t("fma overflow", lambda: math.fma(1e308, 10, 0))
t("factorial", lambda: (math.factorial(0), math.factorial(20), math.factorial(21), math.factorial(True), math.factorial(Idx(5)), str(math.factorial(200))[:30], len(str(math.factorial(1500)))))
t("factorial neg", lambda: math.factorial(-1))
t("factorial float", lambda: math.factorial(2.5))
t("factorial huge", lambda: math.factorial(10 ** 20))
t("comb", lambda: (math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.comb(10 ** 30, 2), math.comb(60, 30), math.comb(0, 0)))
t("perm", lambda: (math.perm(5, 2), math.perm(5), math.perm(5, 7), math.perm(3, None), math.perm(10 ** 20, 3), math.perm(30, 20)))
t("comb -n", lambda: math.comb(-1, 2))
t("comb -k", lambda: math.comb(2, -1))
t("comb huge k", lambda: math.comb(10 ** 30, 10 ** 20))
t("perm huge k", lambda: math.perm(10 ** 30, 10 ** 20))
t("perm -n", lambda: math.perm(-1))
t("perm -n k", lambda: math.perm(-1, 2))
t("comb float", lambda: math.comb(1.0, 2))
t("comb 1 arg", lambda: math.comb(5))
t("perm 3 args", lambda: math.perm(1, 2, 3))
t("gcd", lambda: (math.gcd(), math.gcd(12, 18), math.gcd(-4), math.gcd(0, 5), math.gcd(12, 18, 27), math.gcd(10 ** 40, 3 * 10 ** 30), math.gcd(True, 4)))
t("lcm", lambda: (math.lcm(), math.lcm(4, 6), math.lcm(-4), math.lcm(3, 5, 7), math.lcm(10 ** 20, 3 * 10 ** 19, 7), math.lcm(0, 5), math.lcm(-3, 4)))
t("gcd float", lambda: math.gcd(2.0))
t("lcm str", lambda: math.lcm(0, "x"))
t("isqrt", lambda: (math.isqrt(0), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(10 ** 100 + 1), math.isqrt(2 ** 64 - 1), math.isqrt(True), math.isqrt(Idx(99))))
t("isqrt neg", lambda: math.isqrt(-1))
t("isqrt float", lambda: math.isqrt(4.0))
t("isqrt str", lambda: math.isqrt("4"))
for name in ["sqrt", "atan2", "pow", "log", "perm", "gcd", "ldexp", "fsum", "dist", "sumprod", "fma", "hypot", "floor", "isqrt"]:
    f = getattr(math, name)
    t(name + "()", lambda: f())
    t(name + "(1, 2, 3, 4)", lambda: f(1, 2, 3, 4))
    t(name + "(x=1)", lambda: f(x=1))
print(math.sqrt, math.sqrt.__name__, type(math.floor(1.5)).__name__, math.trunc(1e20), math.floor(-1e20))
