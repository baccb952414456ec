import json
data = {"name": "ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"x": [1, {"y": 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.loads(s) == data, json.loads('{"a": [1, 2.5, "x", null, true, false]}'))
print(json.dumps("é \n \" \\ 🐍"), json.dumps("é", ensure_ascii=False), json.loads('"\\u00e9\\ud83d\\udc0d"'))
print(json.dumps([1e100, 0.1, -0.0, 10 ** 20, float("inf")]), json.loads("1e400"), json.loads("[NaN, -Infinity]"))
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "bool"}), json.dumps({}), json.dumps([]))
for bad in ['{"a": }', "[1, 2", "", "{'single': 1}", "[1,]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(data["tags"], indent=0))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
