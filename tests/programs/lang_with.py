class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("one") as c:
    print("inside", c.name)
with CM("a") as a, CM("b") as b:
    print("inside both", a.name, b.name)
with (CM("x") as x,
      CM("y") as y):
    print("parenthesized")
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("continued after suppress")
try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            break
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
with CM("t") as (t):
    pass
class Target:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Target() as (p, q):
    print(p, q)
class Raising:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Raising():
        print("never body")
except RuntimeError as e:
    print("RuntimeError:", e)
