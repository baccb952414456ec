a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 10]))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, a >= {1}, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
s = set()
s.add(5); s.add(5); s.add(6)
print(s, len(s))
s.discard(5); s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}; print(c)
c &= {1, 2, 4}; print(c)
c -= {1}; print(c)
c ^= {2, 7}; print(c)
c.update([10, 11], (12,)); print(c)
c.intersection_update(range(11)); print(c)
c.difference_update({10}); print(c)
c.symmetric_difference_update({4, 5}); print(c)
print(set([3, 1, 2]), set("aab") == {"a", "b"}, set(), {1, 2} == {2, 1}, set(range(5)))
print(sorted({"pear", "apple", "fig"}), sorted(set("hello")))
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([3, 2, 1])))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print({fs: "frozen key"}[frozenset({1, 2, 3})], frozenset() == set(), {frozenset(): 1})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print({x % 4 for x in range(20)}, {1, 1.0, True}, len({0, False, 0.0}))
d = {1, 2}
e = d.copy()
e.add(3)
print(d, e, d.__contains__(1), 3 in e)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})))
big = set(range(100))
big -= set(range(0, 100, 2))
print(len(big), min(big), max(big), sum(big))
print(set([1, 2]) == frozenset([1, 2]), {1, 2} < frozenset([1, 2, 3]))
