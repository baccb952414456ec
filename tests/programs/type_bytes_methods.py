b = b"  Hello, Bytes World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase())
print(b.split(b","), b.rsplit(None, 1), b.strip().split(b" ", 1), b.count(b"l"), b.find(b"World"), b.rfind(b"l"))
print(b"abc".replace(b"b", b"XX"), b"a-b-c".rsplit(b"-", 1), b"a\nb\r\nc".splitlines(keepends=True))
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".index(b"l"), b"hello".rindex(b"l"))
print(b"%s and %s" % (b"this", b"that"), b"%05.1f|%-4d|%x" % (3.14159, 7, 255), b"%(k)s" % {b"k": b"v"})
print(b"abc".center(9, b"-"), b"abc".ljust(5, b"*"), b"abc".rjust(5), b"42".zfill(5), b"-42".zfill(5))
print(b"hello world".title(), b"HELLO".capitalize(), b"a\tb".expandtabs(), b"AbC".isupper(), b"".isalpha())
print(b"x".join([b"1", b"2", b"3"]), b"".join([bytearray(b"a"), b"b", memoryview(b"c")]))
print(b"abcabc".partition(b"c"), b"abcabc".rpartition(b"c"), b"abc".partition(b"z"))
print(bytes.fromhex("00 ff 10"), b"\x00\xff\x10".hex(" "), b"abc".hex(), bytes.fromhex(""))
print(b"hello"[1], b"hello"[1:2], b"hello"[-1:], list(b"hi"), bytes(reversed(b"abc")), b"abc" * 2)
print(b"A" < b"B", b"abc" < b"abd", b"" < b"a", b"b" > b"abc", max(b"hello"), b"a" in b"cat", 97 in b"cat")
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"%d" % "x"
except TypeError as e:
    print("TypeError:", e)
print(b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"), "é".encode("utf-16-le"))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"  x  ".strip(b" x"), b"aXbXc".split(b"X", maxsplit=1))
