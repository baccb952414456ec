async def agen(n):
    for i in range(n):
        yield i * 10
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
print(run(consume()))
async def comp():
    return [v async for v in agen(3) if v > 0]
print(run(comp()))
async def anext_demo():
    g = agen(2)
    a = await g.__anext__()
    b = await anext(g)
    try:
        await anext(g)
    except StopAsyncIteration:
        return a, b, "exhausted"
print(run(anext_demo()))
async def with_default():
    g = agen(0)
    return await anext(g, "dflt")
print(run(with_default()))
async def asend_demo():
    async def echo():
        v = None
        while True:
            v = yield v
    g = echo()
    await g.asend(None)
    r = await g.asend("hello")
    await g.aclose()
    return r
print(run(asend_demo()))
print(type(agen(1)).__name__)
class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def use_arange():
    s = 0
    async for x in ARange(5):
        s += x
    return s
print(run(use_arange()))
