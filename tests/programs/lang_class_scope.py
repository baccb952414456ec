x = "global"
class A:
    x = "class"
    y = x
    def f(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().f(), A.z, A.w)
def outer():
    x = "enclosing"
    class B:
        print("in B body, x =", x)
        x = "B attr"
        def g(self):
            return x
    return B
B = outer()
print(B.x, B().g())
def outer2():
    v = "enclosing v"
    class C:
        nonlocal_read = v
    return C.nonlocal_read
print(outer2())
class D:
    def __init__(self):
        self.val = __class__.__name__
print(D().val)
class E:
    names = []
    for i in range(3):
        names.append(i)
    del i
print(E.names, hasattr(E, "i"))
class F:
    a = 1
    b = a + 1
    def method(self):
        try:
            return a
        except NameError as e:
            return "NameError: " + str(e)
print(F.b, F().method())
def make():
    class Local:
        pass
    return Local
print(make().__qualname__)
class G:
    locals_seen = sorted(k for k in locals() if not k.startswith("__"))
    q = 1
print(G.locals_seen)
