//! Lone surrogates in ferropy strings.
//!
//! A Python `str` may hold lone surrogates (U+D800..U+DFFF): `"\ud800"`,
//! `chr(0xdc80)`, and what the `surrogateescape` error handler makes of
//! undecodable bytes. A Rust `str` cannot, so ferropy keeps each one as a
//! *stand-in*: the code point `U+10E800 + (surrogate - 0xD800)`, 2048 code
//! points inside Supplementary Private Use Area-B (away from its ends,
//! U+100000 and U+10FFFD..U+10FFFF, which programs do use). Everything that
//! works on characters (length, indexing, slicing, concatenation, search,
//! equality) is then right as it is; what looks at code point *values*
//! goes through this module: `ord`/`chr`, ordering, hashing, `repr`, the
//! codecs and output.
//!
//! The price: ferropy cannot hold the code points U+10E800..U+10EFFF as
//! themselves. Where one would enter a string, ferropy raises an error
//! (see [`char_for`]) instead of confusing it with a surrogate.

use std::cmp::Ordering;

/// The first surrogate and the number of them.
const FIRST_SURROGATE: u32 = 0xD800;
const SURROGATES: u32 = 0x800;
/// The stand-in of `U+D800`.
const FIRST_STAND_IN: u32 = 0x10_E800;

/// Why a code point cannot be made into a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoChar {
    /// Beyond U+10FFFF (or negative).
    OutOfRange,
    /// In U+10E800..U+10EFFF, which ferropy uses for lone surrogates.
    Reserved,
}

/// The character ferropy stores for Python code point `cp`.
pub fn char_for(cp: u32) -> Result<char, NoChar> {
    if (FIRST_SURROGATE..FIRST_SURROGATE + SURROGATES).contains(&cp) {
        return Ok(stand_in(cp));
    }
    if (FIRST_STAND_IN..FIRST_STAND_IN + SURROGATES).contains(&cp) {
        return Err(NoChar::Reserved);
    }
    char::from_u32(cp).ok_or(NoChar::OutOfRange)
}

/// The stand-in for `surrogate` (which must be in U+D800..U+DFFF).
pub fn stand_in(surrogate: u32) -> char {
    debug_assert!((FIRST_SURROGATE..FIRST_SURROGATE + SURROGATES).contains(&surrogate));
    char::from_u32(surrogate - FIRST_SURROGATE + FIRST_STAND_IN).expect("stand-ins are chars")
}

/// The surrogate `c` stands in for, if it is a stand-in.
#[inline]
pub fn surrogate_of(c: char) -> Option<u32> {
    let offset = u32::from(c).wrapping_sub(FIRST_STAND_IN);
    (offset < SURROGATES).then(|| offset + FIRST_SURROGATE)
}

/// The Python code point of a stored character.
#[inline]
pub fn code_point(c: char) -> u32 {
    surrogate_of(c).unwrap_or(u32::from(c))
}

/// Whether `s` holds a stand-in (all of them are encoded `F4 8E A0..BF ..`).
pub fn has_stand_ins(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(0xF4, b).any(|i| b.get(i + 1) == Some(&0x8E) && b.get(i + 2) >= Some(&0xA0))
}

/// Python's order of two strings: by code point, where a lone surrogate
/// sorts between U+D7FF and U+E000 (its stand-in would sort after
/// U+10E7FF).
pub fn cmp_str(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let i = mismatch(x, y);
    let (Some(&bx), Some(&by)) = (x.get(i), y.get(i)) else {
        return x.len().cmp(&y.len());
    };
    // Only a character from U+E000 up can be misordered against a
    // stand-in; their UTF-8 starts with 0xEE..0xF4 (and continues with
    // bytes below 0xC0, so a mismatch there is inside such a character).
    if bx < 0x80 || by < 0x80 {
        return bx.cmp(&by);
    }
    let start = (0..=i).rev().find(|&j| !is_continuation(x[j])).unwrap_or(0);
    match (a[start..].chars().next(), b[start..].chars().next()) {
        (Some(ca), Some(cb)) => code_point(ca).cmp(&code_point(cb)),
        _ => bx.cmp(&by),
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The length of the common prefix of `a` and `b`.
fn mismatch(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 8 <= n {
        let (x, y) = (&a[i..i + 8], &b[i..i + 8]);
        if x != y {
            break;
        }
        i += 8;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_round_trip() {
        for s in [0xD800, 0xDBFF, 0xDC00, 0xDFFF] {
            let c = char_for(s).unwrap();
            assert_eq!(code_point(c), s);
            assert_eq!(surrogate_of(c), Some(s));
        }
        assert_eq!(char_for(0x41), Ok('A'));
        assert_eq!(char_for(0x10_E800), Err(NoChar::Reserved));
        assert_eq!(char_for(0x10_EFFF), Err(NoChar::Reserved));
        assert_eq!(char_for(0x11_0000), Err(NoChar::OutOfRange));
        for cp in [0x10E7FF, 0x10F000, 0x10FFFF, 0x100000] {
            let c = char::from_u32(cp).unwrap();
            assert_eq!((char_for(cp), code_point(c)), (Ok(c), cp));
        }
    }

    #[test]
    fn order_puts_surrogates_before_private_use() {
        let sur = stand_in(0xD800).to_string();
        assert_eq!(cmp_str(&sur, "\u{E000}"), Ordering::Less);
        assert_eq!(cmp_str(&sur, "\u{D7FF}"), Ordering::Greater);
        assert_eq!(cmp_str(&format!("a{sur}"), "a\u{100000}"), Ordering::Less);
        assert_eq!(cmp_str("ab", "abc"), Ordering::Less);
        assert_eq!(cmp_str("abd", "abc"), Ordering::Greater);
        assert_eq!(cmp_str("\u{e9}", "\u{e8}"), Ordering::Greater);
        assert!(has_stand_ins(&format!("x{sur}y")));
        assert!(!has_stand_ins("x\u{10E7FF}\u{10F000}\u{10FFFF}y"));
        assert_eq!(cmp_str(&sur, "\u{10FFFF}"), Ordering::Less);
    }
}
