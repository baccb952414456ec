# next(g), g.__next__() and g.send(v) called from Python code resume the
# generator's frame in place: results, StopIteration values, errors with
# tracebacks, PEP 479, and the cases the builtins must still reject.


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
    return "finished"


g = counter(3)
print(next(g), g.__next__(), g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args, tb_lines(e))
try:
    g.send(None)
except StopIteration as e:
    print("again", e.value, e.args)
print(next(g, "default"), next(counter(0), "empty"))

fresh = counter(2)
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError", e)
print(fresh.send(None), next(fresh))


def failing():
    yield 1
    raise KeyError("inside")


f = failing()
print(next(f))
try:
    next(f)
except KeyError as e:
    print("KeyError", e, tb_lines(e))
try:
    next(f)
except StopIteration:
    print("exhausted after error")


def stops():
    yield 1
    raise StopIteration("bad")


s = stops()
next(s)
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def outer_gen():
    inner = counter(2)
    yield next(inner)
    yield next(inner)
    yield next(inner)


og = outer_gen()
print(next(og), next(og))
try:
    next(og)
except RuntimeError as e:
    print("RuntimeError", e)


def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


acc = accumulate()
next(acc)
last = 0
for i in range(1000):
    last = acc.send(i % 7)
print("last", last)
try:
    acc.send(None)
except StopIteration as e:
    print("total", e.value)


def chain_next(depth):
    if depth == 0:
        yield "bottom"
        return
    inner = chain_next(depth - 1)
    yield next(inner)


print(next(chain_next(50)))
try:
    print(next(chain_next(100000)))
except RecursionError:
    print("RecursionError")
cl = counter(5)
next(cl)
cl.close()
try:
    next(cl)
except StopIteration:
    print("closed generator stops")
it = iter([1, 2])
print(next(it), it.__next__(), next(it, "done"))
