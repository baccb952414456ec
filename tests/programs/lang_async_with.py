class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("c", swallow=True):
        raise ValueError("swallowed")
    try:
        async with ACM("d"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    return "ok"
print(run(main()))
async def bad():
    async with 5:
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)
