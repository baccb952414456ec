def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", **rest}:
            return f"special key, rest={sorted(rest.items())}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": True},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter", "mod": "shift"},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
]
for e in events:
    print(handle(e))
from collections import defaultdict
dd = defaultdict(int)
match dd:
    case {"missing": v}:
        print("should not match", v)
    case _:
        print("defaultdict get does not create keys:", dict(dd))
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others", others)
match {1: "int key", "1": "str key"}:
    case {1: v1, "1": v2}:
        print(v1, "/", v2)
