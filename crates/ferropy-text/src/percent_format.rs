//! printf-style formatting (`str % args`, `bytes % args`) as CPython 3.13
//! does it: parsing the format string, and rendering numbers and padding
//! once the VM has fetched and converted the arguments.
//!
//! CPython handles a format string strictly left to right, and some errors
//! are only reported after earlier side effects (a missing argument is
//! reported before a bad conversion character, for instance). To let the
//! VM reproduce that order, [`parse_percent_format`] never fails: a
//! malformed spec becomes a final [`PercentPiece::Malformed`] piece, and
//! conversion characters are not validated here (see
//! [`unsupported_format_character`]). For each spec the VM does, in order:
//!
//! 1. if the spec names a mapping key (or starts one): require a mapping
//!    argument (TypeError "format requires a mapping") and look the key up
//!    (KeyError);
//! 2. fetch the `*` width, then the `*` precision, from the argument tuple
//!    (TypeError "not enough arguments for format string", "* wants int");
//! 3. for a `Malformed` piece, raise `ValueError(message)` now;
//! 4. fetch the value (unless a key was given);
//! 5. convert it by `conv`, raising [`unsupported_format_character`] for
//!    characters it does not know.
//!
//! For `bytes % args`, decode the format as Latin-1, parse it, and encode
//! the literal pieces back as Latin-1.

use crate::float_repr::{format_float_short, FloatFormatFlags};
use crate::format_spec::{push_fill, FormatError, IntValue};

/// A piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Text copied as is (a `%%` becomes a piece of its own, `%`).
    Literal(&'a str),
    /// A conversion specifier.
    Spec(PercentSpec),
    /// A malformed specifier; always the last piece. `spec` holds what was
    /// parsed before the problem (its `conv` is meaningless): the VM
    /// processes its key (if `requires_mapping`, the argument must be a
    /// mapping even when the key itself is incomplete) and its `*`
    /// arguments, then raises `ValueError(message)`.
    Malformed {
        spec: PercentSpec,
        requires_mapping: bool,
        message: String,
    },
}

/// The flag characters of a specifier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub minus: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: a space in front of non-negative numbers.
    pub space: bool,
    /// `#`: alternate form (`0x` prefixes, keep the decimal point).
    pub alt: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

/// A width or precision: given in the format, or `*` (taken from the
/// arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// `*`.
    Star,
    /// A literal number.
    Value(usize),
}

/// One `%[(key)][flags][width][.precision][length]conv` specifier.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// Flag characters.
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<Count>,
    /// Precision (`%.f` has precision 0).
    pub precision: Option<Count>,
    /// The conversion character (unvalidated; `h`, `l`, `L` length
    /// modifiers before it are skipped).
    pub conv: char,
    /// Character index of `conv` in the format string, for
    /// [`unsupported_format_character`].
    pub index: usize,
}

impl PercentSpec {
    /// Resolve `*` counts with the integers taken from the arguments (the
    /// VM converts them; CPython raises OverflowError "Python int too large
    /// to convert to C ssize_t" for widths and "... C int" for
    /// precisions). A negative `*` width left-justifies; a negative `*`
    /// precision counts as 0.
    pub fn resolve(
        &self,
        star_width: Option<isize>,
        star_precision: Option<isize>,
    ) -> ResolvedPercentSpec {
        let mut flags = self.flags;
        let width = match self.width {
            Some(Count::Value(w)) => w,
            Some(Count::Star) => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.minus = true;
                }
                w.unsigned_abs()
            }
            None => 0,
        };
        let precision = match self.precision {
            Some(Count::Value(p)) => Some(p),
            Some(Count::Star) => Some(star_precision.unwrap_or(0).max(0) as usize),
            None => None,
        };
        ResolvedPercentSpec {
            flags,
            width,
            precision,
            conv: self.conv,
        }
    }
}

