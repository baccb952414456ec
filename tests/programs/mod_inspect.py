import inspect
def f(a, b: int = 2, *args, c, d="x", **kw) -> str:
    """Docstring here."""
    return "r"
sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is p.empty, p.annotation)
print(sig.return_annotation, inspect.getdoc(f))
b = sig.bind(1, c=3)
b.apply_defaults()
print(b.arguments)
class K:
    def m(self, x):
        pass
    @classmethod
    def cm(cls):
        pass
print(inspect.signature(K.m), inspect.signature(K().m), inspect.signature(K.cm))
print(inspect.isfunction(f), inspect.isclass(K), inspect.ismethod(K().m), inspect.isgeneratorfunction(f), inspect.isbuiltin(len))
def g():
    yield 1
print(inspect.isgeneratorfunction(g), inspect.isgenerator(g()))
print([n for n, _ in inspect.getmembers(K) if not n.startswith("_")])
print(inspect.signature(lambda x, /, y=1: 0), inspect.getmro(bool))
def current():
    return inspect.currentframe().f_code.co_name
print(current())
