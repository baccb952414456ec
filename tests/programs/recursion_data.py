nested = []
cur = nested
for _ in range(200):
    new = []
    cur.append(new)
    cur = new
print(len(str(nested)), str(nested)[:10])
def measure(x):
    return 1 + max((measure(y) for y in x), default=0) if isinstance(x, list) else 0
print(measure(nested))
import copy
c = copy.deepcopy(nested)
print(c == nested)
d = {}
cur = d
for i in range(100):
    cur["k"] = {}
    cur = cur["k"]
print(len(repr(d)))
import json
print(len(json.dumps(nested)))
deep = [1]
for _ in range(100):
    deep = [deep]
flat = []
def flatten(x):
    for y in x:
        if isinstance(y, list):
            flatten(y)
        else:
            flat.append(y)
flatten(deep)
print(flat)
t = ()
for i in range(50):
    t = (t, i)
print(str(t)[:20], hash(t) == hash(t))
def tree(n):
    return None if n == 0 else (tree(n - 1), n, tree(n - 1))
def size(t):
    return 0 if t is None else size(t[0]) + 1 + size(t[2])
print(size(tree(12)))
