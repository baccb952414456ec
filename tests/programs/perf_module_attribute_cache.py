# Module attributes and callables stored on instances are looked up
# through the attribute caches; changes to the namespaces must show.
import math
import sys

print([math.sqrt(x) for x in (4.0, 9.0)], math.pi > 3)
mod = type(sys)("dynamic")
mod.f = lambda x: x * 2
print([mod.f(i) for i in range(3)])
mod.f = lambda x: x * 3
print([mod.f(i) for i in range(3)])
del mod.f
try:
    mod.f(1)
except AttributeError as e:
    print("AttributeError", e)
mod.__getattr__ = lambda name: (lambda *a: ("fallback", name, a))
print(mod.anything(1, 2), mod.other())
print(type(mod.__dict__).__name__, mod.__name__)


class Holder:
    def __init__(self):
        self.callback = lambda x: x + 100

    def method(self, x):
        return x - 1


h = Holder()
print([h.callback(i) for i in range(2)], [h.method(i) for i in range(2)])
h.method = lambda x: "shadowed"
print(h.method(5))
del h.callback
try:
    h.callback(1)
except AttributeError as e:
    print("AttributeError", e)
ModuleType = type(sys)
print(repr(ModuleType("x")), ModuleType("y", "doc").__doc__, sorted(ModuleType("z").__dict__))
for bad in ((), (1,), ("a", "b", "c")):
    try:
        ModuleType(*bad)
    except TypeError as e:
        print("TypeError", e)
