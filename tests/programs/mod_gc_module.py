import gc
print(gc.isenabled())
class Node:
    def __init__(self):
        self.ref = self
for _ in range(100):
    Node()
print(gc.collect() >= 0)
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()) >= 1)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.is_tracked([]), gc.is_tracked(1))
import weakref
class A:
    pass
a = A()
b = A()
a.other = b
b.other = a
wa = weakref.ref(a)
del a, b
gc.collect()
print(wa() is None)
print(isinstance(gc.get_stats(), list), callable(gc.get_objects), isinstance(gc.garbage, list))
