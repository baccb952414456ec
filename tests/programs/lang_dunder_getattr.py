class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no attribute {name!r} here")
d = Dyn()
print(d.real, d.x_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "x_a"), getattr(d, "zzz", "default"), hasattr(d, "zzz"))
class Logged:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
lg = Logged()
lg.a = 1
print(lg.a)
del lg.a
try:
    lg.a
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
t = Target()
p = Proxy(t)
p.v = 10
print(t.v, p.v)
class Both:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
b = Both()
print(b.x, b.boom, b.missing)
class Dirable:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dirable()))
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
try:
    Frozen().q = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(t, "v"))
