def nested_gen(n):
    if n == 0:
        yield "bottom"
        return
    yield from nested_gen(n - 1)
    yield n
g = nested_gen(300)
out = list(g)
print(len(out), out[:3], out[-1])
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            yield [x] + p
ps = list(perms([1, 2, 3, 4]))
print(len(ps), ps[:3])
def inorder(t):
    if t:
        yield from inorder(t[0])
        yield t[1]
        yield from inorder(t[2])
def insert(t, v):
    if t is None:
        return (None, v, None)
    l, x, r = t
    return (insert(l, v), x, r) if v < x else (l, x, insert(r, v))
t = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t = insert(t, v)
print(list(inorder(t)))
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(500)))
