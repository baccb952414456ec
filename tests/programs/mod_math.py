import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.cbrt(27))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.exp(1), math.exp(0), math.expm1(1e-10), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, 0.5), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=7))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1), math.isinf(math.inf), math.isnan(math.nan), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.gamma(5), math.lgamma(10), math.erf(1), math.erfc(1))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.fma(2.0, 3.0, 4.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.factorial(2.5), lambda: math.exp(1000),
            lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.sqrt("x"), lambda: math.log(0)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.log(10 ** 100), math.log2(2 ** 1000), math.sqrt(10 ** 100))
print(type(math.floor(1.5)).__name__, type(math.sqrt(4)).__name__, math.trunc(1e20))
