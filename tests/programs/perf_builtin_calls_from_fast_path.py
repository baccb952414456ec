# Builtins called from the interpreter's fast path: results, errors with
# their traceback lines, and finalizers that run right after the call.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def work():
    items = [Noisy("a"), Noisy("b")]
    items.pop()
    print("after pop")
    d = {"k": 1}
    print(d.get("k"), d.get("z", 0), len(items), isinstance(items, list))
    try:
        d.pop("missing")
    except KeyError as e:
        print("KeyError", e, tb_lines(e))
    try:
        int("x")
    except ValueError as e:
        print("ValueError", e, tb_lines(e))
    print(sys._getframe().f_lineno)
    return items


left = work()
print("returned", len(left))
left.clear()
print("cleared")


def deep(n):
    if n == 0:
        return len([1, 2, 3])
    return deep(n - 1) + abs(-n)


print(deep(50))
print(sorted([3, 1, 2]), max(3, 9), min([4, 2]), divmod(17, 5), "a,b".split(","))
