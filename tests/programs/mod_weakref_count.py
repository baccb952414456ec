# weakref.getweakrefcount counts weakref objects only (attribute caches hold classes weakly too).
import weakref
class A: pass
a = A()
print(weakref.getweakrefcount(A), weakref.getweakrefcount(a))
for i in range(3): a.x = i
r = weakref.ref(a); r2 = weakref.ref(a, lambda r: None)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(A))
del r
print(weakref.getweakrefcount(a))