/// A specifier with its `*` counts filled in (see [`PercentSpec::resolve`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResolvedPercentSpec {
    /// Flag characters (`minus` set by a negative `*` width).
    pub flags: PercentFlags,
    /// Minimum width (0 = none).
    pub width: usize,
    /// Precision, if any.
    pub precision: Option<usize>,
    /// The conversion character.
    pub conv: char,
}

/// Parse a `%` format string into literal text and specifiers, lazily
/// and in order. Never fails; see [`PercentPiece::Malformed`] for the
/// errors "incomplete format", "incomplete format key", "width too big"
/// and "precision too big".
pub fn parse_percent_format(fmt: &str) -> PercentPieces<'_> {
    PercentPieces {
        fmt,
        pos: 0,
        index: 0,
        done: false,
    }
}

/// The iterator of [`parse_percent_format`].
pub struct PercentPieces<'a> {
    fmt: &'a str,
    /// Byte offset of the next character.
    pos: usize,
    /// Character index of the next character (for error messages).
    index: usize,
    /// Set after a malformed specifier, which ends the pieces.
    done: bool,
}

impl<'a> Iterator for PercentPieces<'a> {
    type Item = PercentPiece<'a>;

    fn next(&mut self) -> Option<PercentPiece<'a>> {
        let rest = &self.fmt[self.pos..];
        if self.done || rest.is_empty() {
            return None;
        }
        let literal_len = rest.find('%').unwrap_or(rest.len());
        if literal_len > 0 {
            let literal = &rest[..literal_len];
            self.pos += literal_len;
            self.index += literal.chars().count();
            return Some(PercentPiece::Literal(literal));
        }
        self.bump('%');
        if self.peek() == Some('%') {
            self.bump('%');
            return Some(PercentPiece::Literal(&rest[1..2]));
        }
        match self.parse_spec() {
            Ok(spec) => Some(PercentPiece::Spec(spec)),
            Err(malformed) => {
                self.done = true;
                Some(malformed)
            }
        }
    }
}

impl<'a> PercentPieces<'a> {
    fn peek(&self) -> Option<char> {
        match *self.fmt.as_bytes().get(self.pos)? {
            b if b.is_ascii() => Some(char::from(b)),
            _ => self.fmt[self.pos..].chars().next(),
        }
    }

    /// Step over `c`, the character at the current position.
    fn bump(&mut self, c: char) {
        self.pos += c.len_utf8();
        self.index += 1;
    }

    /// Step over the current character if `wanted` accepts it.
    fn eat(&mut self, wanted: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|c| wanted(*c))?;
        self.bump(c);
        Some(c)
    }

    /// Parse one specifier, just after its `%`.
    fn parse_spec(&mut self) -> Result<PercentSpec, PercentPiece<'a>> {
        let mut spec = PercentSpec::default();
        let requires_mapping = self.peek() == Some('(');
        let fail = |spec: PercentSpec, message: &str| PercentPiece::Malformed {
            spec,
            requires_mapping,
            message: message.to_string(),
        };
        if requires_mapping {
            match self.parse_key() {
                Some(key) => spec.key = Some(key.to_string()),
                None => return Err(fail(spec, "incomplete format key")),
            }
        }
        while let Some(c) = self.eat(|c| matches!(c, '-' | '+' | ' ' | '#' | '0')) {
            match c {
                '-' => spec.flags.minus = true,
                '+' => spec.flags.plus = true,
                ' ' => spec.flags.space = true,
                '#' => spec.flags.alt = true,
                _ => spec.flags.zero = true,
            }
        }
        spec.width = match self.parse_count(isize::MAX as usize) {
            Ok(count) => count,
            Err(()) => return Err(fail(spec, "width too big")),
        };
        if self.eat(|c| c == '.').is_some() {
            spec.precision = match self.parse_count(i32::MAX as usize) {
                Ok(count) => Some(count.unwrap_or(Count::Value(0))),
                Err(()) => return Err(fail(spec, "precision too big")),
            };
        }
        self.eat(|c| matches!(c, 'h' | 'l' | 'L'));
        match self.peek() {
            Some(c) => {
                spec.conv = c;
                spec.index = self.index;
                self.bump(c);
                Ok(spec)
            }
            None => Err(fail(spec, "incomplete format")),
        }
    }

    /// Parse `(key)` with balanced parentheses, at the `(`.
    fn parse_key(&mut self) -> Option<&'a str> {
        let fmt = self.fmt;
        let start = self.pos;
        let mut depth = 0usize;
        for (offset, c) in fmt[start..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                let key = &fmt[start + 1..start + offset];
                self.index += fmt[start..=start + offset].chars().count();
                self.pos = start + offset + 1;
                return Some(key);
            }
        }
        None
    }

    /// Parse `*` or ASCII digits (`None` if neither); `Err` past `max`.
    fn parse_count(&mut self, max: usize) -> Result<Option<Count>, ()> {
        if self.eat(|c| c == '*').is_some() {
            return Ok(Some(Count::Star));
        }
        let mut value: usize = 0;
        let mut any = false;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|v| *v <= max)
                .ok_or(())?;
            self.pos += 1;
            self.index += 1;
            any = true;
        }
        Ok(any.then_some(Count::Value(value)))
    }
}

