print("a,b,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), ",a,,b,".split(","))
print("  a  b   c  ".split(), "  a  b   c  ".split(None, 1), "  a  b   c  ".rsplit(None, 1), "".split(), "".split(","))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=-1), "a\tb\nc\x0bd\x1ce\u2003f".split())
print("abcXYabcXY".split("XY"), "aaa".split("a"), "aaa".split("aa"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("line1\nline2\r\nline3\rline4".splitlines(), "x\n\ny\n".splitlines(), "x\ny".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("-".join("abc"), ", ".join(["x"]), "".join([]), "|".join(map(str, range(5))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)
print(" x ".strip(), "\t\nx\r ".strip(), "xyzabczyx".strip("xyz"), "abc".lstrip("ba"), "abc".rstrip("cb"), "  ".strip() == "")
print("\u3000wide space\u3000".strip(), "..a..".strip("."), "abc".strip(""))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "\t".expandtabs(0), "x\ty\nab\tc".expandtabs(3))
