d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d), list(d.values()))
print({**d, "alpha": -1})
ints = {}
for i in [5, 3, 9, 1, 7]:
    ints[i] = i * i
print(ints)
for k in list(ints):
    if k % 3 == 0:
        del ints[k]
print(ints)
try:
    for k in ints:
        ints[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
big[0] = "back"
print(list(big)[-1])
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items())))
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1])))
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
n = {True: "bool", 1: "int"}
print(n)
print({(1, 2): "t", frozenset([1]): "fs", None: "none", 2.5: "f"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(list({"a": 1, "b": 2}.items()) == [("a", 1), ("b", 2)])
