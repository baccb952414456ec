# gc.get_stats() and gc.get_objects(): shapes, counts after a collection
# of cycles, and argument errors.
import gc

stats = gc.get_stats()
print(type(stats).__name__, len(stats), sorted(stats[0]), all(isinstance(v, int) for s in stats for v in s.values()))


class Node:
    pass


before = sum(s["collected"] for s in gc.get_stats())
runs = sum(s["collections"] for s in gc.get_stats())
for _ in range(10):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
found = gc.collect()
after = sum(s["collected"] for s in gc.get_stats())
print(found >= 20, after - before >= 20, sum(s["collections"] for s in gc.get_stats()) > runs)
keep = [Node() for _ in range(3)]
objs = gc.get_objects()
print(type(objs).__name__, all(any(o is k for o in objs) for k in keep))
for bad in [3, -2, "x", 1.5]:
    try:
        gc.get_objects(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
