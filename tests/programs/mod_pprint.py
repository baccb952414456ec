import pprint
data = {"name": "widget", "tags": ["a", "b", "c"], "dims": {"w": 10, "h": 20, "d": [1, 2, 3]},
        "history": [{"v": i, "note": "entry number %d" % i} for i in range(4)]}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=30, compact=True))
pprint.pprint(data, depth=1)
print(pprint.pformat("x" * 100, width=40))
print(pprint.isreadable(data), pprint.isrecursive(data))
r = [1]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r))
