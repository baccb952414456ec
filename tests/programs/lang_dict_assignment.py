# obj.__dict__ = d: the object uses d itself (shared, as in the Borg idiom); del gives a new dict; bad values and read-only cases.
class A: pass
a = A(); a.x = 1
d = {'y': 2}
a.__dict__ = d
print(a.__dict__ is d, a.y, hasattr(a, 'x'))
a.z = 3; print(d)
b = A(); b.__dict__ = a.__dict__; b.w = 4; print(a.w)
for bad in [5, None]:
    try: a.__dict__ = bad
    except TypeError as e: print('TypeError:', e)
try:
    del a.__dict__
    print('deleted', a.__dict__)
except Exception as e: print(type(e).__name__, e)
class D(dict): pass
a.__dict__ = D(q=1); print(type(a.__dict__).__name__, a.q)
def f(): pass
f.__dict__ = {'k': 1}; print(f.k)
import sys
m = type(sys)('m')
try: m.__dict__ = {}
except Exception as e: print(type(e).__name__, e)
try: A.__dict__ = {}
except Exception as e: print(type(e).__name__, e)
e = ValueError(); e.__dict__ = {'n': 1}; print(e.n)
class Borg:
    _shared = {}
    def __init__(self):
        self.__dict__ = self._shared
x, y = Borg(), Borg()
x.state = "on"
print(y.state, vars(y) is vars(x))
class P:
    def __init__(self): self.v = 1
    def get(self): return self.v
p = P()
for i in range(3):
    p.__dict__ = {"v": i * 10}
    print(p.get(), p.v)
p.__dict__ = {"get": lambda: "shadow"}
print(p.get())
