d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(list(k), list(v), list(it), len(k))
del d["a"]
print(k, v, it)
print(k == {"b", "c"}, k - {"b"}, k ^ {"c", "z"} == {"b", "z"}, k.isdisjoint({"x"}), it >= {("b", 2)})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "x"}
try:
    for key in d.keys():
        d[key + 1] = "y"
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
e = {"x": 1}
for key in e:
    e[key] = 99
print(e)
import types
mp = types.MappingProxyType({"ro": 1})
print(mp["ro"], list(mp), "ro" in mp, len(mp))
try:
    mp["new"] = 2
except TypeError as err:
    print("TypeError:", err)
vals = {"a": [1], "b": [2]}.values()
print(type(vals).__name__, [1] in vals)
try:
    {"a": 1}.values() == {"a": 1}.values()
    print("values views compare by identity:", {"a": 1}.values() == {"a": 1}.values())
except TypeError as err:
    print(err)
print(repr({}.keys()), repr({1: 2}.items()))
print(sorted({"z": 0, "y": 1}.keys() | ["q"]))
