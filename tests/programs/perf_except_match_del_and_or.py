# Fast paths for `except C:` matching, `del local` and `and`/`or`
# short-circuits, next to the cases they leave to the general path.


class Noisy:
    def __del__(self):
        print("del Noisy")


class Base(Exception):
    pass


class Child(Base):
    pass


def matching(exc):
    try:
        raise exc
    except Child:
        return "Child"
    except (KeyError, IndexError):
        return "lookup"
    except Base as e:
        return "Base %r" % (e,)
    except Exception:
        return "Exception"


for exc in [Child(), Base(1), KeyError(2), IndexError(), ValueError(), Child("c")]:
    print(matching(exc))

try:
    try:
        raise ValueError("v")
    except object:
        print("not reached")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("v")
    except 42:
        print("not reached")
except TypeError as e:
    print("TypeError", e)


def deleting():
    x = Noisy()
    print("before del")
    del x
    print("after del")
    try:
        del x
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


deleting()


class Falsy:
    def __bool__(self):
        print("bool called")
        return False


class Sized:
    def __len__(self):
        return 3


values = [0, 1, "", "s", [], [0], (), {}, {1: 2}, None, 0.0, 2.5, Falsy(), Sized()]
for v in values:
    print(repr(v) if not isinstance(v, (Falsy, Sized)) else type(v).__name__,
          bool(v or "alt"), (v and "then") if not isinstance(v, Falsy) else "skip")
stack = [1, 2]
node = None
while stack or node is not None:
    node = stack.pop() if stack else None
    print("loop", node)
print(0 or [] or "last", 1 and 2 and 3, None or Falsy() or "x")