/// The error for a conversion character the VM does not support, raised
/// after the value argument was fetched. For `str` formats it is
/// ValueError "unsupported format character 'y' (0x79) at index 3" (the
/// character shown as `?` unless it is in 0x1f..=0x7e); for `bytes`
/// formats, CPython shows any ASCII character as is, and for bytes
/// 0x80..=0xff raises OverflowError "character argument not in
/// range(0x110000)".
pub fn unsupported_format_character(conv: char, index: usize, for_bytes: bool) -> FormatError {
    let cp = u32::from(conv);
    if for_bytes && cp >= 0x80 {
        return FormatError::Overflow("character argument not in range(0x110000)".into());
    }
    let shown = if for_bytes || (0x1f..=0x7e).contains(&cp) {
        conv
    } else {
        '?'
    };
    FormatError::Value(format!(
        "unsupported format character '{shown}' ({cp:#x}) at index {index}"
    ))
}

/// Append an integer formatted for `%d %i %u %x %X %o` (the VM has
/// already applied `__index__`/`__int__`). Precision is a minimum digit
/// count; `#` adds `0x`/`0X`/`0o`; `0` pads with zeros after the sign and
/// prefix.
pub fn percent_format_int(out: &mut String, v: IntValue, spec: &ResolvedPercentSpec) {
    let (radix, prefix) = match spec.conv {
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        _ => (10, ""),
    };
    let prefix = if spec.flags.alt { prefix } else { "" };
    v.with_digits(radix, spec.conv == 'X', |digits| {
        let zeros = spec.precision.map_or(0, |p| p.saturating_sub(digits.len()));
        pad_number(out, v.is_negative(), prefix, zeros, digits, spec);
    });
}

/// Append a float formatted for `%e %E %f %F %g %G` (default precision 6).
pub fn percent_format_float(out: &mut String, v: f64, spec: &ResolvedPercentSpec) {
    let flags = FloatFormatFlags {
        alternate: spec.flags.alt,
        ..FloatFormatFlags::default()
    };
    let text = format_float_short(v, spec.conv, spec.precision.unwrap_or(6), flags);
    match text.strip_prefix('-') {
        Some(rest) => pad_number(out, true, "", 0, rest, spec),
        None => pad_number(out, false, "", 0, &text, spec),
    }
}

