import types
import math
m = types.ModuleType("mymod", "module docstring")
print(m.__name__, m.__doc__, sorted(k for k in vars(m)))
m.x = 1
exec("def f():\n    return x * 10", m.__dict__)
print(m.f(), m.x)
print(type(math).__name__, math.__name__, isinstance(math, types.ModuleType))
try:
    math.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns)
def func():
    pass
print(isinstance(func, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType))
class C:
    def m(self):
        return "method"
bound = types.MethodType(lambda self: "bound " + type(self).__name__, C())
print(bound())
N = types.new_class("N", (object,), {}, lambda ns: ns.update({"v": 42}))
print(N.__name__, N.v)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
mp = types.MappingProxyType({"a": 1})
print(mp, dict(mp))
import sys
print(sys.modules[__name__] is sys.modules["__main__"])
