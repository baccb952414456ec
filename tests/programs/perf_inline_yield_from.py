# `yield from` and `await` run the delegated generator's frame in place on
# top of the delegating one; values, returns, errors, send/throw/close and
# tracebacks must pass through chains exactly as with nested calls.


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("leaf got", got)
    return "leaf-done"


def middle(n):
    r = yield from leaf(n)
    print("middle saw", r)
    r2 = yield from [10, 20]
    print("list returns", r2)
    return r + "!"


def top(n):
    r = yield from middle(n)
    yield r


print(list(top(3)))
for v in top(2):
    print("for", v)

g = top(3)
print(next(g), g.send("a"), g.send("b"))
print(g.send(None), g.send(None))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(sum(tree(10)), max(tree(6)))


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def failing():
    yield 1
    raise ValueError("deep")


def passes():
    yield from failing()


def catches():
    try:
        yield from passes()
    except ValueError as e:
        print("caught in catches", e, tb_lines(e))
        yield "recovered"


print(list(catches()))
try:
    for x in passes():
        print("x", x)
except ValueError as e:
    print("outer caught", tb_lines(e))


def raises_stop():
    yield 1
    raise StopIteration("bad")


def wraps_stop():
    yield from raises_stop()


try:
    print(list(wraps_stop()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def listens():
    try:
        while True:
            try:
                yield "ready"
            except KeyError as e:
                print("listens caught", e)
    finally:
        print("listens closed")


def forwards():
    r = yield from listens()
    return r


g = forwards()
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("closed")


def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def sub_not_started():
    x = yield from started_sub
    return x


def plain():
    v = yield "p"
    return v


started_sub = plain()
outer = sub_not_started()
print(next(outer))
try:
    outer.send(42)
except StopIteration as e:
    print("returned", e.value)


class Ready:
    def __await__(self):
        v = yield "waiting"
        return v * 2


async def inner_coro(x):
    got = await Ready()
    return got + x


async def outer_coro():
    a = await inner_coro(1)
    b = await inner_coro(2)
    return a, b


c = outer_coro()
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("coroutine result", e.value)


def deep_chain(n):
    if n == 0:
        yield "bottom"
        return n
    r = yield from deep_chain(n - 1)
    return r + 1


gen = deep_chain(200)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("depth", e.value)


def endless(n):
    yield from endless(n + 1)


try:
    next(endless(0))
except RecursionError as e:
    print("RecursionError")


def running_check():
    yield from running_inner()


def running_inner():
    yield running.gi_running


running = running_check()
print("gi_running inside", next(running))
print("gi_running outside", running.gi_running)
