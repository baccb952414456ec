//! `int(str, base)` and `float(str)` parsing, and the int/str conversion
//! digit limit (`sys.set_int_max_str_digits`), with CPython 3.13's rules.
//!
//! Both parsers first normalise the text as CPython does: surrounding
//! whitespace is dropped (ASCII ` \t\n\v\f\r`, or any non-ASCII character
//! that `str.isspace()` accepts) and every Unicode decimal digit (category
//! Nd, e.g. Arabic-Indic or fullwidth digits) stands for its ASCII digit.
//! Any other non-ASCII character makes the text invalid. Single underscores
//! are allowed between digits.

use num_bigint::{BigInt, BigUint, Sign};

use crate::unicode_props::{decimal_value, is_space};

/// The default of `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS_DEFAULT: usize = 4300;

/// `sys.int_info.str_digits_check_threshold`: the smallest nonzero value
/// `sys.set_int_max_str_digits` accepts.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Whitespace as `int()`/`float()` see it after CPython's normalisation.
fn is_number_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        is_space(c)
    }
}

/// Strip surrounding whitespace and map Unicode decimal digits to ASCII.
/// `None` if any other non-ASCII character remains.
fn normalize(s: &str) -> Option<String> {
    s.trim_matches(is_number_space)
        .chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else {
                decimal_value(c).map(|d| char::from(b'0' + d as u8))
            }
        })
        .collect()
}

/// Split an optional leading `+`/`-` off `s`.
fn split_sign(s: &str) -> (bool, &str) {
    if let Some(rest) = s.strip_prefix('-') {
        (true, rest)
    } else {
        (false, s.strip_prefix('+').unwrap_or(s))
    }
}

/// Why [`parse_int_limited`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// ValueError "invalid literal for int() with base N: 'TEXT'" (the
    /// caller words it: CPython shows `repr(text)` cut to 200 characters).
    Invalid,
    /// The literal is valid but has more digits than the limit allows;
    /// the payload is the digit count. See [`too_many_digits_message`].
    TooManyDigits(usize),
}

/// The ValueError message for [`ParseIntError::TooManyDigits`].
pub fn too_many_digits_message(limit: usize, digits: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} \
         digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// `int(s, base)` without a digit limit. `base` must be 0 or 2..=36 (the
/// caller checks: ValueError "int() base must be >= 2 and <= 36, or 0").
/// `None` means the literal is invalid.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_limited(s, base, 0).ok()
}

