//! `repr()` of `str`, `bytes` and `bytearray`, and `ascii()`, exactly as
//! CPython 3.13 writes them.
//!
//! Quote choice: a single quote unless the text contains `'` and no `"`.
//! Escapes: the chosen quote and `\` get a backslash; `\t`, `\n`, `\r` are
//! written as such; other control characters (and DEL) as `\xNN`. In `str`
//! reprs non-ASCII characters stay as they are when printable and are
//! otherwise written `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex) by
//! size; `bytes` write every byte `>= 0x7f` as `\xNN`.

use std::fmt::Write;

use crate::unicode_props::is_printable;

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` (lowercase hex), the shortest
/// of the three that holds `cp`.
fn push_hex_escape(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// The quote `repr()` uses for text containing these characters: `"` if
/// it has a `'` and no `"`, else `'`.
pub fn choose_quote(chars: impl IntoIterator<Item = u32>) -> char {
    let (mut single, mut double) = (false, false);
    for c in chars {
        single |= c == u32::from('\'');
        double |= c == u32::from('"');
    }
    if single && !double {
        '"'
    } else {
        '\''
    }
}

/// Appends `cp` as it appears inside a `str` repr delimited by `quote`.
fn push_str_char(out: &mut String, cp: u32, quote: char) {
    match char::from_u32(cp) {
        Some(c) if c == quote || c == '\\' => {
            out.push('\\');
            out.push(c);
        }
        Some('\t') => out.push_str("\\t"),
        Some('\n') => out.push_str("\\n"),
        Some('\r') => out.push_str("\\r"),
        Some(c) if c < ' ' || c == '\x7f' => push_hex_escape(out, cp),
        Some(c) if c.is_ascii() || is_printable(c) => out.push(c),
        _ => push_hex_escape(out, cp),
    }
}

/// `repr()` of a `str` given as code points; unlike [`str_repr`] this
/// accepts lone surrogates (`0xD800..=0xDFFF`, written `\udXXX`).
pub fn str_repr_code_points(cps: &[u32]) -> String {
    let quote = choose_quote(cps.iter().copied());
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for &cp in cps {
        push_str_char(&mut out, cp, quote);
    }
    out.push(quote);
    out
}

/// `repr()` of a `str`, e.g. `str_repr("it's\n")` is `"it's\\n"` with
/// double quotes.
pub fn str_repr(s: &str) -> String {
    let quote = choose_quote(s.chars().map(u32::from));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_str_char(&mut out, crate::surrogates::code_point(c), quote);
    }
    out.push(quote);
    out
}

/// What `ascii()` does to the `repr()` of any object: every non-ASCII
/// character is replaced by `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, u32::from(c));
        }
    }
    out
}

/// `ascii()` of a `str`: its repr with all non-ASCII characters escaped.
pub fn ascii_repr(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// `ascii()` of a `str` given as code points (lone surrogates allowed).
pub fn ascii_repr_code_points(cps: &[u32]) -> String {
    ascii_escape(&str_repr_code_points(cps))
}

/// The quote a `bytes`/`bytearray` repr uses: `"` if the data has a `'`
/// and no `"`, else `'`.
pub fn bytes_quote(b: &[u8]) -> char {
    choose_quote(b.iter().map(|&x| u32::from(x)))
}

/// The escaped text between the quotes of a bytes literal delimited by
/// `quote`. With `escape_single_quote`, `'` is escaped even inside `"`
/// quotes, which is what `bytearray.__repr__` does (`bytes` does not).
pub fn bytes_repr_body(b: &[u8], quote: char, escape_single_quote: bool) -> String {
    let mut out = String::with_capacity(b.len());
    for &byte in b {
        let c = char::from(byte);
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' if escape_single_quote || quote == '\'' => out.push_str("\\'"),
            '"' if quote == '"' => out.push_str("\\\""),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            _ => push_hex_escape(&mut out, u32::from(byte)),
        }
    }
    out
}

/// `repr()` of a `bytes` (or a subclass): `b'...'` with escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = bytes_quote(b);
    format!("b{quote}{}{quote}", bytes_repr_body(b, quote, false))
}

/// `repr()` of a `bytearray` whose type is named `type_name` (subclasses
/// show their own name): `bytearray(b'...')`.
pub fn bytearray_repr(type_name: &str, b: &[u8]) -> String {
    let quote = bytes_quote(b);
    let body = bytes_repr_body(b, quote, true);
    format!("{type_name}(b{quote}{body}{quote})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(str_repr("\t\n\r\\\x00\x7f"), "'\\t\\n\\r\\\\\\x00\\x7f'");
        assert_eq!(
            str_repr("é\u{a0}\u{2028}\u{e000}\u{1f600}"),
            "'é\\xa0\\u2028\\ue000\u{1f600}'"
        );
        assert_eq!(str_repr_code_points(&[0xd800]), "'\\ud800'");
        assert_eq!(ascii_repr("é\u{1f600}"), "'\\xe9\\U0001f600'");
        assert_eq!(bytes_repr(b"'\x00\xff"), "b\"'\\x00\\xff\"");
        assert_eq!(bytearray_repr("bytearray", b"'x"), "bytearray(b\"\\'x\")");
    }
}
