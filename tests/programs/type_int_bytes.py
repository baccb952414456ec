print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(1, "big"), (255).to_bytes(1, "big"), (1).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x01"))
print(int.from_bytes(bytearray(b"\x00\x80"), "big", signed=True))
n = 123456789012345678901234567890
bs = n.to_bytes((n.bit_length() + 7) // 8, "big")
print(bs.hex(), int.from_bytes(bs, "big") == n)
class MyInt(int): pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__)
print((65).to_bytes(3, "little").hex(), (-2 ** 31).to_bytes(4, "big", signed=True).hex())
