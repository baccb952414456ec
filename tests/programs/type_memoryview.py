b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape)
m[0] = ord("A")
print(b)
m[1:3] = b"BC"
print(b)
s = m[2:5]
s[0] = ord("z")
print(b, bytes(s))
r = memoryview(b"readonly")
print(r.readonly)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(m == b"ABzdef", m.hex(), bytes(m[::2]))
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
ints = memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0])).cast("i")
print(ints.tolist(), ints.format, ints.itemsize)
print(memoryview(b"xyz").obj)
