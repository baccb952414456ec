import weakref
import gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r())
del o
print(r())
o2 = Obj("b")
events = []
r2 = weakref.ref(o2, lambda ref: events.append("callback: referent gone"))
del o2
print(events, r2())
d = weakref.WeakValueDictionary()
k = Obj("k")
d["key"] = k
print(len(d), d["key"])
del k
print(len(d), "key" in d)
wk = weakref.WeakKeyDictionary()
kk = Obj("kk")
wk[kk] = 1
print(len(wk))
del kk
print(len(wk))
ws = weakref.WeakSet()
a, b = Obj("1"), Obj("2")
ws.add(a); ws.add(b)
del a
print(len(ws), [x.name for x in ws])
p = weakref.proxy(b)
print(p.name)
del b
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
f = weakref.finalize(Obj("fin"), print, "finalizer ran")
gc.collect()
print("alive?", f.alive)
o3 = Obj("m")
wm = weakref.WeakMethod(o3.__repr__)
print(wm()())
del o3
print(wm())
print(weakref.getweakrefcount(Obj("z")))
