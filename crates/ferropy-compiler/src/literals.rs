//! Lexical checks on number literals, with CPython's tokenizer messages.
//!
//! `scan` calls [`number_end`] at every number; it returns where the literal
//! ends or the error CPython's tokenizer would raise for it ("invalid decimal
//! literal", "leading zeros in decimal integer literals are not permitted;
//! ...", "invalid digit '8' in octal literal", ...).

/// Where a malformed literal's error points.
#[derive(Debug, PartialEq, Eq)]
pub enum ErrorAt {
    /// At the start of the token at this byte offset.
    Token(usize),
    /// Just before this byte offset (CPython's "tokenizer cursor" position).
    Cursor(usize),
}

/// A malformed number literal.
#[derive(Debug, PartialEq, Eq)]
pub struct LiteralError {
    pub message: String,
    pub at: ErrorAt,
}

type LitResult = Result<usize, LiteralError>;

fn err(message: impl Into<String>, at: ErrorAt) -> LiteralError {
    LiteralError {
        message: message.into(),
        at,
    }
}

/// Byte at `i`, or 0 past the end (0 is never part of a literal).
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// Scan the number literal starting at `start` (a digit, or `.` followed by
/// a digit); returns the offset just past it.
pub fn number_end(s: &[u8], start: usize) -> LitResult {
    if at(s, start) == b'.' {
        return fraction(s, start + 1);
    }
    if at(s, start) == b'0' {
        match at(s, start + 1).to_ascii_lowercase() {
            b'x' => return radix_literal(s, start + 2, 16, "hexadecimal"),
            b'o' => return radix_literal(s, start + 2, 8, "octal"),
            b'b' => return radix_literal(s, start + 2, 2, "binary"),
            _ => return zero_literal(s, start),
        }
    }
    let i = decimal_tail(s, start)?;
    after_integer_part(s, i)
}

/// A decimal literal starting with `0`: only zeros may follow unless it
/// turns out to be a float or imaginary number.
fn zero_literal(s: &[u8], start: usize) -> LitResult {
    let mut i = start + 1;
    loop {
        if at(s, i) == b'_' {
            if !at(s, i + 1).is_ascii_digit() {
                return Err(err("invalid decimal literal", ErrorAt::Cursor(i + 1)));
            }
            i += 1;
        }
        if at(s, i) != b'0' {
            break;
        }
        i += 1;
    }
    let nonzero = at(s, i).is_ascii_digit();
    if nonzero {
        i = decimal_tail(s, i)?;
    }
    match at(s, i) {
        b'.' | b'e' | b'E' | b'j' | b'J' => after_integer_part(s, i),
        _ if nonzero => Err(err(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            ErrorAt::Token(start),
        )),
        _ => end_of_number(s, i, "decimal"),
    }
}

/// Digits (with single underscores between them) starting at `i`, which is
/// a digit.
fn decimal_tail(s: &[u8], mut i: usize) -> LitResult {
    loop {
        while at(s, i).is_ascii_digit() {
            i += 1;
        }
        if at(s, i) != b'_' {
            return Ok(i);
        }
        i += 1;
        if !at(s, i).is_ascii_digit() {
            return Err(err("invalid decimal literal", ErrorAt::Cursor(i)));
        }
    }
}

/// After the integer digits: an optional fraction, exponent and `j`.
fn after_integer_part(s: &[u8], i: usize) -> LitResult {
    if at(s, i) == b'.' {
        return fraction(s, i + 1);
    }
    exponent_and_suffix(s, i)
}

/// After the `.`: optional digits, then exponent and `j`.
fn fraction(s: &[u8], mut i: usize) -> LitResult {
    if at(s, i).is_ascii_digit() {
        i = decimal_tail(s, i)?;
    }
    exponent_and_suffix(s, i)
}

