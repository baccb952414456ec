log = []
def src(n):
    for i in range(n):
        log.append(f"gen {i}")
        yield i
m = map(lambda x: (log.append(f"map {x}"), x * 2)[1], src(3))
print("created map, log:", log)
print(next(m), log)
log.clear()
f = filter(lambda x: (log.append(f"filter {x}"), x % 2)[1], src(4))
print(list(f), log)
log.clear()
z = zip(src(3), src(2))
print(list(z), log)
log.clear()
e = enumerate(src(2))
print(next(e), log)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r))
import itertools
log.clear()
print(list(itertools.islice(src(100), 3)), len(log))
log.clear()
print(any(x > 1 for x in src(10)), log)
log.clear()
print(all(x < 1 for x in src(10)), log)
log.clear()
print(sum(src(4)), max(src(3)), sorted(src(3), reverse=True), len(log))
print(list(map(pow, [2, 3, 4], [2, 2])))
