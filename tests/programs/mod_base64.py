import base64
for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(10)), "héllo".encode()]:
    e = base64.b64encode(raw)
    print(raw, e, base64.b64decode(e) == raw, base64.b32encode(raw), base64.b16encode(raw))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b85decode(base64.b85encode(b"xyz")))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__ + ":", e)
print(base64.b64decode("YWJj"), base64.b64decode(b"YW Jj", validate=False), base64.standard_b64encode(b"s"))
print(base64.encodebytes(b"x" * 60))
