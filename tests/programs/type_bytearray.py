ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" world")
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EEEE"
print(ba)
del ba[0:2]
print(ba)
ba += b"!!"
print(ba, ba * 2)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append("a")
except TypeError as e:
    print("TypeError:", e)
c = ba.copy()
c.clear()
print(c, len(ba) > 0)
print(bytearray(b"abc").upper(), bytearray(b"a b").split(), bytearray(b"xyz").hex(), bytearray.fromhex("4142"))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytes(bytearray(b"q")))
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
m = bytearray(b"0123456789")
m[::2] = b"abcde"
print(m)
m[2:8:3] = [88, 89]
print(m)
print(type(bytearray(b"a") + b"b").__name__, type(b"b" + bytearray(b"a")).__name__)
print(bytearray(b"  strip  ").strip(), bytearray(b"abc").find(b"c"), bytearray(b"aaa").count(b"a"))
mv = memoryview(ba)
print(len(mv), mv[0], bytes(mv[:3]), mv.tobytes()[:3], mv.readonly)
