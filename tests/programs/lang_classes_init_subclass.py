class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a, Model.a.name)
m.__dict__["a"] = "set"
print(m.a)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x"], G[1, 2])
class Ordered:
    z = 1
    a = 2
    m = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
class WithAnn:
    x: int
    y: str = "s"
print(WithAnn.__annotations__)
