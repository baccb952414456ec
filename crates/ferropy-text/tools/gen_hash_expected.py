"""Writes tests/data/hash_expected.txt: expected hashes from CPython 3.13.

Run with CPython 3.13 (64-bit). The str/bytes lines are produced by running
child interpreters under PYTHONHASHSEED=0, 1 and 12345.
Line formats (whitespace separated, '-' stands for an empty list):
  int <decimal> <hash>
  float <f64 bits hex> <hash>
  complex <re bits hex> <im bits hex> <hash>
  tuple <item hashes, comma separated> <hash>
  frozenset <item hashes, comma separated> <hash>
  str <seed> <code points hex, comma separated> <hash>
  bytes <seed> <bytes hex> <hash>
"""
import os
import random
import struct
import subprocess
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "hash_expected.txt")


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def str_cases():
    rng = random.Random(2024)
    cases = ["", "a", "abc", "hello world", "x" * 7, "x" * 8, "x" * 9, "x" * 16,
             "é", "café", "ÿ" * 5, "\x00", "\x00\x00", "Ā", "日本語", "€uro",
             "\uffff", "\U0001f600", "a\U0001f600b", "\U0010ffff", "Σσς"]
    pools = [(0x20, 0x7e), (0, 0xff), (0x100, 0xffff), (0, 0xffff), (0x10000, 0x10ffff), (0, 0x10ffff)]
    for lo, hi in pools:
        for n in list(range(0, 18)) + [31, 32, 33]:
            s = []
            while len(s) < n:
                c = rng.randint(lo, hi)
                if 0xD800 <= c <= 0xDFFF:
                    continue
                s.append(chr(c))
            cases.append("".join(s))
    return cases


def bytes_cases():
    rng = random.Random(7)
    cases = [b"", b"a", b"abc", b"\x00" * 3, b"\xff" * 17]
    for n in list(range(0, 18)) + [31, 32, 33]:
        cases.append(bytes(rng.randrange(256) for _ in range(n)))
    return cases


def child_hashes(seed, strs, bs):
    code = (
        "import sys, ast\n"
        "data = ast.literal_eval(sys.stdin.read())\n"
        "for s in data[0]: print(hash(s))\n"
        "for b in data[1]: print(hash(b))\n"
    )
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    out = subprocess.run([sys.executable, "-c", code], input=repr((strs, bs)),
                         capture_output=True, text=True, env=env, check=True).stdout.split()
    return [int(x) for x in out]


def main():
    assert sys.version_info[:2] == (3, 13) and sys.hash_info.width == 64
    lines = []
    rng = random.Random(99)
    ints = [0, 1, -1, -2, 2, 10**6, -(10**6), 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61),
            2**63 - 1, -(2**63), 2**64, -(2**64), 10**30, -(10**30), 3**200, -(7**300), 2**122 - 1,
            (2**61 - 1) * (2**61 + 5) - 1]
    ints += [rng.randint(-(2**200), 2**200) for _ in range(100)]
    ints += [rng.randint(-(2**63), 2**63 - 1) for _ in range(100)]
    for v in ints:
        lines.append(f"int {v} {hash(v)}")
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, float("inf"), float("-inf"), 3.141592653589793, 2.0**61, 2.0**62,
              2.0**-61, 0.1, 1e-10, 123456789.125, 2.0**1023, 2.0**-1074]
    floats += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(100)]
    floats = [f for f in floats if f == f]
    for f in floats:
        lines.append(f"float {bits(f):x} {hash(f)}")
    for _ in range(60):
        re, im = rng.choice(floats), rng.choice(floats)
        lines.append(f"complex {bits(re):x} {bits(im):x} {hash(complex(re, im))}")
    tuples = [(), (1,), (1, 2), (1, 2, 3), ((),), ("a",), (1.5, -1), (-1,), (-2,), ((1, 2), (3, 4)),
              tuple(range(100))]
    tuples += [tuple(rng.randint(-(2**64), 2**64) for _ in range(rng.randrange(12))) for _ in range(40)]
    for t in tuples:
        hs = ",".join(str(hash(x)) for x in t) or "-"
        lines.append(f"tuple {hs} {hash(t)}")
    sets = [frozenset(), frozenset({0}), frozenset({1, 2, 3}), frozenset({-1}), frozenset({(), frozenset()}),
            frozenset(range(1000))]
    sets += [frozenset(rng.randint(-(2**64), 2**64) for _ in range(rng.randrange(20))) for _ in range(40)]
    for s in sets:
        hs = ",".join(str(hash(x)) for x in s) or "-"
        lines.append(f"frozenset {hs} {hash(s)}")
    strs, bs = str_cases(), bytes_cases()
    for seed in (0, 1, 12345, 4294967295):
        hashes = child_hashes(seed, strs, bs)
        for s, h in zip(strs, hashes):
            cps = ",".join(f"{ord(c):x}" for c in s) or "-"
            lines.append(f"str {seed} {cps} {h}")
        for b, h in zip(bs, hashes[len(strs):]):
            lines.append(f"bytes {seed} {b.hex() or '-'} {h}")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


main()
