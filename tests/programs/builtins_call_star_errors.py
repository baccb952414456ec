# Call-site argument errors: f(*x)/f(**x) naming the callee, eval/exec/compile argument checks.
def f(*a, **k): pass
class C:
    def m(self, *a): pass
for src in ["f(*1)", "f(**1)", "print(*1)", "C().m(*None)", "f(**{1: 2})", "f(a=1, **{'a': 2})", "[*1]", "{**1}", "(*1,)", "{*1}", "f(*[], *1)", "len(*1)", "eval(1)", "exec(1)", "eval('x', 1)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
for src in ['eval("1", {}, 1)', 'exec("1", 1)', 'exec("1", {}, 1)', 'compile(1, "f", "exec")', 'eval("1", 1, {})', 'f(1, *2)', 'f(*2, 1)', 'f(*2, k=1)', 'f(*2, **{})', 'f(*None, *[])']:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
def g(*a): return a
print(g(*Seq()), g(*(1, 2)), g(*"ab"), g(*{3: 4}), eval("x", {}, {"x": 5}))

def g():
    yield 1
    raise ValueError("inner")
def f(*a): return a
try:
    f(*g())
except ValueError as e:
    print("VE", e)
class BadIter:
    def __iter__(self): raise TypeError("custom iter error")
try:
    f(*BadIter())
except TypeError as e:
    print("TE", e)
class NotIt:
    __iter__ = None
try:
    f(*NotIt())
except TypeError as e:
    print("TE", e)
print(f(*range(3)), f(*{"a": 1}), f(*"xy"), print(*[]))
t = (1, 2)
print(f(*t) is t, f(*t) == t)
class T(tuple): pass
print(type(f(*T((1,)))).__name__)
