def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first}, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "ab", {"a": 1}, 5, range(3)]:
    print(repr(v), "->", seq(v))
def nested(p):
    match p:
        case [(x, y), *_] if x == y:
            return f"diag {x}"
        case [(x, 0), (0, y)]:
            return f"axes {x} {y}"
        case [[a, b], [c, d]]:
            return a * d - b * c
        case _:
            return "other"
print(nested([(1, 1), 5]), nested([(3, 0), (0, 4)]), nested([[1, 2], [3, 4]]), nested([]))
def star(x):
    match x:
        case [*head, 0]:
            return f"ends with zero, head={head}"
        case [1, *mid, 9]:
            return f"1..9 mid={mid}"
        case [*all_]:
            return f"all={all_}"
print(star([5, 6, 0]), star([1, 2, 3, 9]), star([7]), star([]))
def cmd(c):
    match c.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb} {args}"
        case []:
            return "nothing"
for c in ["go north", "pick up key", "take lamp", "quit", "exit", "dance a jig", ""]:
    print(repr(c), "->", cmd(c))
match (1, [2, 3]):
    case (a, [b, c] as inner):
        print(a, b, c, inner)
match bytearray(b"ab"):
    case [97, 98]:
        print("bytearray not a sequence pattern? it matches")
    case _:
        print("bytearray does not match")
