def g1():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = g1()
next(g)
g.close()
print("closed ok")
def g2():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = g2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def g3():
    yield 1
g = g3()
g.close()
print(list(g))
def g4():
    try:
        yield 1
    finally:
        return "from finally"
g = g4()
next(g)
print(g.close())
def g5():
    yield 1
    raise StopIteration("inside")
g = g5()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def g6():
    yield
g = g6()
print(g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
next(g)
print(g.gi_suspended)
def reentrant():
    yield next(gen)
gen = reentrant()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
def stopper():
    x = yield
    print("x =", x)
s = stopper()
next(s)
try:
    s.send(5)
except StopIteration:
    print("StopIteration after send")
