import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("content", t)
with tag("a"), tag("b"):
    print("nested")
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with contextlib.suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
with contextlib.ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("in stack")
@contextlib.contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError:
        print("handled in generator")
with catching():
    1 / 0
print("after catching")
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
class Res(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("Res exit")
with Res() as r:
    print(type(r).__name__)
