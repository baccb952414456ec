from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c.update("aaz")
c.subtract({"a": 2})
print(sorted(c.items()))
print(Counter([1, 2, 2]) + Counter([2, 3]), Counter("ab") - Counter("b"), Counter("ab") & Counter("bc"), Counter("ab") | Counter("bb"))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd.default_factory.__name__, dd["new"], len(dd))
counts = defaultdict(int)
for w in "to be or not to be".split():
    counts[w] += 1
print(sorted(counts.items()))
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, d[0], d[-1])
d.rotate(2)
print(d)
d.extendleft([9, 8])
print(d, d.pop(), d.popleft(), list(d))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 0])
print(P3(1), P3._field_defaults)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"])
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
