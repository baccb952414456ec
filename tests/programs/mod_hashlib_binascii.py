import hashlib
import binascii
import zlib
data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.md5(data).hexdigest())
print(hashlib.sha1(data).hexdigest())
print(hashlib.sha256(data).hexdigest())
print(hashlib.sha512(b"").hexdigest()[:32])
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.name, len(h.digest()))
print(hashlib.new("md5", b"abc").hexdigest(), hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify("48656c6c6f"), binascii.crc32(data), zlib.crc32(data), zlib.adler32(data))
comp = zlib.compress(data * 10)
print(zlib.decompress(comp) == data * 10, len(comp) < len(data * 10))
print(binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
import hmac
print(hmac.new(b"key", b"message", "sha256").hexdigest())
