//! Hash functions that reproduce CPython 3.13's `hash()` on a 64-bit build.
//!
//! Matching CPython bit for bit matters because set and dict iteration order
//! depends on the hashes: with the same `PYTHONHASHSEED`, ferropy must print
//! sets in the same order as CPython.
//!
//! * Numbers use CPython's "numeric hash": the value reduced modulo the
//!   Mersenne prime `2**61 - 1`, so that `hash(1) == hash(1.0) == hash(1+0j)`.
//! * `str` and `bytes` use SipHash-1-3 (`sys.hash_info.algorithm ==
//!   'siphash13'`) keyed by the first 16 bytes of the hash secret. 3.13 has
//!   `Py_HASH_CUTOFF == 0`, so there is no special small-input hash.
//! * A `str` is hashed through its compact internal representation: 1, 2 or
//!   4 bytes per code point (little-endian), chosen by the largest code point.
//! * Tuples use CPython's xxHash-derived combiner, frozensets its
//!   order-independent xor-of-shuffled-hashes.
//!
//! Every public function returns a value that is never `-1`, because CPython
//! reserves `-1` as its error marker (it maps it to `-2`, or to a fixed
//! constant for tuples and frozensets).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The Mersenne prime `2**61 - 1` used by the numeric hash (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// Number of bits of the numeric hash modulus (`_PyHASH_BITS`).
pub const HASH_BITS: u32 = 61;

/// `hash(float('inf'))`; `-inf` hashes to the negation (`sys.hash_info.inf`).
pub const HASH_INF: i64 = 314_159;

/// Multiplier applied to the imaginary part's hash (`sys.hash_info.imag`).
pub const HASH_IMAG: u64 = 1_000_003;

/// `hash(None)`: a constant since Python 3.12 (`0xFCA86420`), independent
/// of the object's address and of `PYTHONHASHSEED`.
pub const HASH_NONE: i64 = 0xFCA8_6420;

/// Maps CPython's reserved error value `-1` to `-2`, as every `tp_hash` does.
#[inline]
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a Python `int` that fits in an `i64` (`hash(v)` in CPython).
///
/// The result is `sign(v) * (|v| mod (2**61 - 1))`, with `-1` mapped to `-2`.
pub fn hash_i64(v: i64) -> i64 {
    let reduced = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if v < 0 { -reduced } else { reduced })
}

/// Hash of an arbitrary-precision Python `int`; equal to [`hash_i64`] when
/// the value fits in an `i64`.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(small) = v.to_i64() {
        return hash_i64(small);
    }
    // Reduce |v| digit by digit: 2**64 mod P == 8, so fold the u64 digits
    // from most to least significant with acc = acc * 2**64 + d (mod P).
    let mut acc: u64 = 0;
    for digit in v.magnitude().iter_u64_digits().rev() {
        acc = mul_pow2_mod(acc, 64);
        acc = add_mod(acc, digit % HASH_MODULUS);
    }
    let reduced = acc as i64;
    fix_minus_one(if v.sign() == Sign::Minus {
        -reduced
    } else {
        reduced
    })
}

/// `(a + b) mod P` for `a, b < P`.
#[inline]
fn add_mod(a: u64, b: u64) -> u64 {
    let s = a + b; // < 2**62, no overflow
    if s >= HASH_MODULUS {
        s - HASH_MODULUS
    } else {
        s
    }
}

/// `(x * 2**e) mod P` for `x < P`: a rotation inside the 61-bit field,
/// since `2**61 == 1 (mod P)`.
#[inline]
fn mul_pow2_mod(x: u64, e: u32) -> u64 {
    let e = e % HASH_BITS;
    if e == 0 {
        return x;
    }
    ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e))
}

