print(str(1), str(1.0), str("s"), str([1]), str((1,)), str({1: 2}), str({1}), str(None), str(b"b"))
print(repr(1), repr("s"), repr('"'), repr("'"), repr("\\"), repr([1, "a"]))
print(ascii("ñ"), ascii(["é", 1]), ascii("\n"), ascii("🐍"))
print(int("10"), int(10.9), int("-0b11", 0), float("3"), float(3), complex(1), complex(1, 1), complex("2j"))
print(bool(0), bool("x"), list("ab"), tuple([1]), set([1, 1]), frozenset("a"), dict([(1, 2)]))
print(chr(65), ord("A"), chr(8364), ord("€"))
print(bytes(2), bytes("a", "ascii"), bytearray(b"x"), list(b"ab"))
print(type(1), type("s"), type([]), type(type), type(None))
for bad in [lambda: int(None), lambda: float(None), lambda: complex(None), lambda: list(1), lambda: tuple(1), lambda: dict(1), lambda: set(1), lambda: str(1, 2), lambda: chr("a"), lambda: ord(1), lambda: bytes(1.5), lambda: bool(1, 2), lambda: complex("1", 2), lambda: dict([1])]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(float("1e-3"), float(" -inf "), int(" 0x1f ".strip(), 16))
print(str(b"abc", "utf-8"), str(bytearray(b"z"), encoding="ascii"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(list(map(int, "123")), list(map(float, ["1", "2.5"])))
