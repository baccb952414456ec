import struct
b = struct.pack("<iHb", -2, 65535, 7)
print(b, len(b), struct.unpack("<iHb", b), struct.calcsize("<iHb"), struct.calcsize("iHb"))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!h", -1), struct.pack(">q", -(2 ** 63)))
print(struct.pack("<d", 1.5), struct.unpack("<d", struct.pack("<d", 0.1)), struct.pack(">f", 0.1), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("3s2x?", b"abcdef", True), struct.unpack("4sc", b"abcdz"), struct.pack("<e", 1.0))
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
s = struct.Struct(">HH")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"), list(s.iter_unpack(b"\x00\x01\x00\x02\x00\x03\x00\x04")))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xAABBCCDD)
print(buf, struct.unpack_from("<I", buf, 2))
print(struct.pack("<Q", 2 ** 64 - 1), struct.unpack(">Q", b"\xff" * 8))
