# The mappingproxy a class's __dict__ gives: read-only dict methods.
class C:
    a = 1
    b = "two"
p = C.__dict__
print(type(p).__name__, p["a"], p.get("b"), p.get("zz"), p.get("zz", 0), "a" in p, "zz" in p)
print(sorted(k for k in p.keys() if not k.startswith("_")))
print([v for k, v in p.items() if k in ("a", "b")], len(list(p.values())) == len(p))
d = p.copy()
print(type(d).__name__, d["a"], d is not p)
print(list(reversed(p))[-1] == list(p)[0])
try:
    p["a"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    p.get()
except TypeError as e:
    print("TypeError:", e)
print(int.__dict__["bit_length"] is int.__dict__.get("bit_length"))
