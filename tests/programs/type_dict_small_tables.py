# Small dicts keep no index table and scan their entries; growing past
# eight entries, deleting and reinserting must keep every dict behaviour.

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n


for size in (1, 3, 7, 8, 9, 12, 40):
    d = {}
    ops = []
    for step in range(300):
        k = rand(size * 2)
        key = k if k % 3 else "k%d" % k
        action = rand(4)
        if action == 0 and key in d:
            del d[key]
            ops.append("d")
        elif action == 1:
            ops.append(str(d.get(key, "-")))
        else:
            d[key] = step
    print(size, len(d), list(d.items())[:6], hash(tuple(ops)) == hash(tuple(ops)))
    print(sorted(map(str, d)), sum(v for v in d.values()))

collide = {}
for i in range(20):
    collide[i * (2**61 - 1)] = i
    collide[-i] = -i
print(len(collide), [collide[i * (2**61 - 1)] for i in range(0, 20, 5)])
for i in range(0, 20, 2):
    del collide[i * (2**61 - 1)]
print(len(collide), list(collide)[:8])
e = {1: "a", 1.0: "b", True: "c"}
print(e)
f = dict.fromkeys("abcdefgh")
f["i"] = 1
del f["a"]
f["a"] = 2
print(list(f), f.popitem(), len(f))
g = {"x": 1}
g.clear()
g["y"] = 2
print(g, g == {"y": 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
