import types
async def child(n):
    return n * 2
async def parent():
    results = []
    for i in range(3):
        results.append(await child(i))
    return results
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(parent()))
async def early_exit():
    try:
        return "returned"
    finally:
        print("async finally")
print(run(early_exit()))
async def try_except():
    try:
        await child(None)
    except TypeError as e:
        return "caught: " + str(e)
print(run(try_except()))
c = child(1)
print(c.cr_running, c.cr_frame is not None, type(c.cr_await).__name__)
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def await_twice():
    co = child(5)
    a = await co
    try:
        await co
    except RuntimeError as e:
        return a, "RuntimeError: " + str(e)
print(run(await_twice()))
try:
    run((lambda: (yield))())
except Exception as e:
    print(type(e).__name__)
async def aw_non_awaitable():
    await 5
try:
    run(aw_non_awaitable())
except TypeError as e:
    print("TypeError:", e)
print(types.CoroutineType.__name__, type(parent).__name__, parent.__code__.co_flags & 0x80 != 0)
import inspect
print(inspect.iscoroutinefunction(parent), inspect.iscoroutinefunction(run))
async def lambda_like():
    return [await child(x) for x in range(3)]
print(run(lambda_like()))
