# Attribute caches in shared code objects must not keep classes alive:
# classes made by a factory die with their instances.
import gc, weakref
def make():
    class C:
        def __init__(self):
            self.x = 1
        def get(self):
            return self.x
    c = C()
    for _ in range(3):
        c.get()
    return weakref.ref(C)
refs = [make() for _ in range(5)]
gc.collect()
print([r() is None for r in refs])