fn exponent_and_suffix(s: &[u8], mut i: usize) -> LitResult {
    if matches!(at(s, i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(s, i), b'+' | b'-') {
            i += 1;
            if !at(s, i).is_ascii_digit() {
                return Err(err("invalid decimal literal", ErrorAt::Cursor(i)));
            }
        } else if !at(s, i).is_ascii_digit() {
            // `1e` followed by a name: the number ends before the `e`.
            end_of_number(s, e, "decimal")?;
            return Ok(e);
        }
        i = decimal_tail(s, i)?;
    }
    if matches!(at(s, i), b'j' | b'J') {
        return end_of_number(s, i + 1, "imaginary");
    }
    end_of_number(s, i, "decimal")
}

/// `0x...`, `0o...`, `0b...` digits starting at `i` (just after the prefix).
fn radix_literal(s: &[u8], mut i: usize, radix: u32, kind: &str) -> LitResult {
    let is_digit = |c: u8| (c as char).is_digit(radix);
    loop {
        if at(s, i) == b'_' {
            i += 1;
        }
        let c = at(s, i);
        if !is_digit(c) {
            if radix < 10 && c.is_ascii_digit() {
                return Err(bad_digit(c, i, kind));
            }
            return Err(err(format!("invalid {kind} literal"), ErrorAt::Cursor(i)));
        }
        while is_digit(at(s, i)) {
            i += 1;
        }
        if at(s, i) != b'_' {
            break;
        }
    }
    if radix < 10 && at(s, i).is_ascii_digit() {
        return Err(bad_digit(at(s, i), i, kind));
    }
    end_of_number(s, i, kind)
}

fn bad_digit(c: u8, i: usize, kind: &str) -> LiteralError {
    err(
        format!("invalid digit '{}' in {kind} literal", c as char),
        ErrorAt::Cursor(i + 1),
    )
}

/// The literal ends at `i`: it must not run into a name (except the
/// keywords that may follow a number, which CPython only warns about).
fn end_of_number(s: &[u8], i: usize, kind: &str) -> LitResult {
    let c = at(s, i);
    let rest = &s[i.min(s.len())..];
    let keyword_follows = ["and", "else", "for", "if", "in", "is", "or", "not"]
        .iter()
        .any(|k| rest.starts_with(k.as_bytes()));
    if !keyword_follows && (c.is_ascii_alphanumeric() || c == b'_') {
        return Err(err(format!("invalid {kind} literal"), ErrorAt::Cursor(i)));
    }
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(src: &str) -> LitResult {
        number_end(src.as_bytes(), 0)
    }

    #[test]
    fn valid_numbers() {
        for src in [
            "1", "1_000", "0", "00", "0_0", "0.5", "09.5", "1e5", "1E+5", "1.5j", "0x1F", "0o17",
            "0b1_0", ".5", "1.", "1e5j", "0e0", "1if",
        ] {
            let n = end(src).unwrap();
            assert!(n >= 1, "{src}");
        }
        assert_eq!(end("1if"), Ok(1));
        assert_eq!(
            end("1.__class__").map_err(|e| e.message),
            Err("invalid decimal literal".into())
        );
    }

    #[test]
    fn invalid_numbers() {
        let cases = [
            ("1__0", "invalid decimal literal", ErrorAt::Cursor(2)),
            ("1.e", "invalid decimal literal", ErrorAt::Cursor(2)),
            ("1e+", "invalid decimal literal", ErrorAt::Cursor(3)),
            ("0x", "invalid hexadecimal literal", ErrorAt::Cursor(2)),
            (
                "0b2",
                "invalid digit '2' in binary literal",
                ErrorAt::Cursor(3),
            ),
            (
                "0b12",
                "invalid digit '2' in binary literal",
                ErrorAt::Cursor(4),
            ),
            ("1.5j2", "invalid imaginary literal", ErrorAt::Cursor(4)),
            ("0x1_", "invalid hexadecimal literal", ErrorAt::Cursor(4)),
            ("1a", "invalid decimal literal", ErrorAt::Cursor(1)),
        ];
        for (src, msg, at) in cases {
            let e = end(src).unwrap_err();
            assert_eq!((e.message.as_str(), e.at), (msg, at), "{src}");
        }
        assert!(end("0777")
            .unwrap_err()
            .message
            .starts_with("leading zeros"));
        assert!(end("0_7").unwrap_err().message.starts_with("leading zeros"));
    }
}
