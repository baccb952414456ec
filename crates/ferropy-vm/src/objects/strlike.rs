//! Algorithms shared by the methods of `str` and `bytes`/`bytearray`.
//!
//! Both work on byte slices: a `str` is searched and split through its
//! UTF-8 bytes (a valid UTF-8 needle only ever matches at character
//! boundaries), a `bytes` through its bytes. Where the two differ — what a
//! unit is (a character or a byte), which units are whitespace or line
//! breaks — the algorithms are generic over [`Units`]. Results are byte
//! ranges or new byte vectors; the callers turn them into Python objects.

use std::ops::Range;

/// What a "character" is for one kind of string.
pub trait Units {
    /// The code and byte length of the unit starting at byte `i`.
    fn at(s: &[u8], i: usize) -> (u32, usize);
    /// The code and byte length of the unit ending at byte `end`.
    fn before(s: &[u8], end: usize) -> (u32, usize);
    /// Whether `c` is whitespace (for `split()` and `strip()`).
    fn is_space(c: u32) -> bool;
    /// Whether `c` ends a line (for `splitlines()`).
    fn is_linebreak(c: u32) -> bool;
    /// The number of units in `s`.
    fn count(s: &[u8]) -> usize;
}

/// `str`: units are the code points of valid UTF-8 text.
pub struct Text;

/// `bytes`: units are bytes, whitespace and line breaks are ASCII.
pub struct Binary;

impl Units for Text {
    fn at(s: &[u8], i: usize) -> (u32, usize) {
        let b0 = s[i] as u32;
        let cont = |k: usize| (s[i + k] & 0x3f) as u32;
        match b0 {
            0..=0x7f => (b0, 1),
            0xc0..=0xdf => (((b0 & 0x1f) << 6) | cont(1), 2),
            0xe0..=0xef => (((b0 & 0x0f) << 12) | (cont(1) << 6) | cont(2), 3),
            _ => (
                ((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
                4,
            ),
        }
    }

    fn before(s: &[u8], end: usize) -> (u32, usize) {
        let mut start = end - 1;
        while s[start] & 0xc0 == 0x80 {
            start -= 1;
        }
        Self::at(s, start)
    }

    fn is_space(c: u32) -> bool {
        ferropy_text::unicode_props::is_space(c)
    }

    fn is_linebreak(c: u32) -> bool {
        ferropy_text::unicode_props::is_linebreak(c)
    }

    fn count(s: &[u8]) -> usize {
        s.iter().filter(|b| (**b & 0xc0) != 0x80).count()
    }
}

impl Units for Binary {
    fn at(s: &[u8], i: usize) -> (u32, usize) {
        (s[i] as u32, 1)
    }

    fn before(s: &[u8], end: usize) -> (u32, usize) {
        (s[end - 1] as u32, 1)
    }

    fn is_space(c: u32) -> bool {
        matches!(c, 0x20 | 0x09..=0x0d)
    }

    fn is_linebreak(c: u32) -> bool {
        c == 0x0a || c == 0x0d
    }

    fn count(s: &[u8]) -> usize {
        s.len()
    }
}

// ----- searching -----------------------------------------------------------

/// The first occurrence of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(0);
    }
    if n > hay.len() {
        return None;
    }
    let (first, last) = (needle[0], hay.len() - n);
    let mut i = 0;
    while i <= last {
        i += hay[i..=last].iter().position(|&b| b == first)?;
        if &hay[i..i + n] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last occurrence of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n > hay.len() {
        return None;
    }
    (0..=hay.len() - n)
        .rev()
        .find(|&i| &hay[i..i + n] == needle)
}

/// The number of non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut rest = hay;
    while let Some(i) = find(rest, needle) {
        n += 1;
        rest = &rest[i + needle.len()..];
    }
    n
}

// ----- splitting -----------------------------------------------------------

/// `split(sep, maxsplit)` with a non-empty separator; `maxsplit < 0` means
/// no limit.
pub fn split(hay: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while maxsplit < 0 || (out.len() as i64) < maxsplit {
        let Some(i) = find(&hay[start..], sep) else {
            break;
        };
        out.push(start..start + i);
        start += i + sep.len();
    }
    out.push(start..hay.len());
    out
}

/// `rsplit(sep, maxsplit)` with a non-empty separator, in left-to-right order.
pub fn rsplit(hay: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut end = hay.len();
    while maxsplit < 0 || (out.len() as i64) < maxsplit {
        let Some(i) = rfind(&hay[..end], sep) else {
            break;
        };
        out.push(i + sep.len()..end);
        end = i;
    }
    out.push(0..end);
    out.reverse();
    out
}

/// `split()` on runs of whitespace.
pub fn split_whitespace<U: Units>(hay: &[u8], maxsplit: i64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = skip_space::<U>(hay, 0);
    while i < hay.len() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(i..hay.len());
            break;
        }
        let mut j = i;
        while j < hay.len() {
            let (c, n) = U::at(hay, j);
            if U::is_space(c) {
                break;
            }
            j += n;
        }
        out.push(i..j);
        i = skip_space::<U>(hay, j);
    }
    out
}

