d = {"a": 1, "b": 2, "c": 3}
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("a", 1) in d.items())
print(d.keys() & {"a", "z"}, d.keys() | {"z"} == {"a", "b", "c", "z"}, d.keys() - {"a"} == {"b", "c"}, d.items() & {("a", 1)})
print(d.get("a"), d.get("z"), d.get("z", "default"))
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("d"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update([("x", 9)], y=10)
print(d)
d.update({"a": -1})
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), []))
c = d.copy()
c["new"] = 1
print(d, c)
print(d | {"z": 0}, {"a": 0} | d)
d |= {"q": 5}
print(d)
print(list(reversed(d)), list(reversed(d.items()))[:2])
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(d == dict(d), {1: 2} == {1: 2.0}, {1: 2} != {2: 1})
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
d.clear()
print(d, bool(d))
print(dict(a=1, **{"b": 2}), dict({"x": 1}, y=2), dict([["k", "v"]]))
k = {"a": 1}.keys()
print(type(k).__name__, k.mapping if hasattr(k, "mapping") else None)
