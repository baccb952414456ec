# Fast paths of str methods and builtin constructors: split/rsplit/
# splitlines (ASCII and non-ASCII), strip, startswith/endswith with tuples,
# find/rfind, case mapping, padding, replace, int() parsing, type calls.


class S(str):
    pass


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


texts = ["", " ", "a|b||c|", "|", "x", "  a b\tc\n d  ", "\x1c a\x1fb\x1d",
         "héllo wörld  ünï", "\u3000a\u2028b\x85c ", "a\u00a0b", "日本|語|", "|日本"]
for t in texts:
    for sep in [None, "|", "||", "b", "本"]:
        for m in [-1, 0, 1, 2]:
            show(("split", t, sep, m), lambda: t.split(sep, m))
            show(("rsplit", t, sep, m), lambda: t.rsplit(sep, m))
    show(("split-kw", t), lambda: t.split(sep="|", maxsplit=1))
    show(("rsplit-kw", t), lambda: t.rsplit(maxsplit=1))
    show(("splitlines", t), lambda: t.splitlines())
    show(("splitlines-keep", t), lambda: t.splitlines(True))
    show(("strip", t), lambda: (t.strip(), t.lstrip(), t.rstrip(), t.strip(" a|")))
    show(("case", t), lambda: (t.upper(), t.lower(), t.title(), t.capitalize(),
                               t.swapcase(), t.casefold()))
    show(("pad", t), lambda: (t.center(9, "*"), t.ljust(8), t.rjust(7, "é"),
                              t.center(10), t.zfill(6), t.center(0)))
    show(("replace", t), lambda: (t.replace("|", "--"), t.replace("", "."),
                                  t.replace("a", "", 1), t.replace("本", "x", 0)))
    show(("find", t), lambda: (t.find("b"), t.rfind("b"), t.find("本"), t.rfind(""),
                               t.find("b", -3), t.find("b", None, -1), t.rfind("|", 1, 4)))

lines = "alpha beta\ngamma\r\ndelta\x0bepsilon\x0cz\x1ey\u2029x\rw"
print(lines.splitlines(), lines.splitlines(keepends=True))
print("1-2-3".split("-", maxsplit=-5), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("a,b,c".rsplit(",", 1), "".split(","), "".split(), "   ".split(), "  ".rsplit())
print("title case 3rd x2y o'neil ÀB".title(), "x1a2 B".title(), "mIxEd_09".swapcase())
print("abc".capitalize(), "ABC".capitalize(), "".capitalize(), "1aB".capitalize())

for s in ["apple", "egg", "Apple", "", "banana", "日本"]:
    print(s, s.startswith(("a", "e")), s.startswith(()), s.endswith(("e", "g", "本")),
          s.startswith("p", 1), s.startswith(("p", "x"), -4, -1), s.endswith("", 10),
          s.startswith("", 2, 1), s.startswith(("a",), None, None))
show("startswith-bad", lambda: "abc".startswith(("a", 1)))
show("startswith-bad2", lambda: "abc".startswith(("x", 1)))
show("startswith-bad3", lambda: "abc".startswith(1))
show("startswith-kw", lambda: "abc".startswith(prefix="a"))
show("endswith-big", lambda: "abc".endswith("c", 0, 10**30))
show("split-bad", lambda: "abc".split(1))
show("split-empty", lambda: "abc".split(""))
show("split-args", lambda: "abc".split(",", 1, 2))
show("split-kw-bad", lambda: "abc".split(x=1))
show("split-kw-dup", lambda: "abc".split(",", sep=","))
show("upper-args", lambda: "abc".upper(1))
show("center-args", lambda: "abc".center())
show("center-fill", lambda: "abc".center(5, "ab"))
show("join-kw", lambda: ",".join(iterable=[]))
show("replace-count-kw", lambda: "aaa".replace("a", "b", count=2))
show("unbound", lambda: str.split())

sub = S("  Sub Class|x  ")
for r in [sub.strip(), sub.split("|"), sub.upper(), sub.center(3), sub.title(),
          sub.replace("x", "y"), sub.lstrip("q")]:
    print(type(r).__name__, repr(r))
print(type(S("abc").strip()).__name__, "abc".strip() is "abc".strip())
x = "keep"
print(x.strip() is x, x.center(2) is x, x.upper() is x, x.zfill(1) is x)

for text, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0b101", 0),
                   ("0o17", 0), ("101", 2), ("zz", 36), ("Z_Z", 36), (" -12_3 ", 10),
                   ("+7", 10), ("\t42\n", 0), ("010", 0), ("0_0", 0), ("00", 0),
                   ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), (" ", 16),
                   ("9223372036854775807", 10), ("9223372036854775808", 10),
                   ("-9223372036854775808", 10), ("-9223372036854775809", 10),
                   ("ffffffffffffffffff", 16), ("١٢٣", 10), ("\u3000 12\u3000", 10),
                   ("12", 2), ("0x", 16), ("0x_1", 16), ("0x__1", 16), ("x", 37),
                   ("7", 1), ("1e3", 10), ("1.5", 10), ("0" * 700 + "1", 10)]:
    show(("int", text[:40], base), lambda: int(text, base))
for v in ["12", " 7 ", "-0", "abc", "1" * 30, S("42"), b"17", 3.9, True, "٣"]:
    show(("int1", v), lambda: int(v))
show("int-kw", lambda: int("ff", base=16))
show("int-nonstr-base", lambda: int(12, 10))


class I(int):
    pass


class WithInt(str):
    def __int__(self):
        return 99


print(int(WithInt("5")), type(I("12", 8)).__name__, I("12", 8))
print(str(12), str(), str(b"ab", "ascii"), repr(str("x")), str(1.5), str(S("q")))
print(list("abc"), tuple("ab"), float("1.25"), type(S("z")).__name__)
show("str-bad", lambda: str(b"a", 1))
show("object-args", lambda: object(1))


class NoInit:
    def __new__(cls, *a):
        return super().__new__(cls)


print(type(NoInit(1, 2)).__name__)