/// Hash of a Python `float`, or `None` for NaN.
///
/// CPython hashes a NaN by the identity of the float object (see
/// [`hash_pointer`]); the caller, which knows the object, does that.
/// Finite values hash like the equal rational number, so integral floats hash
/// like the equal `int`; infinities hash to `±314159`.
pub fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if v == 0.0 {
        return Some(0);
    }
    let bits = v.to_bits();
    let biased_exp = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // v = mantissa * 2**exp exactly, with mantissa < 2**53 < P.
    let (mantissa, exp) = if biased_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased_exp - 1075)
    };
    // 2**exp mod P == 2**(exp mod 61) because 2**61 == 1 (mod P).
    let shift = exp.rem_euclid(HASH_BITS as i32) as u32;
    let reduced = mul_pow2_mod(mantissa % HASH_MODULUS, shift) as i64;
    Some(fix_minus_one(if v < 0.0 { -reduced } else { reduced }))
}

/// Hash of a Python `complex`, or `None` if either part is NaN.
///
/// For a NaN part CPython substitutes the identity hash of the complex
/// object; the caller computes both part hashes itself in that case and
/// combines them with [`hash_complex_parts`].
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    Some(hash_complex_parts(hash_float(re)?, hash_float(im)?))
}

/// Combines the hashes of the real and imaginary parts the way CPython's
/// `complex.__hash__` does: `re + 1000003 * im` in wrapping unsigned
/// arithmetic, with `-1` mapped to `-2`.
pub fn hash_complex_parts(hash_re: i64, hash_im: i64) -> i64 {
    let combined = (hash_re as u64).wrapping_add(HASH_IMAG.wrapping_mul(hash_im as u64));
    fix_minus_one(combined as i64)
}

/// CPython's identity hash (`_Py_HashPointer`, used by `object.__hash__` and
/// for NaN): the address rotated right by 4 bits, with `-1` mapped to `-2`.
pub fn hash_pointer(addr: usize) -> i64 {
    fix_minus_one((addr as u64).rotate_right(4) as i64)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// Hash of a tuple given its items' hashes in order (CPython's xxHash-based
/// `tuplehash`). `len` must be the number of items yielded.
pub fn hash_tuple(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hasher = TupleHasher::default();
    item_hashes.for_each(|h| hasher.add(h));
    hasher.finish(len)
}

/// [`hash_tuple`] fed one item hash at a time (so a caller can stop at
/// an item whose hash fails without collecting the others).
pub struct TupleHasher {
    acc: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        TupleHasher { acc: XXPRIME_5 }
    }
}

impl TupleHasher {
    /// Mix in the next item's hash.
    pub fn add(&mut self, lane: i64) {
        self.acc = self.acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
    }

    /// The hash of a tuple of `len` items, all added.
    pub fn finish(self, len: usize) -> i64 {
        let acc = self
            .acc
            .wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        }
    }
}

/// Scrambles one entry hash before it is xor-ed into a frozenset hash.
#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// Hash of a `frozenset` given the hashes of its distinct items, in any
/// order (the result does not depend on the order or on the table layout).
pub fn hash_frozenset(item_hashes: impl Iterator<Item = i64>) -> i64 {
    let mut hash: u64 = 0;
    let mut count: u64 = 0;
    for h in item_hashes {
        hash ^= shuffle_bits(h as u64);
        count += 1;
    }
    hash ^= (count + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

/// The per-process hash secret (`_Py_HashSecret`): 24 bytes, of which
/// SipHash uses the first 16 as two little-endian 64-bit keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HashSecret {
    bytes: [u8; 24],
}

impl HashSecret {
    /// The secret CPython derives from `PYTHONHASHSEED=seed`.
    ///
    /// Seed 0 disables randomization (all-zero secret, SipHash still runs);
    /// any other seed fills the 24 bytes from a linear congruential generator
    /// (`x = x * 214013 + 2531011` on 32 bits, byte = bits 16..24 of `x`).
    pub fn from_seed(seed: u32) -> HashSecret {
        let mut bytes = [0u8; 24];
        if seed != 0 {
            let mut x = seed;
            for b in bytes.iter_mut() {
                x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                *b = (x >> 16) as u8;
            }
        }
        HashSecret { bytes }
    }

    /// A secret from 24 random bytes, as CPython uses when `PYTHONHASHSEED`
    /// is unset or `random` (the caller supplies the OS randomness).
    pub fn from_random_bytes(bytes: [u8; 24]) -> HashSecret {
        HashSecret { bytes }
    }

    /// The raw 24 secret bytes.
    pub fn bytes(&self) -> &[u8; 24] {
        &self.bytes
    }

    /// The two SipHash keys `(k0, k1)`.
    fn sip_keys(&self) -> (u64, u64) {
        let word = |i: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&self.bytes[i..i + 8]);
            u64::from_le_bytes(w)
        };
        (word(0), word(8))
    }
}

