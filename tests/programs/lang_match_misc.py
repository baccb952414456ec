import collections
def kind(v):
    match v:
        case bool():
            return "bool"
        case int() if v < 0:
            return "negative int"
        case int():
            return "int"
        case float(x) if x != x:
            return "nan"
        case float():
            return "float"
        case str() | bytes():
            return "text"
        case {"__type__": "point", "x": x, "y": y}:
            return f"point dict {x},{y}"
        case collections.OrderedDict():
            return "ordered dict"
        case dict():
            return "dict"
        case [int(), int()] as pair:
            return f"int pair {pair}"
        case (str(), *rest):
            return f"str-led sequence + {len(rest)}"
        case list() | tuple():
            return "sequence"
        case set() | frozenset():
            return "set"
        case None:
            return "none"
        case _:
            return type(v).__name__
for v in [True, -3, 7, float("nan"), 1.5, "s", b"b", {"__type__": "point", "x": 1, "y": 2},
          collections.OrderedDict(), {}, [1, 2], ("a", 1, 2), [1.5], {1}, frozenset(), None, range(2), 3j]:
    print(repr(v), "->", kind(v))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)
match {"a": {"b": {"c": 1}}}:
    case {"a": {"b": {"c": value}}}:
        print("nested mapping", value)
match "hello":
    case "hel" "lo":
        print("concatenated literal pattern")
match -0.0:
    case 0:
        print("-0.0 matches 0")
match 1:
    case True:
        print("1 matches True?")
    case _:
        print("1 does not match True (identity for singletons)")
