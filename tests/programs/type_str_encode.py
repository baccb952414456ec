s = "héllo wörld €🐍"
b = s.encode()
print(b, len(b), b.decode() == s)
print(s.encode("utf-8"), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("utf-16-le")[:8], s.encode("utf-32-be")[:8], len(s.encode("utf-16")))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff abc".decode("utf-8", "replace"), b"\xff abc".decode("utf-8", "ignore"), b"\xff abc".decode("utf-8", "backslashreplace"))
print(b"\xe9".decode("latin-1"), b"caf\xc3\xa9".decode(), "café".encode("cp1252"))
print(b"abc".decode("ascii"), bytes("abc", "utf-8"), bytearray("é", "utf-8"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print(b"\x80abc".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"))
print("ÿ".encode("UTF8"), "ÿ".encode("Latin1"), "a".encode(encoding="utf_16_be"))
