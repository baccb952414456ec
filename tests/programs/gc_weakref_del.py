import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Noisy("a")
del a
print("after del a")
b = Noisy("b")
b = None
print("after rebinding b")
def scope():
    c = Noisy("c")
    print("leaving scope")
scope()
print("after scope")
lst = [Noisy("in-list-1"), Noisy("in-list-2")]
lst.clear()
print("after clear")
class Cyc:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__ cyclic", self.name)
x = Cyc("x")
y = Cyc("y")
x.other = y
y.other = x
del x, y
print("cycle unreachable, collecting")
n = gc.collect()
print("collected something:", n > 0)
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print("saved:", len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared saved (del not called twice)")
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
import weakref
class T:
    pass
t = T()
w = weakref.ref(t, lambda _: print("weakref callback"))
del t
print("end of program")
d = {"k": Noisy("dict-value")}
d["k"] = 0
print("done")