/// Append `<sign><prefix><zeros><body>` laid out in the field (`zeros`
/// counts zeros the precision asks for): zero padding goes after the
/// prefix, space padding before the sign or (with `-`) at the end.
fn pad_number(
    out: &mut String,
    negative: bool,
    prefix: &str,
    zeros: usize,
    body: &str,
    spec: &ResolvedPercentSpec,
) {
    let flags = spec.flags;
    let sign = if negative {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + zeros + body.len();
    let padding = spec.width.saturating_sub(len);
    let (left, zeros, right) = if flags.minus {
        (0, zeros, padding)
    } else if flags.zero {
        (0, zeros + padding, 0)
    } else {
        (padding, zeros, 0)
    };
    out.reserve(len + padding);
    push_fill(out, ' ', left);
    out.push_str(sign);
    out.push_str(prefix);
    push_fill(out, '0', zeros);
    out.push_str(body);
    push_fill(out, ' ', right);
}

/// Append the text of a `%s %r %a %c` (or bytes `%b`) conversion:
/// precision truncates (except for `%c`), then spaces pad to the width,
/// on the left unless the `-` flag is set. The `0` flag has no effect
/// here.
pub fn pad_percent(out: &mut String, s: &str, spec: &ResolvedPercentSpec) {
    let text = match spec.precision {
        Some(p) if spec.conv != 'c' => match s.char_indices().nth(p) {
            Some((cut, _)) => &s[..cut],
            None => s,
        },
        _ => s,
    };
    let padding = spec.width.saturating_sub(text.chars().count());
    let (left, right) = if spec.flags.minus {
        (0, padding)
    } else {
        (padding, 0)
    };
    out.reserve(text.len() + padding);
    push_fill(out, ' ', left);
    out.push_str(text);
    push_fill(out, ' ', right);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::float_repr::{float_repr, float_to_bigint};
    use num_bigint::BigInt;
    use num_traits::ToPrimitive;

    /// A test argument: int (decimal text), float (bits) or str.
    enum A {
        I(&'static str),
        F(u64),
        S(&'static str),
    }

    /// Expected result: the text, or (exception class, message).
    type Expected = Result<&'static str, (&'static str, &'static str)>;

    include!("testdata/percent_format.rs");

    type Failure = (String, String);

    fn fail(kind: &str, msg: &str) -> Failure {
        (kind.to_string(), msg.to_string())
    }

    fn int_of(a: &A) -> BigInt {
        match a {
            A::I(s) => s.parse().unwrap(),
            A::F(b) => float_to_bigint(f64::from_bits(*b)).unwrap(),
            A::S(_) => panic!("str used as int"),
        }
    }

    /// Append `percent_format_int` of `n`, checking that the machine-int
    /// path agrees with the BigInt path.
    fn format_int_both_ways(out: &mut String, n: &BigInt, r: &ResolvedPercentSpec) {
        let mut big = String::new();
        percent_format_int(&mut big, IntValue::Big(n), r);
        if let Some(i) = n.to_i64() {
            let mut small = String::new();
            percent_format_int(&mut small, IntValue::Small(i), r);
            assert_eq!(small, big, "{n}");
        }
        out.push_str(&big);
    }

    fn str_of(a: &A) -> String {
        match a {
            A::I(s) => s.to_string(),
            A::F(b) => float_repr(f64::from_bits(*b)),
            A::S(s) => s.to_string(),
        }
    }

    /// A miniature of the VM's `str % tuple`, following the module docs.
    fn run(fmt: &str, args: &[A]) -> Result<String, Failure> {
        let mut next = 0;
        let mut take = || {
            next += 1;
            args.get(next - 1)
                .ok_or_else(|| fail("TypeError", "not enough arguments for format string"))
        };
        let mut out = String::new();
        for piece in parse_percent_format(fmt) {
            let (spec, malformed) = match piece {
                PercentPiece::Literal(s) => {
                    out.push_str(s);
                    continue;
                }
                PercentPiece::Spec(spec) => (spec, None),
                PercentPiece::Malformed {
                    spec,
                    requires_mapping,
                    message,
                } => (spec, Some((requires_mapping, message))),
            };
            if spec.key.is_some() || malformed.as_ref().is_some_and(|m| m.0) {
                return Err(fail("TypeError", "format requires a mapping"));
            }
            let mut star = |c: Option<Count>| -> Result<Option<isize>, Failure> {
                match c {
                    Some(Count::Star) => Ok(Some(int_of(take()?).try_into().unwrap())),
                    _ => Ok(None),
                }
            };
            let sw = star(spec.width)?;
            let sp = star(spec.precision)?;
            if let Some((_, message)) = malformed {
                return Err(fail("ValueError", &message));
            }
            let value = take()?;
            let r = spec.resolve(sw, sp);
            match (spec.conv, value) {
                ('d' | 'i' | 'u', v) => format_int_both_ways(&mut out, &int_of(v), &r),
                ('x' | 'X' | 'o', A::I(s)) => {
                    format_int_both_ways(&mut out, &s.parse().unwrap(), &r)
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::F(b)) => {
                    percent_format_float(&mut out, f64::from_bits(*b), &r)
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::I(s)) => {
                    percent_format_float(&mut out, s.parse().unwrap(), &r)
                }
                ('s' | 'r' | 'a', v) => pad_percent(&mut out, &str_of(v), &r),
                ('c', A::I(s)) => {
                    let c = char::from_u32(s.parse().unwrap()).unwrap();
                    pad_percent(&mut out, &c.to_string(), &r)
                }
                ('c', A::S(s)) => pad_percent(&mut out, s, &r),
                (c, _) => {
                    return Err(match unsupported_format_character(c, spec.index, false) {
                        FormatError::Value(m) => fail("ValueError", &m),
                        other => fail("Other", &other.to_string()),
                    })
                }
            }
        }
        if next < args.len() {
            return Err(fail(
                "TypeError",
                "not all arguments converted during string formatting",
            ));
        }
        Ok(out)
    }

    #[test]
    fn cases_match_cpython() {
        for (fmt, args, want) in CASES {
            let got = run(fmt, args);
            let got_ref = got
                .as_ref()
                .map(String::as_str)
                .map_err(|(k, m)| (k.as_str(), m.as_str()));
            assert_eq!(got_ref, *want, "format {fmt:?}");
        }
    }

    #[test]
    fn parse_pieces() {
        let pieces: Vec<_> = parse_percent_format("a%%b%(k(x))-#08.3lx%s").collect();
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[..3], ["a", "%", "b"].map(PercentPiece::Literal));
        let PercentPiece::Spec(spec) = &pieces[3] else {
            panic!()
        };
        assert_eq!(spec.key.as_deref(), Some("k(x)"));
        assert!(spec.flags.minus && spec.flags.alt && spec.flags.zero && !spec.flags.plus);
        assert_eq!(
            (spec.width, spec.precision, spec.conv, spec.index),
            (Some(Count::Value(8)), Some(Count::Value(3)), 'x', 18)
        );
        assert!(matches!(&pieces[4], PercentPiece::Spec(s) if s.conv == 's'));
        let pieces: Vec<_> = parse_percent_format("\u{e9}\u{e9}%(\u{e9})5d%.2\u{e9}").collect();
        let PercentPiece::Spec(spec) = &pieces[1] else {
            panic!()
        };
        assert_eq!(
            (spec.key.as_deref(), spec.conv, spec.index),
            (Some("\u{e9}"), 'd', 7)
        );
        let PercentPiece::Spec(spec) = &pieces[2] else {
            panic!()
        };
        assert_eq!((spec.conv, spec.index), ('\u{e9}', 11));
    }

    #[test]
    fn bytes_messages() {
        assert_eq!(
            unsupported_format_character('\x7f', 1, true),
            FormatError::Value("unsupported format character '\x7f' (0x7f) at index 1".into())
        );
        assert!(matches!(
            unsupported_format_character('\u{e9}', 1, true),
            FormatError::Overflow(_)
        ));
    }
}
