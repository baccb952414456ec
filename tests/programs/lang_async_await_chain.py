class Future:
    def __init__(self, name):
        self.name = name
        self.result = None
    def __await__(self):
        yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready:
            coro, value, name = self.ready.pop(0)
            try:
                fut = coro.send(value)
            except StopIteration as e:
                self.log.append((name, "done", e.value))
                continue
            fut.result = f"{fut.name}-result"
            self.ready.append((coro, fut.result, name))
async def step(name, n):
    total = []
    for i in range(n):
        r = await Future(f"{name}{i}")
        total.append(r)
    return total
async def worker(name, n):
    res = await step(name, n)
    return len(res), res[-1]
loop = Loop()
loop.spawn(worker("a", 3), "A")
loop.spawn(worker("b", 1), "B")
loop.spawn(worker("c", 2), "C")
loop.run()
for entry in loop.log:
    print(entry)
async def raiser():
    await Future("x")
    raise KeyError("k")
async def catcher():
    try:
        await raiser()
    except KeyError as e:
        return f"caught {e!r}"
c = catcher()
print(c.send(None).name)
try:
    c.send("v")
except StopIteration as e:
    print(e.value)
async def thrown():
    try:
        await Future("t")
    except RuntimeError as e:
        return "thrown in: " + str(e)
t = thrown()
t.send(None)
try:
    t.throw(RuntimeError("via throw"))
except StopIteration as e:
    print(e.value)