/// `int(s, base)` with CPython's digit limit: for bases that are not
/// powers of two, more than `max_str_digits` digits (underscores, sign
/// and whitespace not counted) is an error. `max_str_digits == 0` means
/// no limit. Validity is checked before the limit.
pub fn parse_int_limited(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, ParseIntError> {
    let text = normalize(s).ok_or(ParseIntError::Invalid)?;
    let (negative, body) = split_sign(&text);
    let (base, digits, zeros_only) = split_base_prefix(body, base);
    let values = digit_values(digits, base).ok_or(ParseIntError::Invalid)?;
    if zeros_only && values.iter().any(|v| *v != 0) {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && values.len() > max_str_digits {
        return Err(ParseIntError::TooManyDigits(values.len()));
    }
    let magnitude = BigUint::from_radix_be(&values, base).expect("digits below the base");
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// Resolve the base and strip a `0x`/`0o`/`0b` prefix (plus one optional
/// underscore after it). Returns the base, the digits, and whether the
/// digits must all be zero: base 0 infers the base, and a base-0 literal
/// that starts with `0` but has no prefix may not have leading zeros.
fn split_base_prefix(body: &str, base: u32) -> (u32, &str, bool) {
    let b = body.as_bytes();
    let prefix_base = match (b.first(), b.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => Some(16),
        (Some(b'0'), Some(b'o' | b'O')) => Some(8),
        (Some(b'0'), Some(b'b' | b'B')) => Some(2),
        _ => None,
    };
    match prefix_base {
        Some(p) if base == 0 || base == p => {
            let rest = &body[2..];
            (p, rest.strip_prefix('_').unwrap_or(rest), false)
        }
        _ if base == 0 => (10, body, b.first() == Some(&b'0')),
        _ => (base, body, false),
    }
}

/// The digit values of `digits` in `base`, allowing single underscores
/// between digits. `None` if empty or malformed.
fn digit_values(digits: &str, base: u32) -> Option<Vec<u8>> {
    let mut values = Vec::with_capacity(digits.len());
    for_each_digit(digits, base, |d| {
        values.push(d as u8);
        Some(())
    })?;
    Some(values)
}

/// Feed the digit values of `digits` in `base` to `f`, allowing single
/// underscores between digits. `None` if empty, malformed, or `f` refuses.
fn for_each_digit(digits: &str, base: u32, mut f: impl FnMut(u32) -> Option<()>) -> Option<()> {
    let mut prev_underscore = true; // no leading underscore
    for c in digits.chars() {
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        f(c.to_digit(base)?)?;
        prev_underscore = false;
    }
    (!prev_underscore).then_some(())
}

/// `int(s, base)` for the common case of ASCII text whose value fits an
/// `i64`, without allocating. `None` means "use [`parse_int_limited`]":
/// the text may be invalid, non-ASCII, too long or too large.
pub fn parse_small_int(s: &str, base: u32) -> Option<i64> {
    // Below the smallest digit limit, so the limit never applies here.
    if !s.is_ascii() || s.len() > INT_MAX_STR_DIGITS_THRESHOLD {
        return None;
    }
    let (negative, body) = split_sign(s.trim_matches(is_number_space));
    let (base, digits, zeros_only) = split_base_prefix(body, base);
    let mut magnitude: u64 = 0;
    for_each_digit(digits, base, |d| {
        magnitude = magnitude
            .checked_mul(u64::from(base))?
            .checked_add(u64::from(d))?;
        Some(())
    })?;
    if zeros_only && magnitude != 0 {
        return None;
    }
    if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// `float(s)` for a str: optional sign, then `inf`, `infinity` or `nan`
/// (any case; `-nan` has its sign bit set), or a decimal literal
/// (`12`, `1.`, `.5`, `1_000.0e-1_0`). Correctly rounded; out-of-range
/// values become `inf` or `0.0`. `None` means invalid (ValueError "could
/// not convert string to float: 'TEXT'", with `repr(text)`).
pub fn parse_float(s: &str) -> Option<f64> {
    let text = normalize(s)?;
    let (negative, body) = split_sign(&text);
    let magnitude = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let cleaned = check_decimal_literal(body)?;
            cleaned.parse::<f64>().ok()?
        }
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Validate `digits[.digits][e[+-]digits]` (with at least one mantissa
/// digit, underscores only between digits) and return it without the
/// underscores.
fn check_decimal_literal(body: &str) -> Option<String> {
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let int_digits = strip_underscores(int_part)?;
    let frac_digits = strip_underscores(frac_part)?;
    if int_digits.is_empty() && frac_digits.is_empty() {
        return None;
    }
    let mut out = format!("{int_digits}.{frac_digits}");
    if let Some(exp) = exponent {
        let (exp_negative, exp_digits) = split_sign(exp);
        let exp_digits = strip_underscores(exp_digits)?;
        if exp_digits.is_empty() {
            return None;
        }
        out.push('e');
        if exp_negative {
            out.push('-');
        }
        out.push_str(&exp_digits);
    }
    Some(out)
}

/// ASCII digits with single underscores strictly between digits, returned
/// without the underscores (may be empty). `None` if malformed.
fn strip_underscores(part: &str) -> Option<String> {
    let mut out = String::with_capacity(part.len());
    let mut prev_digit = false;
    let mut pending_underscore = false;
    for c in part.chars() {
        match c {
            '_' if prev_digit && !pending_underscore => pending_underscore = true,
            '0'..='9' => {
                out.push(c);
                prev_digit = true;
                pending_underscore = false;
            }
            _ => return None,
        }
    }
    (!pending_underscore).then_some(out)
}

/// The longest prefix of `s` that C's `strtod` reads as a float (as
/// `PyOS_string_to_double` does when asked where the number ends):
/// `[sign](digits[.digits]|.digits)[(e|E)[sign]digits]` or
/// `[sign](inf|infinity|nan)` in any case. `s` must already be ASCII with
/// no underscores. Returns the value (out-of-range values saturate to
/// `inf` or `0.0`) and the length of the prefix; `None` if `s` does not
/// start with a number.
pub fn parse_float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let negative = b.first() == Some(&b'-');
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    if let Some((v, n)) = inf_or_nan_prefix(&s[i..]) {
        return Some((if negative { -v } else { v }, i + n));
    }
    let mut digits = skip_digits(b, &mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        digits += skip_digits(b, &mut i);
    }
    if digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if skip_digits(b, &mut j) > 0 {
            i = j;
        }
    }
    Some((s[..i].parse().ok()?, i))
}

/// Advance `i` past ASCII digits; the number skipped.
fn skip_digits(b: &[u8], i: &mut usize) -> usize {
    let start = *i;
    while b.get(*i).is_some_and(u8::is_ascii_digit) {
        *i += 1;
    }
    *i - start
}

/// `inf`, `infinity` or `nan` (any case) at the start of `s`.
fn inf_or_nan_prefix(s: &str) -> Option<(f64, usize)> {
    let starts = |word: &str| s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word);
    if starts("infinity") {
        Some((f64::INFINITY, 8))
    } else if starts("inf") {
        Some((f64::INFINITY, 3))
    } else if starts("nan") {
        Some((f64::NAN, 3))
    } else {
        None
    }
}

/// Why [`parse_complex`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseComplexError {
    /// ValueError "complex() arg is a malformed string".
    Malformed,
    /// A misplaced underscore: ValueError "could not convert string to
    /// complex: 'TEXT'" (with `repr` of the argument).
    Underscore,
}

/// `complex(s)` for a str: surrounding whitespace, optional parentheses
/// (with whitespace inside), then `<float>`, `<float>j`,
/// `<float><signed-float>j`, `<float><sign>j`, `<sign>j` or `j`, where
/// `<float>` is anything `float()` accepts. Unicode decimal digits and
/// spaces count as their ASCII forms; single underscores may separate
/// digits. Returns `(real, imag)`.
pub fn parse_complex(s: &str) -> Result<(f64, f64), ParseComplexError> {
    let ascii = complex_ascii(s).ok_or(ParseComplexError::Malformed)?;
    let text = if ascii.contains('_') {
        remove_underscores(&ascii).ok_or(ParseComplexError::Underscore)?
    } else {
        ascii
    };
    parse_complex_ascii(&text).ok_or(ParseComplexError::Malformed)
}

/// Map Unicode spaces to ` ` and decimal digits to ASCII; `None` if any
/// other non-ASCII character occurs.
fn complex_ascii(s: &str) -> Option<String> {
    s.chars()
        .map(|c| match c {
            _ if c.is_ascii() => Some(c),
            _ if is_space(c) => Some(' '),
            _ => decimal_value(c).map(|d| char::from(b'0' + d as u8)),
        })
        .collect()
}

/// Drop underscores that sit between two digits; `None` if any other
/// underscore occurs.
fn remove_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_digit = i > 0 && b[i - 1].is_ascii_digit();
            let next_digit = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(prev_digit && next_digit) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// The grammar of [`parse_complex`] on normalised ASCII text.
fn parse_complex_ascii(text: &str) -> Option<(f64, f64)> {
    let is_ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r');
    let mut s = text.trim_matches(is_ws);
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim_matches(is_ws);
    }
    let (first, rest) = match parse_float_prefix(s) {
        Some((v, n)) => (Some(v), &s[n..]),
        None => (None, s),
    };
    let (re, im, rest) = match (first, rest.as_bytes().first()) {
        (Some(x), Some(b'+' | b'-')) => {
            let (y, rest) = signed_imag(rest);
            (x, y, rest.strip_prefix(['j', 'J'])?)
        }
        (Some(y), Some(b'j' | b'J')) => (0.0, y, &rest[1..]),
        (Some(x), _) => (x, 0.0, rest),
        (None, _) => {
            let (y, rest) = signed_imag(rest);
            (0.0, y, rest.strip_prefix(['j', 'J'])?)
        }
    };
    rest.is_empty().then_some((re, im))
}

