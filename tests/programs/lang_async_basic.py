import types
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
class Yielder:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return f"resumed with {got}"
async def uses_awaitable():
    r1 = await Yielder("first")
    print(r1)
    r2 = await Yielder("second")
    print(r2)
    return "finished"
def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("event loop got:", yielded)
        value = yielded.upper()
print(run(uses_awaitable()))
@types.coroutine
def sleep0():
    yield "tick"
async def ticker(n):
    for i in range(n):
        await sleep0()
    return n
print(run(ticker(3)))
async def failing():
    raise ValueError("async fail")
try:
    failing().send(None)
except ValueError as e:
    print("propagated:", e)
c = add(1, 1)
print(c.cr_code.co_name, c.__name__)
c.close()
async def nothing():
    pass
try:
    nothing().send(None)
except StopIteration as e:
    print("value", e.value)
