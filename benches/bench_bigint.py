# Big integer arithmetic: a spigot algorithm producing digits of pi
# (unbounded Gibbons-style), plus factorial and power checksums.


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


def main():
    digits = pi_digits(4500)
    s = "".join(str(d) for d in digits)
    print("pi", s[:20], s[-20:])
    print("digitsum", sum(digits))
    f = 1
    for i in range(2, 2000):
        f *= i
    p = 3 ** 5000 - 7 ** 2000
    print("fact_mod", f % 1000000007, "bits", f.bit_length())
    print("pow_mod", p % 998244353, pow(12345, 6789, 10 ** 40 + 7))


main()
