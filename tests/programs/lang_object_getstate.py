# object.__getstate__ (dict and __slots__ state) and object.__subclasshook__.
class A: pass
a=A(); print(a.__getstate__()); a.x=1; print(a.__getstate__(), a.__getstate__() is a.__dict__)
class S:
    __slots__=('p','q')
s=S(); print(s.__getstate__()); s.p=1; print(s.__getstate__())
class SD:
    __slots__=('p','__dict__')
sd=SD(); sd.p=2; sd.z=3; print(sd.__getstate__())
class Sub(S):
    __slots__=('r',)
t=Sub(); t.r=5; t.q=6; print(t.__getstate__())
print(object().__getstate__(), (5).__getstate__(), [].__getstate__())
print(object.__subclasshook__(int), A.__subclasshook__(A))
class G:
    def __getstate__(self): return "custom"
print(G().__getstate__())
