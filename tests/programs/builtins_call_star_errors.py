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
