# super().m where m is a builtin method, and cached attribute access on
# exception instances (whose args/__traceback__/__cause__/__context__ live
# outside __dict__).


class AppError(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code


class Tagged(list):
    def append(self, x):
        super().append(("tag", x))

    def __repr__(self):
        return "Tagged" + super().__repr__()


class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1


class Plain:
    def __init__(self):
        super().__init__()
        super().__setattr__("via_super", 1)

    def __eq__(self, other):
        return super().__eq__(other)

    def __str__(self):
        return "Plain:" + super().__str__()[:8]


for i in range(3):
    try:
        raise AppError(i, "extra")
    except AppError as e:
        print(e.code, e.args, str(e), repr(e))
        e.code += 100
        e.note = "n%d" % i
        print(e.code, e.note, e.__dict__)

t = Tagged()
for i in range(3):
    t.append(i)
print(t, len(t))
c = Counting()
for i in range(3):
    c[i] = i
print(c[2], dict(c))
p = Plain()
print(p.via_super, p == p, p == 1, str(p))

try:
    super(Plain, p).__init__(1)
except TypeError as e:
    print("TypeError", e)


class BadInit(Exception):
    def __init__(self):
        super().__init__(1, 2)
        super().__init__(3)


print(BadInit().args)


def attrs(objs):
    out = []
    for o in objs:
        o.args = ("set", len(out))
        o.value = len(out)
        out.append((o.args, o.value))
    return out


class Holder:
    pass


print(attrs([AppError(1), Holder(), KeyError("k"), AppError(2)]))


def chain(objs, cause):
    for o in objs:
        o.__cause__ = cause
        o.__context__ = cause
        o.__traceback__ = None
        print(type(o).__name__, o.__cause__, o.__suppress_context__, o.__context__)


chain([ValueError(1), AppError(2)], KeyError("c"))
s = StopIteration(5)
print(s.value, s.args)
for o in [StopIteration(1), StopIteration(2)]:
    o.value = 9
    print(o.value, o.args)
