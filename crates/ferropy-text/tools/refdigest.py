"""Digest and pseudo-random helpers shared by the reference-data generators.

tests/common/mod.rs implements the same FNV-1a-64 digest and xorshift64
generator, so tests can regenerate the inputs instead of storing them.
"""
FNV_OFFSET, FNV_PRIME, M64 = 0xCBF29CE484222325, 0x100000001B3, (1 << 64) - 1
SEED = 0x9E3779B97F4A7C15


class Digest:
    """FNV-1a-64 over little-endian u32 words, plus an item count."""

    def __init__(self):
        self.h = FNV_OFFSET
        self.n = 0

    def word(self, v):
        for b in v.to_bytes(4, "little"):
            self.h = ((self.h ^ b) * FNV_PRIME) & M64

    def text(self, s):
        for c in s:
            self.word(ord(c))
        self.word(0xFFFFFFFF)

    def render(self):
        return f"{self.n} {self.h:016x}"


class XorShift:
    def __init__(self, seed=SEED):
        self.s = seed

    def next(self):
        x = self.s
        x ^= (x << 13) & M64
        x ^= x >> 7
        x ^= (x << 17) & M64
        self.s = x
        return x


def random_strings(pool, count, max_len=12):
    """Strings of 0..=max_len chars: 7/8 from pool, 1/8 any non-surrogate."""
    rng = XorShift()
    out = []
    for _ in range(count):
        n = rng.next() % (max_len + 1)
        s = []
        for _ in range(n):
            r = rng.next()
            if r % 8 == 0:
                c = (r >> 8) % 0x110000
                if 0xD800 <= c <= 0xDFFF:
                    c = 0x41
                s.append(chr(c))
            else:
                s.append(pool[(r >> 8) % len(pool)])
        out.append("".join(s))
    return out


def pool_line(pool):
    return "pool " + ",".join(f"{ord(c):x}" for c in pool)
