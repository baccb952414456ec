class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t)
def gen_with_locals():
    x = 10
    yield x
    x += 1
    yield x
g = gen_with_locals()
next(g)
print(g.gi_frame.f_locals)
print(g.gi_code.co_name, g.gi_running)
def enumerate_like(it, start=0):
    n = start
    for v in it:
        yield n, v
        n += 1
print(list(enumerate_like("abc", 1)))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except GeneratorExit:
            print("closing averager with count", count)
            return
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30]])
ra.close()
gen = (i for i in range(3))
print(list(zip(gen, gen)))
def return_in_gen():
    yield 1
    return
    yield 2
print(list(return_in_gen()))
def exc_in_gen():
    yield 1
    1 / 0
g = exc_in_gen()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "exhausted after error"))