/// `rsplit()` on runs of whitespace, in left-to-right order.
pub fn rsplit_whitespace<U: Units>(hay: &[u8], maxsplit: i64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut end = hay.len() - trailing_space::<U>(hay);
    while end > 0 {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(0..end);
            break;
        }
        let mut j = end;
        while j > 0 {
            let (c, n) = U::before(hay, j);
            if U::is_space(c) {
                break;
            }
            j -= n;
        }
        out.push(j..end);
        end = j - trailing_space::<U>(&hay[..j]);
    }
    out.reverse();
    out
}

fn skip_space<U: Units>(hay: &[u8], mut i: usize) -> usize {
    while i < hay.len() {
        let (c, n) = U::at(hay, i);
        if !U::is_space(c) {
            break;
        }
        i += n;
    }
    i
}

/// Byte length of the whitespace at the end of `hay`.
fn trailing_space<U: Units>(hay: &[u8]) -> usize {
    let mut end = hay.len();
    while end > 0 {
        let (c, n) = U::before(hay, end);
        if !U::is_space(c) {
            break;
        }
        end -= n;
    }
    hay.len() - end
}

/// `splitlines(keepends)`.
pub fn splitlines<U: Units>(hay: &[u8], keepends: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < hay.len() {
        let (c, n) = U::at(hay, i);
        if !U::is_linebreak(c) {
            i += n;
            continue;
        }
        let mut end = i + n;
        if c == u32::from('\r') && hay.get(end) == Some(&b'\n') {
            end += 1;
        }
        out.push(start..if keepends { end } else { i });
        start = end;
        i = end;
    }
    if start < hay.len() {
        out.push(start..hay.len());
    }
    out
}

/// The range left by `strip`/`lstrip`/`rstrip` with a unit predicate.
pub fn strip<U: Units>(
    hay: &[u8],
    strip_it: impl Fn(u32) -> bool,
    left: bool,
    right: bool,
) -> Range<usize> {
    let (mut start, mut end) = (0, hay.len());
    while left && start < end {
        let (c, n) = U::at(hay, start);
        if !strip_it(c) {
            break;
        }
        start += n;
    }
    while right && end > start {
        let (c, n) = U::before(hay, end);
        if !strip_it(c) {
            break;
        }
        end -= n;
    }
    start..end
}

/// The codes of the units of `s` (for `strip(chars)` sets).
pub fn units<U: Units>(s: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (c, n) = U::at(s, i);
        out.push(c);
        i += n;
    }
    out
}

// ----- ASCII case mapping (bytes, and str fast paths) ---

/// ASCII `title()`: letters after a letter are lowered, others raised.
pub fn ascii_title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

/// ASCII `capitalize()`.
pub fn ascii_capitalize(s: &[u8]) -> Vec<u8> {
    s.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

/// ASCII `swapcase()`.
pub fn ascii_swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

// ----- building ------------------------------------------------------------

/// `replace(old, new, count)`; an empty `old` inserts `new` around every
/// unit. `count < 0` means no limit.
pub fn replace<U: Units>(hay: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(hay.len());
    let mut done = 0;
    let mut i = 0;
    if old.is_empty() {
        while done < limit && i <= hay.len() {
            out.extend_from_slice(new);
            done += 1;
            if i == hay.len() {
                return out;
            }
            let (_, n) = U::at(hay, i);
            out.extend_from_slice(&hay[i..i + n]);
            i += n;
        }
        out.extend_from_slice(&hay[i..]);
        return out;
    }
    while done < limit {
        let Some(j) = find(&hay[i..], old) else { break };
        out.extend_from_slice(&hay[i..i + j]);
        out.extend_from_slice(new);
        i += j + old.len();
        done += 1;
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// `expandtabs(tabsize)`: tabs become spaces up to the next multiple of
/// `tabsize` columns; `\n` and `\r` reset the column.
pub fn expandtabs<U: Units>(hay: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut col: i64 = 0;
    let mut i = 0;
    while i < hay.len() {
        let (c, n) = U::at(hay, i);
        if c == u32::from('\t') {
            if tabsize > 0 {
                let pad = tabsize - col % tabsize;
                out.resize(out.len() + pad as usize, b' ');
                col += pad;
            }
        } else {
            out.extend_from_slice(&hay[i..i + n]);
            col = if c == 0x0a || c == 0x0d { 0 } else { col + 1 };
        }
        i += n;
    }
    out
}

/// How `center` splits `total` padding units: CPython puts the extra unit
/// on the left when both the padding and the width are odd.
pub fn center_split(total: usize, width: usize) -> (usize, usize) {
    let left = total / 2 + (total & width & 1);
    (left, total - left)
}

/// `s` with `left` copies of `fill` before it and `right` after it.
pub fn pad(s: &[u8], left: usize, right: usize, fill: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + (left + right) * fill.len());
    for _ in 0..left {
        out.extend_from_slice(fill);
    }
    out.extend_from_slice(s);
    for _ in 0..right {
        out.extend_from_slice(fill);
    }
    out
}

/// `zfill`: `zeros` zeros inserted after a leading sign.
pub fn zfill(s: &[u8], zeros: usize) -> Vec<u8> {
    let mut out = pad(s, zeros, 0, b"0");
    if let Some(&sign @ (b'+' | b'-')) = s.first() {
        out[0] = sign;
        out[zeros] = b'0';
    }
    out
}
