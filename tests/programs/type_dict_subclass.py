class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
d = LoggingDict()
d["a"] = 1
print(d["a"])
d.update(b=2)
print(d.get("a"), dict(d), d)
print(isinstance(d, dict), type(d).__name__, type(d.copy()).__name__)
class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
dd = Default()
print(dd["abc"], dd, dd.get("zz"), "zz" in dd)
from collections import UserDict
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ud = Lower()
ud["KeY"] = 1
ud.update({"OTHER": 2})
print(ud, ud.data, "key" in ud)
class Ordered(dict):
    def keys(self):
        return sorted(super().keys())
o = Ordered(b=1, a=2)
print(list(o), o.keys(), dict(**o) if False else {**o})
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
ad = Attr(x=1)
ad.y = 2
print(ad.x, ad.y, ad)
print(Default.fromkeys("ab", 0), type(Default.fromkeys("ab")).__name__)
print(LoggingDict(a=1) == {"a": 1}, {"a": 1} | Default(b=2), type({"a": 1} | Default(b=2)).__name__)
