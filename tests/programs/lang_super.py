class A:
    def f(self):
        return ["A"]
    @classmethod
    def c(cls):
        return ["A.c:" + cls.__name__]
    @staticmethod
    def s():
        return "A.s"
class B(A):
    def f(self):
        return ["B"] + super().f()
    @classmethod
    def c(cls):
        return ["B.c"] + super().c()
class C(A):
    def f(self):
        return ["C"] + super().f()
class D(B, C):
    def f(self):
        return ["D"] + super().f()
print(D().f(), D.c(), D().c())
print(super(B, D()).f())
print(super(C, D()).f())
print(super(D, D).c())
print(super(B, B).s())
class E(A):
    def f(self):
        def inner():
            return super(E, self).f()
        return ["E"] + inner()
print(E().f())
class F(A):
    def f(self):
        return [x for x in super().f()] + ["F"]
print(F().f())
class Init:
    def __init__(self, **kw):
        self.kw = kw
class Mixin:
    def __init__(self, **kw):
        self.mixed = True
        super().__init__(**kw)
class Final(Mixin, Init):
    def __init__(self):
        super().__init__(a=1)
fi = Final()
print(fi.kw, fi.mixed)
s = super(B, D())
print(type(s).__name__)
class G(A):
    def f(self):
        return super().__class__.__name__, __class__.__name__
print(G().f())
try:
    super(int, "str")
except TypeError as e:
    print("TypeError:", e)
class H:
    x = 1
class I(H):
    x = 2
    def get(self):
        return super().x, self.x
print(I().get())
