class Key:
    def __init__(self, a):
        self.a = a
    def __eq__(self, o):
        return isinstance(o, Key) and self.a == o.a
    def __hash__(self):
        return hash(self.a)
    def __repr__(self):
        return f"Key({self.a})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__)
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqNoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
cs = {Collide(i): i for i in range(10)}
print(len(cs), cs[Collide(7)])
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2))
print(hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.5), hash(float("inf")), hash(-0.0))
print(hash((1, 2, 3)), hash(()), hash((1,)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()))