/// The coefficient of an imaginary part at the start of `s`: a float, or a
/// bare sign (or nothing) meaning 1 with that sign. Returns the rest.
fn signed_imag(s: &str) -> (f64, &str) {
    if let Some((v, n)) = parse_float_prefix(s) {
        return (v, &s[n..]);
    }
    match s.as_bytes().first() {
        Some(b'-') => (-1.0, &s[1..]),
        Some(b'+') => (1.0, &s[1..]),
        _ => (1.0, s),
    }
}

/// `str(v)` under the digit limit: `Err` carries the ValueError message
/// "Exceeds the limit (4300 digits) for integer string conversion; use
/// sys.set_int_max_str_digits() to increase the limit" when `v` has more
/// than `max_str_digits` decimal digits (`0` = no limit).
pub fn int_to_decimal_string(v: &BigInt, max_str_digits: usize) -> Result<String, String> {
    let error = || {
        format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )
    };
    if max_str_digits > 0 {
        // A number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1
        // digits: reject hopeless cases before the quadratic conversion.
        let bits = v.bits();
        if bits > 0 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as usize > max_str_digits {
            return Err(error());
        }
    }
    let text = v.to_string();
    let digits = text.len() - usize::from(v.sign() == Sign::Minus);
    if max_str_digits > 0 && digits > max_str_digits {
        return Err(error());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    include!("testdata/number_parse.rs");

    #[test]
    fn ints_match_cpython() {
        for (s, base, want) in INTS {
            let got = parse_int_limited(s, *base, INT_MAX_STR_DIGITS_DEFAULT);
            match (got, want) {
                (Ok(g), Ok("big")) => assert!(g.bits() > 4000 * 3, "{s:?}"),
                (Ok(g), Ok(w)) => assert_eq!(g.to_string(), *w, "{s:?} base {base}"),
                (g, w) => assert_eq!(g.map(|_| ()), w.map(|_| ()), "{s:?} base {base}"),
            }
        }
    }

    #[test]
    fn small_ints_agree_with_the_general_parser() {
        for (s, base, _) in INTS {
            if let Some(small) = parse_small_int(s, *base) {
                let general = parse_int_limited(s, *base, INT_MAX_STR_DIGITS_DEFAULT);
                assert_eq!(general, Ok(BigInt::from(small)), "{s:?} base {base}");
            }
        }
        let cases = [
            (" -0x_7fff_ffff_ffff_ffff\n", 0, Some(-i64::MAX)),
            ("-9223372036854775808", 10, Some(i64::MIN)),
            ("9223372036854775808", 10, None),
            ("+z", 36, Some(35)),
            ("010", 0, None),
            ("000", 0, Some(0)),
            ("1__0", 10, None),
            ("", 10, None),
            ("\u{661}", 10, None),
        ];
        for (s, base, want) in cases {
            assert_eq!(parse_small_int(s, base), want, "{s:?} base {base}");
        }
    }

    #[test]
    fn unlimited_parse() {
        let s = "1".repeat(5000);
        assert_eq!(parse_int(&s, 10).unwrap().to_string(), s);
        assert_eq!(parse_int("0x_ff", 0), Some(BigInt::from(255)));
        assert_eq!(parse_int("010", 0), None);
    }

    #[test]
    fn floats_match_cpython() {
        for (s, want) in FLOATS {
            let got = parse_float(s);
            match (got, want) {
                (Some(g), Some(w)) => {
                    let w = f64::from_bits(*w);
                    let same = g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan());
                    assert!(same, "{s:?}: {g} != {w}");
                    assert_eq!(g.is_sign_negative(), w.is_sign_negative(), "{s:?} sign");
                }
                (g, w) => assert_eq!(g.is_some(), w.is_some(), "{s:?}"),
            }
        }
    }

    #[test]
    fn complex_matches_cpython() {
        let ok = [
            ("1+2j", 1.0, 2.0),
            ("-j", 0.0, -1.0),
            (" (1e3-2.5J) ", 1000.0, -2.5),
            ("infj", 0.0, f64::INFINITY),
            ("1_0j", 0.0, 10.0),
            ("1-j", 1.0, -1.0),
            ("\u{661}+\u{662}j", 1.0, 2.0),
        ];
        for (s, re, im) in ok {
            assert_eq!(parse_complex(s), Ok((re, im)), "{s:?}");
        }
        let bad = ["", "()", "1 + 2j", "1+2j)", "(1+2j", "1e+j", "j1", "1+"];
        for s in bad {
            assert_eq!(parse_complex(s), Err(ParseComplexError::Malformed), "{s:?}");
        }
        for s in ["1__0j", "_1j", "1_j"] {
            assert_eq!(
                parse_complex(s),
                Err(ParseComplexError::Underscore),
                "{s:?}"
            );
        }
        assert_eq!(parse_float_prefix("1e5x"), Some((1e5, 3)));
        assert_eq!(parse_float_prefix("1e+j"), Some((1.0, 1)));
        assert_eq!(
            parse_float_prefix("-Infinityj"),
            Some((f64::NEG_INFINITY, 9))
        );
        assert_eq!(parse_float_prefix(".j"), None);
    }

    #[test]
    fn to_str_limit_matches_cpython() {
        for (hex, ok) in TO_STR {
            let (neg, digits) = match hex.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, *hex),
            };
            let mut v = BigInt::parse_bytes(&digits.as_bytes()[2..], 16).unwrap();
            if neg {
                v = -v;
            }
            let got = int_to_decimal_string(&v, INT_MAX_STR_DIGITS_DEFAULT);
            assert_eq!(got.is_ok(), *ok, "{hex}");
            if let Ok(text) = got {
                assert_eq!(text, v.to_string());
            }
        }
        assert!(int_to_decimal_string(&BigInt::from(10).pow(5000), 0).is_ok());
    }
}
