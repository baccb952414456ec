# PEP 695 annotation scopes: type parameters live in their own scope.
def ident[T](x: T) -> T:
    return x
print("T" in globals(), ident(3), ident.__type_params__)
print(ident.__annotations__)
print(ident.__qualname__, ident.__name__)

# Type parameters are visible to nested functions.
def outer[T](x: T):
    def inner() -> T:
        return T
    return inner
print(outer(1)(), outer(1).__annotations__)

# Repr and kinds of each parameter.
def kinds[T, *Ts, **P](): pass
for p in kinds.__type_params__:
    print(repr(p), type(p).__name__, p.__name__)

# Defaults are evaluated outside, annotations inside.
def with_defaults[T](a: T = 1, *, b: T = "x") -> list[T]:
    return [a, b]
print(with_defaults(), with_defaults.__defaults__, with_defaults.__kwdefaults__)
print(with_defaults.__annotations__)

# Decorators are applied outside the annotation scope.
def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f
@deco
def decorated[U](u: U) -> U:
    return u
print(decorated(5), "U" in globals())

# Generic classes.
class Box[T]:
    kind = "box"
    def get(self) -> T:
        return T
    def method[S](self, s: S, k: kind) -> tuple[T, S]:
        return (T, S)
print("T" in globals(), Box.__type_params__, Box().get())
print(Box.method.__type_params__, Box.method.__annotations__)
print(Box().method(1, 2), Box.method.__qualname__)
print(Box.__bases__, Box.__orig_bases__ if "__orig_bases__" in Box.__dict__ else None)
print(Box.__qualname__, Box[int], Box[int].__origin__ is Box, Box[str].__args__)

class Child[T](Box[T]):
    pass
print(Child.__bases__, Child.__orig_bases__, [c.__name__ for c in Child.__mro__])
print(Child.__type_params__)

class Plain(Box[int]):
    pass
print(Plain.__bases__, Plain.__orig_bases__)

# Class-level names are visible from annotation scopes in the class.
class Outer:
    Alias = int
    type Nested = list[Alias]
    def f[T](self, x: Alias) -> T: pass
    class Inner[T](list):
        pass
print(Outer.Nested.__value__, Outer.f.__annotations__)
print(Outer.Inner.__type_params__, Outer.Inner.__qualname__)

# Type aliases.
type Pair[A, B] = tuple[A, B]
print(Pair, Pair.__type_params__, Pair.__value__, "A" in globals())
type Rec = list[Rec]
print(Rec.__value__)

# Bounds, constraints and defaults are lazy.
def lazy[T: Later, S: (Later, int), R = Later](): pass
class Later: pass
tp = lazy.__type_params__
print(tp[0].__bound__, tp[1].__constraints__, tp[2].__default__)
def broken[T: Missing](): pass
try:
    broken.__type_params__[0].__bound__
except NameError as e:
    print("NameError", e)

# A type parameter shadows a global of the same name only inside.
T = "global T"
def shadow[T]() -> T: pass
print(T, shadow.__annotations__["return"])

# Closures over type parameters in generic methods.
class Gen[K]:
    def make[V](self):
        return lambda: (K, V)
print(Gen().make()())

def gen_fn[T]():
    yield T
print(list(gen_fn()))

# Class namespaces, super(), metaclasses, mangling, closures.
def f():
    x = "func"
    class C:
        x = "class"
        type A = x
        def m[T](self) -> x: pass
        type B = y
    y = "late func"
    return C
C = f()
print(C.A.__value__, C.m.__annotations__, C.B.__value__)

class Base:
    def hello(self):
        return "base"
class D(Base):
    def hello[T](self):
        return super().hello() + "!" + str(T) + __class__.__name__
print(D().hello())

class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta", name, kw, "__type_params__" in ns)
        return super().__new__(m, name, bases, ns)
extra = (int,)
class K[T](*extra, metaclass=Meta, flag=1):
    pass
print(K.__bases__, K.__orig_bases__, K.__type_params__)

class __Priv:
    def m[__T](self, x: __T): return __T
print(__Priv().m.__type_params__, __Priv().m(1))

async def co[T](x: T) -> T:
    return x
print(co.__type_params__, co.__code__.co_flags & 0x80 != 0)

try:
    def bad[T](x=T): pass
except NameError as e:
    print("NameError", e)

def counter[T]():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return (n, T)
    return inc
c = counter()
c(); print(c())

class Q[T]:
    T_alias = T
    items: list[T]
print(Q.T_alias, Q.__annotations__, Q.__dict__["__type_params__"])
def g[T, U: int = bool](): pass
print(g.__type_params__[1].__bound__, g.__type_params__[1].__default__)
type X = int
print(X.__type_params__, repr(X), X.__module__ if hasattr(X, "__module__") else None)
def over[T](x: T) -> T: ...
print(over.__type_params__[0].__name__, over.__type_params__ is over.__type_params__)
class Twice[T]:
    def a(self) -> T: ...
    def b[U](self) -> U: ...
print(Twice.a.__annotations__, Twice.b.__annotations__, Twice.b.__type_params__)
import sys
def frames[T]():
    return sys._getframe(1).f_code.co_name
print(frames())

# Defaults: typing.NoDefault, has_default(), unpacked TypeVarTuple defaults.
def nodef[T, U = int, *Ts = *tuple[int, str]](): pass
a, b, c = nodef.__type_params__
print(a.__default__, a.has_default(), b.has_default(), c.__default__)
nodef.__type_params__ = (b,)
print(nodef.__type_params__)
try:
    nodef.__type_params__ = None
except TypeError as e:
    print("TypeError", e)

# Comprehensions in annotation scopes inside classes do not see the class.
class NoSee:
    A = 1
    type L = [A for _ in range(1)]
    type M = A
try:
    NoSee.L.__value__
except NameError as e:
    print("NameError", e, NoSee.M.__value__)

# Misuse is a SyntaxError.
for src in [
    "def f[T, T](): pass",
    "def f[T](x: (yield)): pass",
    "def f[T: (x := 1)](): pass",
    "def f[T = (yield)](): pass",
    "class C[T](x := 1): pass",
    "type A = (yield)",
    "def f[T](x: [(y := 1) for a in b]): pass",
    "def f[T]():\n    def g():\n        nonlocal T",
    "class C[T]:\n    def m(self):\n        nonlocal T",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
