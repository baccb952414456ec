b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
print(b + b"!", b * 2, b"a" in b, b"lo w" in b, 104 in b, 300 in b if False else "skip")
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.split(), b.split(b"o"), b.replace(b"l", b"L"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.strip(b"hd"), b"  x ".strip(), b.partition(b" "), b"-".join([b"a", b"b"]), b.center(15, b"*"))
print(b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("41"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"ABC".isupper(), b" \t".isspace(), b"Ab1".isalnum(), b"x".isascii())
print(repr(b"\x00\x01\x7f\x80\xff\n\t\r'\"\\"), repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
print(b"abc" < b"abd", b"abc" == b"abc", b"a" == "a", hash(b"abc") == hash(b"abc"))
print(b.decode(), str(b), b"%d-%s" % (1, b"x"), b"x".zfill(3), b"ab".ljust(4, b"."))
print(bytes.maketrans(b"ab", b"xy"), b"aabb".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
print(b"a,b,,c".split(b","), b"a b".rsplit(maxsplit=1), b"l1\nl2\r\n".splitlines(), b"tab\t".expandtabs(4))
print(b.removeprefix(b"hello "), b.removesuffix(b"world"), list(reversed(b"abc")), sorted(b"cab"))
print(max(b"abc"), sum(b"\x01\x02"), b"abc".isupper(), b"abc".istitle(), b"Abc".istitle())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(bytes(memoryview(b"mv")), b"\xc3\xa9".decode("utf-8"), b"x" * 0)
