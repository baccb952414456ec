# At exit, objects held by __main__ are finalized; objects dropped while
# an exception propagates are finalized before the traceback is printed.


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


r = Resource("db")
other = Resource("cache")


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


g = gen()
next(g)


def outer():
    for x in gen():
        for y in gen():
            raise ValueError(x, y)


print("start")
outer()
