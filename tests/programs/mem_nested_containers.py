# Deeply nested containers: hashing tuples goes far deeper than the recursion
# limit, as in CPython (which crashes a little deeper; ferropy raises
# RecursionError past 200000); comparison and repr stop at CPython's C
# recursion limit (10000 levels), whatever sys.getrecursionlimit() says.
def nest(n, make):
    t = make()
    for i in range(n):
        t = make([t])
    return t
print(hash(nest(100000, tuple)) == hash(nest(100000, tuple)))
for n in (5000, 9000, 12000, 50000):
    for make in (tuple, list):
        try:
            print(n, make.__name__, nest(n, make) == nest(n, make))
        except RecursionError as e:
            print(n, make.__name__, "RecursionError:", e)
for n in (5000, 9000, 12000):
    try:
        print(n, len(repr(nest(n, list))))
    except RecursionError as e:
        print(n, "RecursionError:", e)
