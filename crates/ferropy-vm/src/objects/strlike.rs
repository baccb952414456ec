//! Algorithms shared by the methods of `str` and `bytes`/`bytearray`.
//!
//! Both work on byte slices: a `str` is searched and split through its
//! UTF-8 bytes (a valid UTF-8 needle only ever matches at character
//! boundaries), a `bytes` through its bytes. Where the two differ — what a
//! unit is (a character or a byte), which units are whitespace or line
//! breaks — the algorithms are generic over [`Units`]. Results are byte
//! ranges (splitting yields them lazily, so callers build their result
//! without an intermediate vector) or new byte vectors; the callers turn
//! them into Python objects.

use smallvec::SmallVec;
use std::ops::Range;

/// What the building algorithms return: the new text's bytes, kept on the
/// stack while they fit a `str`'s inline storage.
pub type Built = SmallVec<[u8; 24]>;

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

/// An ASCII `str`: units are bytes, with `str`'s whitespace and line breaks
/// (which, unlike `bytes`', include `\x1c`-`\x1f`).
pub struct AsciiText;

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

impl Units for AsciiText {
    fn at(s: &[u8], i: usize) -> (u32, usize) {
        Binary::at(s, i)
    }

    fn before(s: &[u8], end: usize) -> (u32, usize) {
        Binary::before(s, end)
    }

    fn is_space(c: u32) -> bool {
        matches!(c, 0x09..=0x0d | 0x1c..=0x20)
    }

    fn is_linebreak(c: u32) -> bool {
        matches!(c, 0x0a..=0x0d | 0x1c..=0x1e)
    }

    fn count(s: &[u8]) -> usize {
        s.len()
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
        i += memchr::memchr(first, &hay[i..=last])?;
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
    if n == 0 {
        return Some(hay.len());
    }
    if n > hay.len() {
        return None;
    }
    let mut end = hay.len() - n + 1;
    while let Some(i) = memchr::memrchr(needle[0], &hay[..end]) {
        if &hay[i..i + n] == needle {
            return Some(i);
        }
        end = i;
    }
    None
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
//
// The splitters yield byte ranges; `maxsplit < 0` means no limit. The
// `r`-variants yield from the right, so their callers reverse the result.

/// `split(sep, maxsplit)` with a non-empty separator.
pub fn split<'a>(
    hay: &'a [u8],
    sep: &'a [u8],
    mut maxsplit: i64,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let s = start?;
        match find(&hay[s..], sep).filter(|_| maxsplit != 0) {
            Some(i) => {
                maxsplit -= 1;
                start = Some(s + i + sep.len());
                Some(s..s + i)
            }
            None => {
                start = None;
                Some(s..hay.len())
            }
        }
    })
}

/// `rsplit(sep, maxsplit)` with a non-empty separator, right to left.
pub fn rsplit<'a>(
    hay: &'a [u8],
    sep: &'a [u8],
    mut maxsplit: i64,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut end = Some(hay.len());
    std::iter::from_fn(move || {
        let e = end?;
        match rfind(&hay[..e], sep).filter(|_| maxsplit != 0) {
            Some(i) => {
                maxsplit -= 1;
                end = Some(i);
                Some(i + sep.len()..e)
            }
            None => {
                end = None;
                Some(0..e)
            }
        }
    })
}

/// `split()` on runs of whitespace.
pub fn split_whitespace<U: Units>(
    hay: &[u8],
    mut maxsplit: i64,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut i = skip_space::<U>(hay, 0);
    std::iter::from_fn(move || {
        if i >= hay.len() {
            return None;
        }
        if maxsplit == 0 {
            let rest = i..hay.len();
            i = hay.len();
            return Some(rest);
        }
        maxsplit -= 1;
        let mut j = i;
        while j < hay.len() {
            let (c, n) = U::at(hay, j);
            if U::is_space(c) {
                break;
            }
            j += n;
        }
        let word = i..j;
        i = skip_space::<U>(hay, j);
        Some(word)
    })
}

/// `rsplit()` on runs of whitespace, right to left.
pub fn rsplit_whitespace<U: Units>(
    hay: &[u8],
    mut maxsplit: i64,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut end = hay.len() - trailing_space::<U>(hay);
    std::iter::from_fn(move || {
        if end == 0 {
            return None;
        }
        if maxsplit == 0 {
            let rest = 0..end;
            end = 0;
            return Some(rest);
        }
        maxsplit -= 1;
        let mut j = end;
        while j > 0 {
            let (c, n) = U::before(hay, j);
            if U::is_space(c) {
                break;
            }
            j -= n;
        }
        let word = j..end;
        end = j - trailing_space::<U>(&hay[..j]);
        Some(word)
    })
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
pub fn splitlines<U: Units>(hay: &[u8], keepends: bool) -> impl Iterator<Item = Range<usize>> + '_ {
    let (mut start, mut i) = (0, 0);
    std::iter::from_fn(move || {
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
            let line = start..if keepends { end } else { i };
            start = end;
            i = end;
            return Some(line);
        }
        let rest = (start < hay.len()).then_some(start..hay.len());
        start = hay.len();
        rest
    })
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
//
// Each mapping is described as the byte ranges whose letters it raises or
// lowers, which callers apply in place (`make_ascii_uppercase` exists for
// both `[u8]` and `str`, so a `str` is mapped without re-validating).

