def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("hi"))
try:
    g.send("stop")
except StopIteration as e:
    print("stop value:", e.value)
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
g = echo()
try:
    g.send(5)
except TypeError as e:
    print(e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("generator is finished")
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen_finally()
print(next(g))
g.close()
print("closed")
g = gen_finally()
next(g)
try:
    g.throw(RuntimeError("x"))
except RuntimeError as e:
    print("after cleanup", e)
print(g.gi_frame is None)
