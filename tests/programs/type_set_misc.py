s = {i * i % 7 for i in range(20)}
print(s, len(s))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
fs = frozenset({frozenset({1}), frozenset({1, 2})})
print(len(fs), frozenset({1}) in fs)
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")))
class P:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, o):
        return self.v == o.v
ps = {P(1), P(4), P(1), P(7)}
print(len(ps), sorted(p.v for p in ps))
a = set(range(1000))
b = set(range(500, 1500))
print(len(a & b), len(a | b), len(a - b), len(a ^ b), min(a & b), max(a ^ b))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
t = {3, 1, 2}
print(t.pop() in {1, 2, 3}, len(t))
print({1, 2}.union(), set().union(*[{1}, {2}, {3}]), set.intersection({1, 2}, {2, 3}, {2}))
print(sorted({-1, -5, 3, 0}), {True, 1, 1.0}, {0.5, 1 / 2})
class S(set):
    pass
print(type(S([1]) | {2}).__name__, S([1]) == {1}, S("ab") >= {"a"})
print(sorted({"b", "a"} | {"c"}), {frozenset(): 0}[frozenset()], frozenset("ab") == {"a", "b"})
