# super().method(...) runs without making a super object when `super` is
# the builtin; every other case must behave as before.


class A:
    def f(self, x=1):
        return ("A.f", x)

    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)

    @staticmethod
    def s():
        return "A.s"

    @property
    def p(self):
        return "A.p"

    data = "A.data"


class B(A):
    def f(self, x=2):
        return ("B.f", super().f(x), super().f())

    @classmethod
    def c(cls):
        return ("B.c", super().c())

    def s2(self):
        return super().s()

    def p2(self):
        return super().p

    def d(self):
        return super().data

    def missing(self):
        return super().nothing()


class C(B):
    def f(self, x=3):
        return ("C.f", super().f(x))


print(C().f())
print(B.c(), C.c())
print(B().s2(), B().p2(), B().d())
try:
    B().missing()
except AttributeError as e:
    print("AttributeError", e)


def shadow():
    super = lambda: A()

    class D(A):
        def f(self):
            return ("D.f", super().f())

    return D().f()


print(shadow())


class E(A):
    def f(self):
        self = 5
        try:
            return super().f()
        except TypeError as e:
            return ("TypeError", str(e))


print(E().f())


class F(A):
    def f(this, *args):
        return ("F.f", super().f(*args))


print(F().f(7))


class G(A):
    def f(self):
        def inner():
            return self
        return ("G.f", super().f(), inner() is self)


print(G().f())
