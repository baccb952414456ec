# The getset descriptors in class namespaces: __dict__, __weakref__, type.__name__, object.__class__.
import weakref
class A: pass
print(list(A.__dict__))
class B(A): pass
print(list(B.__dict__))
print(A.__dict__['__weakref__'], A.__dict__['__dict__'], type(A.__dict__['__dict__']).__name__)
a = A()
a.x = 1
print(a.__dict__, a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
try:
    a.__weakref__ = 5
except AttributeError as e:
    print("AttributeError:", e)
print(A.__dict__['__dict__'].__get__(a, A), A.__dict__['__dict__'].__get__(None, A) is A.__dict__['__dict__'])
print(type.__dict__["__name__"], type.__dict__["__name__"].__get__(A), object.__dict__["__class__"].__get__(a))
class S: __slots__ = ('y', 'x', '__weakref__', 'b')
print(list(S.__dict__))
class S2: __slots__ = ('x',)
print(list(S2.__dict__))
class S3(S2): pass
print(list(S3.__dict__))
class E1(Exception): pass
print(list(E1.__dict__))
class L(list): pass
print(list(L.__dict__))
class M(type): pass
print(list(M.__dict__))
print(sorted(k for k in dir(a) if k.startswith('__w') or k.startswith('__d')))
print(A.__name__, A.__doc__, A.__module__, A.__qualname__, A.__bases__, a.__class__, A.__dict__ is not None)
A.__name__ = "AA"; print(A.__name__)
print(vars(A)['__module__'])
def f(): pass
print(f.__dict__, f.__name__)
