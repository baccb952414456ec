d = {"a": 1, "b": 2}
print(d, len(d), d["a"])
d["c"] = 3
print(d)
d["a"] = 10
print(d)
print("a" in d, "z" in d, "z" not in d)
print(d.get("z"), d.get("z", 0), d.get("b"))
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d)
print(d.pop("c"), d)
print(d.pop("missing", "dflt"))
d.update({"x": 1, "y": 2})
d.update(z=3)
print(d)
print(d.setdefault("x", 100), d.setdefault("w", 100), d)
e = dict(a=1, b=2)
print(e, dict([(1, 2), (3, 4)]), dict(zip("ab", [1, 2])))
print({k: v * 2 for k, v in e.items()})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    d["nope"]
except KeyError as ex:
    print("KeyError", ex)
print(d.popitem(), d)
f = d.copy()
f.clear()
print(f, d)
print({1: "a", 1.0: "b", True: "c"})
print(dict.fromkeys([1, 2, 3], 0))
print({**e, "c": 3}, e | {"a": 5})
nested = {"outer": {"inner": [1, 2]}}
print(nested["outer"]["inner"][1])
