log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
def show(label):
    print(label, log)
    log.clear()
t("a", 1) + t("b", 2) * t("c", 3)
show("binary ops:")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
f = lambda *a, **k: None
f(t("p1"), t("p2"), kw=t("kw"), **{t("dk"): t("dv")})
show("call args:")
x = [0, 0]
x[t("idx", 0)] = t("value", 5)
show("subscript assign:")
a = {}
a[t("k", "k")] = a.get(t("g", "k"), 0) + 1
show("aug-like:")
obj = type("O", (), {})()
t("target", obj).attr = t("rhs", 1)
show("attr assign:")
t("cond", True) and t("and-rhs")
t("cond2", 0) or t("or-rhs")
show("boolean:")
t("c1", 1) < t("c2", 2) < t("c3", 3)
show("chained compare:")
[t("e1"), t("e2")][t("i", 0)]
show("list then index:")
t("cond3", 1) if t("test", 1) else t("else")
show("conditional:")
y = z = t("chained")
show("chained assignment:")
p, q = t("r1"), t("r2")
show("tuple assign:")
def default(v=t("default-eval")):
    return v
show("def defaults:")
class K(t("base", object)):
    t("body")
show("class:")
[t(f"c{i}") for i in range(3)]
show("comprehension:")
print(f"{t('f1')}{t('f2')}")
show("fstring:")
x = [1, 2, 3]
x[t("s1", 0):t("s2", 2)] = [t("v", 9)]
show("slice assign:")
n = {"k": 1}
n[t("key", "k")] += t("inc", 1)
show("augmented subscript:")
