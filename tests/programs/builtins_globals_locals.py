x = 1
g = globals()
g["dynamic_global"] = "created via globals()"
print(dynamic_global)
def f(a, b=2):
    c = a + b
    loc = locals()
    loc["c"] = 999
    return sorted(loc.items()), c
print(f(1))
def g2():
    y = 1
    def inner():
        return y
    return sorted(locals())
print(g2())
class C:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
print(C.q)
print("x" in globals(), "f" in globals(), globals()["__name__"])
print(locals() is globals())
def modify_via_exec():
    exec("z = 5")
    return "z" in locals()
print(modify_via_exec())
def vars_no_arg():
    local_v = 3
    return sorted(vars())
print(vars_no_arg())
ns = {}
exec("def h(): return global_in_ns\nglobal_in_ns = 'from ns'", ns)
print(ns["h"]())
del g["dynamic_global"]
print("dynamic_global" in globals())
