"""Writes tests/data/repr_digests.txt: CPython 3.13 reference digests for
repr()/ascii() of str and repr() of bytes/bytearray.

  chars repr|ascii: repr(chr(c)) / ascii(chr(c)) for every code point,
      surrogates included, in order.
  strings repr|ascii: over pseudo-random strings (see refdigest.py) drawn
      from the str pool.
  bytes repr|bytearray: over pseudo-random byte strings: the same generator
      with the bytes pool, each char taken modulo 256.
"""
import os
import sys

from refdigest import Digest, pool_line, random_strings

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "repr_digests.txt")
STR_POOL = "ab '\"\\\t\n\r\x00\x1f\x7f\x80\xa0\xad\xe9\xff\u0100\u2028\ue000\uffff\U0001f600\U000e0001\U0010ffff"
BYTES_POOL = "ab '\"\\\t\n\r\x00\x1f\x7f\x80\xff~"
COUNT = 4000


def main():
    assert sys.version_info[:2] == (3, 13)
    lines = [pool_line(STR_POOL).replace("pool", "strpool", 1),
             pool_line(BYTES_POOL).replace("pool", "bytespool", 1)]
    for name, fn in (("repr", repr), ("ascii", ascii)):
        d = Digest()
        for c in range(0x110000):
            d.text(fn(chr(c)))
            d.n += 1
        lines.append(f"chars {name} {d.render()}")
    strings = random_strings(STR_POOL, COUNT)
    for name, fn in (("repr", repr), ("ascii", ascii)):
        d = Digest()
        for s in strings:
            d.text(fn(s))
            d.n += 1
        lines.append(f"strings {name} {d.render()}")
    blobs = [bytes(ord(c) % 256 for c in s) for s in random_strings(BYTES_POOL, COUNT)]
    blobs += [bytes([b]) for b in range(256)]
    for name, fn in (("repr", repr), ("bytearray", lambda b: repr(bytearray(b)))):
        d = Digest()
        for b in blobs:
            d.text(fn(b))
            d.n += 1
        lines.append(f"bytes {name} {d.render()}")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


main()
