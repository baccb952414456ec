# obj.__class__ = C: what CPython accepts and refuses, and what changes.
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
a = A()
for i in range(3):
    print(a.f())
    a.__class__ = B if a.__class__ is A else A
for bad in [int, 5, None]:
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
s = S1(); s.x = 5
s.__class__ = S2
print(type(s).__name__, s.x)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
class L1(list): pass
class L2(list): pass
l = L1([1,2])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    [].__class__ = L1
except TypeError as e:
    print("TypeError:", e)
import sys
class M(type(sys)):
    @property
    def answer(self): return 42
mod = type(sys)("m")
mod.__class__ = M
print(mod.answer, type(mod).__name__)
class D:
    def __del__(self): print("D del")
x = A()
x.__class__ = D
del x
print("after")
class E1(Exception): pass
class E2(ValueError): pass
class E3(Exception): pass
e = E1("hi")
try:
    e.__class__ = E2
except TypeError as err:
    print("TypeError:", err)
e.__class__ = E3
print(repr(e), isinstance(e, E3), e.args)
import weakref
def make():
    class T: pass
    return T
T = make()
r = weakref.ref(T)
y = A(); y.__class__ = T; y.__class__ = A
del T
import gc; gc.collect()
print(r())
class Meta(type): pass
class K(metaclass=Meta): pass
class K2: pass
try:
    K.__class__ = type
    print(type(K).__name__)
except TypeError as e:
    print("TypeError:", e)
class P:
    __slots__ = ('y', 'x', '__weakref__', 'b')
print([k for k in P.__dict__ if not k.startswith('_')], P.__slots__)
class P2:
    __slots__ = ('x', 'y', 'b', '__weakref__')
p = P(); p.x = 1; p.y = 2; p.b = 3
p.__class__ = P2
print(p.x, p.y, p.b)
def layouts():
    def t(a, b):
        x = a()
        try:
            x.__class__ = b
            print(a.__name__, "->", b.__name__, "ok")
        except TypeError as e:
            print(a.__name__, "->", b.__name__, e)
    class E1(Exception): pass
    class E1b(Exception): pass
    class E2(ValueError): pass
    class E3(KeyError): pass
    class E4(OSError): pass
    class E5(BaseException): pass
    for a in [E1, E2, E3, E4, E5]:
        for b in [E1b, E2, E3, E4, E5]:
            t(a, b)
    class A: pass
    class B(A): pass
    class C: __slots__ = ()
    class D(C): __slots__ = ("x",)
    class F(C): pass
    class L(list): pass
    class L2(L): pass
    class T(tuple): pass
    class I(int): pass
    class I2(int): pass
    class Bo: __slots__=("__dict__",)
    class W: __slots__=("__weakref__",)
    for a in [A, B, C, D, F, L, L2, I, Bo, W]:
        for b in [A, B, C, D, F, L, L2, I2, Bo, W]:
            t(a, b)
layouts()
