import math
five = 5
one_half = 1.5
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
    lambda: [1][5], lambda: (1,)[-5], lambda: "ab"[9], lambda: {}["k"], lambda: {}[(1, 2)],
    lambda: int("x"), lambda: float("y"), lambda: math.sqrt(-1), lambda: math.log(0),
    lambda: [].remove(1), lambda: "abc".index("z"), lambda: (1, 2).index(3),
    lambda: undefined_xyz, lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: "a" * "b",
    lambda: -"a", lambda: ~1.5, lambda: None.attr, lambda: (1).attr, lambda: "s".nope,
    lambda: len(5), lambda: iter(5), lambda: next(iter([])), lambda: five(), lambda: "s"[one_half],
    lambda: {}.fromkeys(1), lambda: [1, 2, 3][1:2:0], lambda: chr(-1), lambda: import_nope(),
    lambda: list.nope, lambda: int.nope, lambda: object().__dict__, lambda: sorted([1, "a"]),
    lambda: {[]: 1}, lambda: set([[]]), lambda: 2 ** 10000 * 1.0, lambda: float(2 ** 10000),
    lambda: "".join([1]), lambda: b"a" + "b", lambda: int(None), lambda: math.factorial(-1),
    lambda: range(1, 2, 0), lambda: "x".encode("ascii2"), lambda: bytes([300]),
    lambda: [1].pop(3), lambda: {1}.remove(2), lambda: dict(a=1)["b"], lambda: max([]),
    lambda: 1 < None, lambda: None < None, lambda: [1] < "a", lambda: abs(None),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