/// A case change of ASCII text: the letters in `range` become upper case
/// (`upper`) or lower case.
pub struct CaseRun {
    pub range: Range<usize>,
    pub upper: bool,
}

/// Apply `runs` to `s`, through `raise`/`lower` (the in-place ASCII
/// mappings of `s`'s type).
pub fn apply_case<T: ?Sized>(
    s: &mut T,
    runs: impl Iterator<Item = CaseRun>,
    raise: fn(&mut T, Range<usize>),
    lower: fn(&mut T, Range<usize>),
) {
    for run in runs {
        if run.upper {
            raise(s, run.range);
        } else {
            lower(s, run.range);
        }
    }
}

/// The maximal runs of bytes of `s` with the same `key`.
fn runs<'a, K: PartialEq + 'a>(
    s: &'a [u8],
    key: impl Fn(u8) -> K + 'a,
) -> impl Iterator<Item = (Range<usize>, K)> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = i;
        let k = key(*s.get(start)?);
        i += s[start..].iter().take_while(|&&b| key(b) == k).count();
        Some((start..i, k))
    })
}

/// ASCII `upper()`.
pub fn ascii_upper(s: &[u8]) -> impl Iterator<Item = CaseRun> {
    std::iter::once(CaseRun {
        range: 0..s.len(),
        upper: true,
    })
}

/// ASCII `lower()`.
pub fn ascii_lower(s: &[u8]) -> impl Iterator<Item = CaseRun> {
    std::iter::once(CaseRun {
        range: 0..s.len(),
        upper: false,
    })
}

/// ASCII `title()`: the first letter of each run of letters is raised, the
/// others lowered.
pub fn ascii_title(s: &[u8]) -> impl Iterator<Item = CaseRun> + '_ {
    runs(s, |b| b.is_ascii_alphabetic())
        .filter(|(_, letters)| *letters)
        .flat_map(|(r, _)| {
            let first = CaseRun {
                range: r.start..r.start + 1,
                upper: true,
            };
            let rest = CaseRun {
                range: r.start + 1..r.end,
                upper: false,
            };
            [first, rest]
        })
}

/// ASCII `capitalize()`.
pub fn ascii_capitalize(s: &[u8]) -> impl Iterator<Item = CaseRun> {
    let first = s.len().min(1);
    let head = CaseRun {
        range: 0..first,
        upper: true,
    };
    let tail = CaseRun {
        range: first..s.len(),
        upper: false,
    };
    [head, tail].into_iter()
}

/// ASCII `swapcase()`.
pub fn ascii_swapcase(s: &[u8]) -> impl Iterator<Item = CaseRun> + '_ {
    runs(s, |b| (b.is_ascii_uppercase(), b.is_ascii_lowercase()))
        .filter(|(_, (up, low))| *up || *low)
        .map(|(range, (up, _))| CaseRun { range, upper: !up })
}

// ----- building ------------------------------------------------------------

/// `replace(old, new, count)`; an empty `old` inserts `new` around every
/// unit. `count < 0` means no limit.
pub fn replace<U: Units>(hay: &[u8], old: &[u8], new: &[u8], count: i64) -> Built {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Built::with_capacity(hay.len());
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
pub fn expandtabs<U: Units>(hay: &[u8], tabsize: i64) -> Built {
    let mut out = Built::with_capacity(hay.len());
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
pub fn pad(s: &[u8], left: usize, right: usize, fill: &[u8]) -> Built {
    let mut out = Built::with_capacity(s.len() + (left + right) * fill.len());
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
pub fn zfill(s: &[u8], zeros: usize) -> Built {
    let mut out = pad(s, zeros, 0, b"0");
    if let Some(&sign @ (b'+' | b'-')) = s.first() {
        out[0] = sign;
        out[zeros] = b'0';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_text_classes_match_unicode() {
        for c in 0..0x80 {
            assert_eq!(AsciiText::is_space(c), Text::is_space(c), "{c:#x}");
            assert_eq!(AsciiText::is_linebreak(c), Text::is_linebreak(c), "{c:#x}");
        }
    }

    #[test]
    fn finds_from_both_ends() {
        assert_eq!(find(b"abcabc", b"ca"), Some(2));
        assert_eq!(rfind(b"abcabc", b"ab"), Some(3));
        assert_eq!(rfind(b"abc", b""), Some(3));
        assert_eq!(rfind(b"ab", b"abc"), None);
        assert_eq!(find(b"aab", b"ab"), Some(1));
    }
}
