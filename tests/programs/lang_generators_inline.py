# Generators driven by for loops, next(), send() and yield from, mixed.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def chain(*its):
    for it in its:
        yield from it


def tree(depth):
    if depth == 0:
        yield 0
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(list(squares(count_up(6))))
print(sum(chain(count_up(4), squares(count_up(4)), tree(3))))
g = count_up(10)
print(next(g), next(g))
for x in g:
    if x == 5:
        break
print(next(g), list(g))


def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


e = echo()
next(e)
print(e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def raiser():
    yield 1
    raise ValueError("inside")


try:
    for x in raiser():
        print("got", x)
except ValueError as err:
    print("caught", err)


def stopper():
    yield 1
    raise StopIteration


try:
    for x in stopper():
        pass
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__)


def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


for x in cleanup():
    print("first", x)
    break
print("after break")


def self_ref():
    yield next(me)


me = self_ref()
try:
    for x in me:
        pass
except ValueError as err:
    print("ValueError:", err)
print([(a, b) for a in count_up(3) for b in squares(count_up(a))])
