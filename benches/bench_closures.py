# Closures: creating nested functions, reading and writing nonlocal cell
# variables, lambdas, and higher-order functions (compose, map/filter).


def make_counter(start):
    n = start

    def step(k):
        nonlocal n
        n += k
        return n

    return step


def make_adder(a):
    return lambda x: x + a


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_memo(fn):
    cache = {}

    def wrapped(n):
        r = cache.get(n)
        if r is None:
            r = fn(n)
            cache[n] = r
        return r

    return wrapped


def main():
    c = make_counter(0)
    for i in range(2000000):
        c(i & 3)
    total = c(0)

    s = 0
    for i in range(400000):
        add = make_adder(i)
        inc2 = compose(add, make_adder(2))
        s += inc2(i)

    fns = [make_adder(k) for k in range(10)]
    pipeline = fns[0]
    for f in fns[1:]:
        pipeline = compose(f, pipeline)
    p = 0
    for i in range(260000):
        p += pipeline(i)

    def collatz_len(n):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        return steps

    memo = make_memo(collatz_len)
    m = 0
    for i in range(1, 200000):
        m += memo(i % 5000 + 1)

    mapped = list(map(lambda x: x * 7, filter(lambda x: x % 3, range(1000000))))
    print("counter", total)
    print("adders", s)
    print("pipeline", p)
    print("memo", m, "mapped", len(mapped), sum(mapped))


main()
