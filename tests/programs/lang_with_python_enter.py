# `with` calls a Python __enter__ by pushing a frame; results, errors,
# suppression and generators must behave as in CPython.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "swallow"
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("swallow"):
    raise ValueError("gone")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("no")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)
def gen():
    with CM("gen"):
        yield 1
        yield 2
print(list(gen()))
