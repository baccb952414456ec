"""Writes tests/data/unicode_digests.txt: CPython 3.13 reference digests.

For each single-character predicate (str.isX on chr(c)) and case mapping,
records the number of code points concerned and an FNV-1a-64 digest of them,
computed straight from CPython's str methods over 0..=0x10FFFF (independent
of the generated tables). Also digests the string-level methods over
pseudo-random strings that tests/unicode_cpython.rs regenerates with the same
xorshift generator and character pool.
"""
import os
import sys
import unicodedata

from refdigest import Digest, pool_line, random_strings

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "unicode_digests.txt")
POOL = ("aAbBzZ \t\nΣσςΑαİıiIßẞﬁǅǆǄ'.:_0٣x·ʰͅ\u0300\u00adⅠⅰᾈᾳ\u200d\U0001d400"
        "\U00010400\U0001e900ŉΐǰ\u2028\x85")
N_STRINGS = 4000


PREDICATES = {
    "isprintable": lambda ch: ch.isprintable(),
    "isidentifier_start": lambda ch: ch.isidentifier(),
    "isidentifier_continue": lambda ch: ("a" + ch).isidentifier(),
    "isdecimal": lambda ch: ch.isdecimal(),
    "isdigit": lambda ch: ch.isdigit(),
    "isnumeric": lambda ch: ch.isnumeric(),
    "isalpha": lambda ch: ch.isalpha(),
    "isalnum": lambda ch: ch.isalnum(),
    "isspace": lambda ch: ch.isspace(),
    "isupper": lambda ch: ch.isupper(),
    "islower": lambda ch: ch.islower(),
    "istitle": lambda ch: ch.istitle(),
    "linebreak": lambda ch: len(("a" + ch + "b").splitlines()) == 2,
}
MAPPINGS = {"lower": str.lower, "upper": str.upper, "title": str.title, "casefold": str.casefold}
STRING_METHODS = {
    "lower": str.lower, "upper": str.upper, "casefold": str.casefold, "swapcase": str.swapcase,
    "capitalize": str.capitalize, "title": str.title,
    "isupper": lambda s: "1" if s.isupper() else "0",
    "islower": lambda s: "1" if s.islower() else "0",
    "istitle": lambda s: "1" if s.istitle() else "0",
    "isidentifier": lambda s: "1" if s.isidentifier() else "0",
    "isprintable": lambda s: "1" if s.isprintable() else "0",
}


def main():
    assert sys.version_info[:2] == (3, 13) and unicodedata.unidata_version == "15.1.0"
    lines = [pool_line(POOL)]
    for name, pred in PREDICATES.items():
        d = Digest()
        for c in range(0x110000):
            if pred(chr(c)):
                d.word(c)
                d.n += 1
        lines.append(f"char {name} {d.n} {d.h:016x}")
    d = Digest()
    for c in range(0x110000):
        if unicodedata.category(chr(c)) == "Nd":
            d.word(c)
            d.word(unicodedata.decimal(chr(c)))
            d.n += 1
    lines.append(f"char decimal_value {d.n} {d.h:016x}")
    for name, fn in MAPPINGS.items():
        d = Digest()
        for c in range(0x110000):
            if 0xD800 <= c <= 0xDFFF:
                continue
            m = fn(chr(c))
            if m != chr(c):
                d.word(c)
                d.text(m)
                d.n += 1
        lines.append(f"map {name} {d.n} {d.h:016x}")
    strings = random_strings(POOL, N_STRINGS)
    for name, fn in STRING_METHODS.items():
        d = Digest()
        for s in strings:
            d.text(fn(s))
        d.n = len(strings)
        lines.append(f"strings {name} {d.n} {d.h:016x}")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


main()