/// One SipHash round on the four state words.
#[inline]
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[2] = v[2].rotate_left(32);
}

/// Standard SipHash-1-3 with 64-bit output.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    let mut compress = |m: u64| {
        v[3] ^= m;
        sip_round(&mut v);
        v[0] ^= m;
    };
    let chunks = data.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        compress(u64::from_le_bytes(w));
    }
    let mut last = (data.len() as u64 & 0xff) << 56;
    for (i, &byte) in tail.iter().enumerate() {
        last |= u64::from(byte) << (8 * i);
    }
    compress(last);
    v[2] ^= 0xff;
    for _ in 0..3 {
        sip_round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// Hash of a Python `bytes` (CPython's `_Py_HashBytes`, also used for
/// `memoryview` and for the internal buffer of a `str`) under the given
/// secret: 0 for empty input, otherwise SipHash-1-3 with `-1` mapped to `-2`.
pub fn hash_bytes(secret: &HashSecret, b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let (k0, k1) = secret.sip_keys();
    fix_minus_one(siphash13(k0, k1, b) as i64)
}

/// Hash of a Python `str` under the given secret.
pub fn hash_str(secret: &HashSecret, s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(secret, s.as_bytes());
    }
    let code_points = || s.chars().map(crate::surrogates::code_point);
    let max = code_points().max().unwrap_or(0);
    hash_code_points_with_max(secret, code_points(), max)
}

/// Hash of a Python `str` given as code points, for strings a Rust `&str`
/// cannot hold (lone surrogates `0xD800..=0xDFFF`). Same result as
/// [`hash_str`] for valid scalar values.
pub fn hash_code_points(secret: &HashSecret, cps: &[u32]) -> i64 {
    let max = cps.iter().copied().max().unwrap_or(0);
    hash_code_points_with_max(secret, cps.iter().copied(), max)
}

/// Hashes code points laid out with the 1, 2 or 4 bytes per code point
/// (little-endian) that `max` selects, as in CPython's compact `str`.
fn hash_code_points_with_max(secret: &HashSecret, cps: impl Iterator<Item = u32>, max: u32) -> i64 {
    let width = if max < 0x100 {
        1
    } else if max < 0x1_0000 {
        2
    } else {
        4
    };
    let mut buf = Vec::with_capacity(cps.size_hint().0 * width);
    for cp in cps {
        buf.extend_from_slice(&cp.to_le_bytes()[..width]);
    }
    hash_bytes(secret, &buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modulus_helpers() {
        assert_eq!(mul_pow2_mod(1, 61), 1);
        assert_eq!(mul_pow2_mod(1, 60), 1 << 60);
        assert_eq!(mul_pow2_mod(1 << 60, 1), 1);
        assert_eq!(add_mod(HASH_MODULUS - 1, 1), 0);
    }

    #[test]
    fn int_basics() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(HASH_MODULUS as i64), 0);
        assert_eq!(hash_float(-1.0), Some(-2));
        assert_eq!(hash_float(f64::NAN), None);
    }
}
