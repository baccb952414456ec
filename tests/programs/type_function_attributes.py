def f(a, b=2, *args, c=3, **kw):
    """f's doc"""
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4])
print(f.__globals__ is globals(), f.__closure__, f.__annotations__, f.__dict__)
print(type(f).__name__, callable(f), f.__code__.co_filename.endswith("type_function_attributes.py"), f.__code__.co_firstlineno)
def make(v):
    def inner():
        return v
    return inner
i = make("captured")
print(i.__closure__[0].cell_contents, i.__code__.co_freevars, make.__code__.co_cellvars)
f.__defaults__ = (100,)
print(f(1))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
f.custom = [1, 2]
print(f.__dict__)
g = lambda x, *, y=1: x
print(g.__name__, g.__kwdefaults__, g.__code__.co_flags & 0x04 != 0)
def gen():
    yield
print(gen.__code__.co_flags & 0x20 != 0, f.__code__.co_flags & 0x20 != 0)
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
class K:
    def m(self):
        pass
k = K()
bm = k.m
print(bm.__func__ is K.m, bm.__self__ is k, bm.__name__, bm.__qualname__, k.m == k.m, K().m == k.m)
print(type(bm).__name__, type(K.m).__name__)
def annotated(x: int, y: "str" = "s") -> bool:
    pass
print(annotated.__annotations__)
