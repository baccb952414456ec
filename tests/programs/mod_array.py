import array
a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a[0], a[-1], a[1:3], len(a), a.itemsize, a.typecode, sum(a))
a.insert(0, 0)
a.remove(3)
print(a, a.pop(), a.index(4), a.count(1), a.tolist())
b = array.array("d", [1.5, 2.5])
print(b, b.tobytes()[:8].hex(), array.array("b", b"\x01\xff"))
c = array.array("w", "hello")
print(c, c.tounicode())
try:
    array.array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
d = array.array("h")
d.frombytes(b"\x01\x00\x02\x00")
print(d, d == array.array("h", [1, 2]), d * 2, d + d)
a.reverse()
print(a, sorted(a), list(reversed(a)))
d.byteswap()
print(d)
print(array.typecodes)
