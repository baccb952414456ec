g = (x * 2 for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted((c for c in "hello"), reverse=True))
def firsts():
    return next((x for x in range(100) if x * x > 50), None)
print(firsts())
it = iter([1, 2, 3, 4])
g = (x for x in it)
print(next(g), next(it), list(g))
try:
    (1 / x for x in [1, 0])
    print("lazy: no error yet")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("error when consumed:", e)
try:
    gen = (x for x in 5)
except TypeError as e:
    print("eager first iterable:", e)
print(dict((k, len(k)) for k in ["aa", "b"]))
print(",".join(str(n) for n in range(5)))
