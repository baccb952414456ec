sq = lambda x: x * x
print(sq(5), sq.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print((lambda: "no args")())
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
nested = lambda x: (lambda y: x * y)
print(nested(3)(4))
y_comb = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = y_comb(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(6))
