//! The format-specification mini-language of `format()`, `str.format` and
//! f-strings, for `int`, `float` and `str`, as CPython 3.13 implements it.
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! [`parse_format_spec`] turns the text into a [`FormatSpec`]; then
//! [`format_int`], [`format_float`] or [`format_str`] render a value. Error
//! messages are CPython's word for word; the caller raises them as the
//! exception class given by [`FormatError`]. Widths count Unicode scalar
//! values, not bytes. The `n` type uses the C locale (no grouping, `.` as
//! the decimal point), which is what CPython does unless the program calls
//! `locale.setlocale`.

use std::fmt;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::digits::{digit_buf, u64_digits};
use crate::float_repr::{bigint_to_float, format_float_short, FloatFormatFlags};
use crate::unicode_props::decimal_value;

/// A parsed format specification. `None` fields were not given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character; only ever set together with `align`.
    pub fill: Option<char>,
    /// One of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// The `z` option: coerce negative zero results to positive zero.
    pub z: bool,
    /// The `#` alternate form.
    pub alternate: bool,
    /// A `0` before the width (zero padding, sign-aware for numbers).
    pub zero_pad: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits, or maximum length for strings).
    pub precision: Option<usize>,
    /// Presentation type (`d`, `x`, `f`, `s`, ...).
    pub kind: Option<char>,
}

/// A formatting failure, to be raised as the named exception class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(message)`.
    Value(String),
    /// `OverflowError(message)`.
    Overflow(String),
    /// `format(n, 'c')` with `n` a lone surrogate code point, which a Rust
    /// `String` cannot hold; CPython returns a one-character str holding
    /// that code point.
    /// A code point ferropy cannot hold (see `surrogates`).
    Reserved(u32),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => f.write_str(m),
            FormatError::Reserved(cp) => write!(f, "reserved code point U+{cp:04X}"),
        }
    }
}

fn value_error(msg: impl Into<String>) -> FormatError {
    FormatError::Value(msg.into())
}

/// `c` quoted as CPython's format errors quote a presentation type:
/// printable ASCII as itself, anything else as `\xNN`.
fn quote_code(c: char) -> String {
    let cp = u32::from(c);
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

/// The "Unknown format code 'x' for object of type 'float'" error.
pub fn unknown_format_code(code: char, type_name: &str) -> FormatError {
    value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        quote_code(code)
    ))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parse `spec` (the text after `:` in a replacement field).
///
/// `type_name` is the type of the object being formatted, used in the
/// "Invalid format specifier '...' for object of type '...'" message.
/// The `Err` is a ValueError message.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    if spec.is_ascii() {
        parse_spec_chars(spec.as_bytes(), spec, type_name)
    } else {
        let chars: Vec<char> = spec.chars().collect();
        parse_spec_chars(&chars, spec, type_name)
    }
}

/// [`parse_format_spec`] over the characters of `spec`: its bytes when it
/// is ASCII, its chars otherwise.
fn parse_spec_chars<C: Copy + Into<char>>(
    chars: &[C],
    spec: &str,
    type_name: &str,
) -> Result<FormatSpec, String> {
    let peek = |pos: usize| chars.get(pos).map(|c| (*c).into());
    let mut out = FormatSpec::default();
    let mut pos = 0;
    if let (Some(fill), Some(align)) = (peek(0), peek(1).filter(|c| is_align(*c))) {
        out.fill = Some(fill);
        out.align = Some(align);
        pos = 2;
    } else if let Some(align) = peek(0).filter(|c| is_align(*c)) {
        out.align = Some(align);
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = peek(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if peek(pos) == Some('z') {
        out.z = true;
        pos += 1;
    }
    if peek(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && peek(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = parse_count(chars, &mut pos)?;
    if peek(pos) == Some(',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if peek(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(BOTH_SEPARATORS.to_string());
        }
        out.grouping = Some('_');
        pos += 1;
        if peek(pos) == Some(',') {
            return Err(BOTH_SEPARATORS.to_string());
        }
    }
    if peek(pos) == Some('.') {
        pos += 1;
        out.precision = parse_count(chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if chars.len() - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    out.kind = peek(pos);
    if let Some(kind) = out.kind {
        check_grouping(&out, kind)?;
    }
    Ok(out)
}

const BOTH_SEPARATORS: &str = "Cannot specify both ',' and '_'.";

/// Read decimal digits (any Unicode decimal digit counts) at `pos`.
fn parse_count<C: Copy + Into<char>>(
    chars: &[C],
    pos: &mut usize,
) -> Result<Option<usize>, String> {
    let digit = |c: char| {
        if c.is_ascii() {
            c.to_digit(10)
        } else {
            decimal_value(c)
        }
    };
    let mut value: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|c| digit((*c).into())) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Reject a thousands separator with a presentation type that has none.
fn check_grouping(spec: &FormatSpec, kind: char) -> Result<(), String> {
    let Some(sep) = spec.grouping else {
        return Ok(());
    };
    match kind {
        // CPython also lets through NUL, its internal "no type" marker.
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(()),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(()),
        _ => Err(format!(
            "Cannot specify '{sep}' with '{}'.",
            quote_code(kind)
        )),
    }
}

impl FormatSpec {
    /// The fill character in effect (`0` from zero padding, else space).
    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' })
    }

    /// The alignment in effect for numbers (default right, `=` with `0`).
    fn numeric_align(&self) -> char {
        self.align.unwrap_or(if self.zero_pad { '=' } else { '>' })
    }

    fn width_or_zero(&self) -> usize {
        self.width.unwrap_or(0)
    }
}

/// An integer to format: a machine integer, or a big one.
#[derive(Clone, Copy, Debug)]
pub enum IntValue<'a> {
    /// An integer that fits in 64 bits (formatted without `BigInt`).
    Small(i64),
    /// Any integer.
    Big(&'a BigInt),
}

impl IntValue<'_> {
    pub(crate) fn is_negative(self) -> bool {
        match self {
            IntValue::Small(i) => i < 0,
            IntValue::Big(b) => b.sign() == Sign::Minus,
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntValue::Small(i) => Some(i),
            IntValue::Big(b) => b.to_i64(),
        }
    }

    /// The nearest float (ties to even); `None` if it overflows.
    fn to_f64(self) -> Option<f64> {
        match self {
            IntValue::Small(i) => Some(i as f64),
            IntValue::Big(b) => bigint_to_float(b),
        }
    }

    /// Run `f` on the digits of the magnitude in `radix` (2, 8, 10 or 16;
    /// letters upper-case if `upper`).
    pub(crate) fn with_digits<R>(self, radix: u32, upper: bool, f: impl FnOnce(&str) -> R) -> R {
        match self {
            IntValue::Small(i) => f(u64_digits(i.unsigned_abs(), radix, upper, &mut digit_buf())),
            IntValue::Big(b) => {
                let mut digits = b.magnitude().to_str_radix(radix);
                if upper {
                    digits.make_ascii_uppercase();
                }
                f(&digits)
            }
        }
    }
}

/// `format(v, spec)` for an int (`type_name` is `int`, `bool` or the
/// subclass name, for error messages).
///
/// Types `b c d o x X n` and none format the integer; `e E f F g G %`
/// convert it to float first (OverflowError "int too large to convert to
/// float" if it does not fit).
pub fn format_int(v: IntValue, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.kind {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_internal(v, spec),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = v
                .to_f64()
                .ok_or_else(|| FormatError::Overflow("int too large to convert to float".into()))?;
            format_float_internal(f, spec)
        }
        Some(c) => Err(unknown_format_code(c, type_name)),
    }
}

fn format_int_internal(v: IntValue, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let kind = spec.kind.unwrap_or('d');
    if kind == 'c' {
        return format_int_char(v, spec);
    }
    let (radix, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let group_size = if radix == 10 { 3 } else { 4 };
    Ok(v.with_digits(radix, kind == 'X', |digits| {
        let parts = NumberParts {
            negative: v.is_negative(),
            prefix: if spec.alternate { prefix } else { "" },
            digits,
            remainder: "",
        };
        layout_number(&parts, spec, spec.grouping.map(|s| (s, group_size)))
    }))
}

/// The `c` presentation type: the integer as a character.
fn format_int_char(v: IntValue, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let x = v
        .to_i64()
        .ok_or_else(|| FormatError::Overflow("Python int too large to convert to C long".into()))?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(FormatError::Overflow(
            "%c arg not in range(0x110000)".into(),
        ));
    }
    let ch = crate::surrogates::char_for(x as u32).map_err(|_| FormatError::Reserved(x as u32))?;
    let text = ch.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        remainder: &text,
    };
    Ok(layout_number(&parts, spec, None))
}

/// `format(v, spec)` for a float. Types `e E f F g G n %` and none (like
/// `g` but always with a `.` or exponent, and repr's shortest digits when
/// no precision is given).
///
/// A NUL type character counts as no type, as in CPython (where NUL is
/// the internal marker for "no type" of floats).
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.kind {
        None | Some('\0') => format_float_internal(
            v,
            &FormatSpec {
                kind: None,
                ..*spec
            },
        ),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(v, spec),
        Some(c) => Err(unknown_format_code(c, type_name)),
    }
}

fn format_float_internal(v: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let mut flags = FloatFormatFlags {
        alternate: spec.alternate,
        no_neg_zero: spec.z,
        ..FloatFormatFlags::default()
    };
    let mut value = v;
    let mut percent = false;
    let (code, default_precision) = match spec.kind {
        None => {
            flags.add_dot_0 = true;
            (if spec.precision.is_some() { 'g' } else { 'r' }, 0)
        }
        Some('n') => ('g', 6),
        Some('%') => {
            value *= 100.0;
            percent = true;
            ('f', 6)
        }
        Some(c) => (c, 6),
    };
    let precision = spec.precision.unwrap_or(default_precision);
    let mut text = format_float_short(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, digits, remainder) = split_float_text(&text);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        remainder,
    };
    let grouping = if spec.kind == Some('n') {
        None
    } else {
        spec.grouping
    };
    Ok(layout_number(&parts, spec, grouping.map(|s| (s, 3))))
}

/// Split the text of a formatted float into its sign, its integer digits
/// and the rest (point, fraction, exponent; or `inf`/`nan`).
fn split_float_text(text: &str) -> (bool, &str, &str) {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_len = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = unsigned.split_at(int_len);
    (negative, digits, rest)
}

/// `format(z, spec)` for the complex number `re + im*1j` (`type_name` is
/// for error messages). Types `e E f F g G n`, or none: like `str(z)`
/// (shortest repr digits, or `g` digits when a precision is given), in
/// parentheses unless the real part is `+0.0`, which is then left out.
/// Both parts share the spec; the imaginary part always carries a sign
/// when the real part is shown. Zero padding and `=` alignment are
/// errors; the default alignment is right.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let bare = matches!(spec.kind, None | Some('\0'));
    let mut code = match spec.kind {
        None | Some('\0') => 'r',
        Some('n') => 'g',
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => c,
        Some(c) => return Err(unknown_format_code(c, type_name)),
    };
    if spec.fill_char() == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None if bare => 0,
        None => 6,
    };
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let parens = bare && !skip_re;
    let flags = FloatFormatFlags {
        alternate: spec.alternate,
        no_neg_zero: spec.z,
        ..FloatFormatFlags::default()
    };
    let grouping = if spec.kind == Some('n') {
        None
    } else {
        spec.grouping.map(|s| (s, 3))
    };
    let part = |x: f64, sign: Option<char>| {
        let text = format_float_short(x, code, precision, flags);
        let (negative, digits, remainder) = split_float_text(&text);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            remainder,
        };
        let unpadded = FormatSpec {
            sign,
            width: None,
            ..*spec
        };
        layout_number(&parts, &unpadded, grouping)
    };
    let mut body = String::from(if parens { "(" } else { "" });
    if !skip_re {
        body.push_str(&part(re, spec.sign));
    }
    body.push_str(&part(im, if skip_re { spec.sign } else { Some('+') }));
    body.push_str(if parens { "j)" } else { "j" });
    Ok(pad(
        &body,
        spec.width_or_zero(),
        spec.align.unwrap_or('>'),
        spec.fill.unwrap_or(' '),
    ))
}

/// `format(s, spec)` for a str: types `s` and none. Precision truncates.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.kind {
        None => check_grouping(spec, 's').map_err(FormatError::Value)?,
        Some('s') => {}
        Some(c) => return Err(unknown_format_code(c, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => &s[..cut],
            None => s,
        },
        None => s,
    };
    Ok(pad(
        text,
        spec.width_or_zero(),
        spec.align.unwrap_or('<'),
        spec.fill_char(),
    ))
}

/// Pad `text` to `width` characters with `fill`, aligned `<`, `>` or `^`.
fn pad(text: &str, width: usize, align: char, fill: char) -> String {
    let len = text.chars().count();
    let total = width.saturating_sub(len);
    let left = match align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + total * fill.len_utf8());
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, total - left);
    out
}

/// The pieces of a formatted number, laid out as
/// `<lpad><sign><prefix><spad><grouped digits><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    /// `0x` and friends.
    prefix: &'a str,
    /// The integer digits, which get grouped and zero-padded.
    digits: &'a str,
    /// Everything after the integer digits: `.`, fraction, exponent, `%`
    /// (or `inf`/`nan`, or the character of `c` formatting).
    remainder: &'a str,
}

/// Assemble a number with sign, padding and thousands grouping, following
/// CPython's `calc_number_widths` / `fill_number`.
fn layout_number(parts: &NumberParts, spec: &FormatSpec, group: Option<(char, usize)>) -> String {
    let sign = match (parts.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let fill = spec.fill_char();
    let align = spec.numeric_align();
    let width = spec.width_or_zero();
    let fixed = usize::from(sign.is_some()) + parts.prefix.len() + char_count(parts.remainder);
    let min_width = if fill == '0' && align == '=' {
        width.saturating_sub(fixed)
    } else {
        0
    };
    let grouped = GroupedDigits::new(parts.digits, group, min_width);
    let padding = width.saturating_sub(fixed + grouped.char_len());
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(
        fixed + parts.remainder.len() + grouped.char_len() + padding * fill.len_utf8(),
    );
    push_fill(&mut out, fill, left);
    if let Some(sign) = sign {
        out.push(sign);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, fill, middle);
    grouped.push_to(&mut out);
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, right);
    out
}

/// Append `count` copies of `fill`.
pub(crate) fn push_fill(out: &mut String, fill: char, count: usize) {
    for _ in 0..count {
        out.push(fill);
    }
}

/// The number of characters of `s` (its length when ASCII).
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The integer digits of a number as laid out: padded on the left with
/// zeros up to a minimum width, with a separator every `size` digits from
/// the right (counting the padding zeros too; the minimum width counts the
/// separators, and the text never starts with a separator).
struct GroupedDigits<'a> {
    digits: &'a str,
    /// Digits including the padding zeros.
    total: usize,
    group: Option<(char, usize)>,
}

impl<'a> GroupedDigits<'a> {
    fn new(digits: &'a str, group: Option<(char, usize)>, min_width: usize) -> Self {
        let total = match group {
            _ if digits.is_empty() => 0,
            None => digits.len().max(min_width),
            Some((_, size)) => grouped_total(digits.len(), size, min_width),
        };
        GroupedDigits {
            digits,
            total,
            group,
        }
    }

    fn separators(&self) -> usize {
        match self.group {
            Some((_, size)) if self.total > 0 => (self.total - 1) / size,
            _ => 0,
        }
    }

    fn char_len(&self) -> usize {
        self.total + self.separators()
    }

    fn push_to(&self, out: &mut String) {
        let zeros = self.total.saturating_sub(self.digits.len());
        let Some((sep, size)) = self.group else {
            push_fill(out, '0', zeros);
            out.push_str(self.digits);
            return;
        };
        let padded = std::iter::repeat_n('0', zeros).chain(self.digits.chars());
        for (i, digit) in padded.enumerate() {
            if i > 0 && (self.total - i).is_multiple_of(size) {
                out.push(sep);
            }
            out.push(digit);
        }
    }
}

/// How many digits (padding zeros included) CPython's grouping produces for
/// `len` digits in groups of `size` filling at least `min_width`
/// characters: groups are taken from the right, each separator counting
/// towards the width, until the digits are used up and the width is met.
fn grouped_total(len: usize, size: usize, min_width: usize) -> usize {
    let mut remaining = len;
    let mut min_width = min_width;
    let mut total = 0;
    loop {
        let group = size.min(remaining.max(min_width).max(1));
        total += group;
        remaining = remaining.saturating_sub(group);
        min_width = min_width.saturating_sub(group);
        if remaining == 0 && min_width == 0 {
            return total;
        }
        min_width = min_width.saturating_sub(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected result: the text, or (exception class, message).
    type Expected = Result<&'static str, (&'static str, &'static str)>;

    include!("testdata/format_spec.rs");

    fn run(
        spec: &str,
        type_name: &str,
        f: impl Fn(&FormatSpec) -> Result<String, FormatError>,
    ) -> Result<String, (String, String)> {
        let parsed =
            parse_format_spec(spec, type_name).map_err(|m| ("ValueError".to_string(), m))?;
        f(&parsed).map_err(|e| match e {
            FormatError::Value(m) => ("ValueError".to_string(), m),
            FormatError::Overflow(m) => ("OverflowError".to_string(), m),
            FormatError::Reserved(cp) => ("Reserved".to_string(), cp.to_string()),
        })
    }

    fn check(what: &str, spec: &str, got: Result<String, (String, String)>, want: &Expected) {
        let got_ref = got
            .as_ref()
            .map(String::as_str)
            .map_err(|(k, m)| (k.as_str(), m.as_str()));
        assert_eq!(got_ref, *want, "value {what} spec {spec:?}");
    }

    #[test]
    fn int_cases_match_cpython() {
        for (v, spec, want) in INT_CASES {
            let n: BigInt = v.parse().unwrap();
            check(
                v,
                spec,
                run(spec, "int", |s| format_int(IntValue::Big(&n), s, "int")),
                want,
            );
            if let Some(i) = n.to_i64() {
                check(
                    v,
                    spec,
                    run(spec, "int", |s| format_int(IntValue::Small(i), s, "int")),
                    want,
                );
            }
        }
    }

    #[test]
    fn small_ints_format_like_big_ints() {
        let mut values = vec![
            0,
            1,
            -1,
            9,
            -10,
            255,
            -4096,
            1 << 53,
            (1 << 53) + 1,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for shift in 0..64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push((x >> shift) as i64);
            values.push(-((x >> shift >> 1) as i64));
        }
        let specs = [
            "", "d", "b", "o", "x", "X", "n", "c", "e", "f", ".3f", "%", "g", "#b", "#o", "#x",
            "#X", "+d", " d", "-x", "012d", "012", "=12", "*^30,", "_b", "#_x", "_o", "030_X",
            "<25", "-^#40b", ",", "08,d", "09_", "#020_x", "z", ".2", "+c",
        ];
        for v in values {
            let big = BigInt::from(v);
            for spec in specs {
                let parsed = parse_format_spec(spec, "int").unwrap();
                assert_eq!(
                    format_int(IntValue::Small(v), &parsed, "int"),
                    format_int(IntValue::Big(&big), &parsed, "int"),
                    "{v} {spec:?}"
                );
            }
        }
    }

    #[test]
    fn non_ascii_specs_parse_like_ascii_ones() {
        let pairs = [
            ("\u{663}\u{660}", "30"),
            ("\u{e9}>+#012,.\u{665}f", "x>+#012,.5f"),
            ("\u{ff10}\u{ff19}", "9"),
        ];
        for (unicode, ascii) in pairs {
            let a = parse_format_spec(unicode, "float").unwrap();
            let b = parse_format_spec(ascii, "float").unwrap();
            assert_eq!(
                (a.width, a.precision, a.kind),
                (b.width, b.precision, b.kind)
            );
            assert_eq!(
                (a.sign, a.alternate, a.grouping),
                (b.sign, b.alternate, b.grouping)
            );
        }
        assert_eq!(
            parse_format_spec("\u{e9}>", "str").unwrap().fill,
            Some('\u{e9}')
        );
    }

    #[test]
    fn float_cases_match_cpython() {
        for (b, spec, want) in FLOAT_CASES {
            let x = f64::from_bits(*b);
            check(
                &x.to_string(),
                spec,
                run(spec, "float", |s| format_float(x, s, "float")),
                want,
            );
        }
    }

    #[test]
    fn str_cases_match_cpython() {
        for (v, spec, want) in STR_CASES {
            check(v, spec, run(spec, "str", |s| format_str(v, s, "str")), want);
        }
    }

    #[test]
    fn complex_cases_match_cpython() {
        let cases = [
            (3.0, 4.0, ".2f", "3.00+4.00j"),
            (0.0, 1.0, ">10", "        1j"),
            (-0.0, -1.0, "<", "(-0-1j)"),
            (1234.5, 0.0, ",.1f", "1,234.5+0.0j"),
            (3.0, 4.0, "+", "(+3+4j)"),
            (0.0, 1.0, "e", "0.000000e+00+1.000000e+00j"),
        ];
        for (re, im, spec, want) in cases {
            let parsed = parse_format_spec(spec, "complex").unwrap();
            assert_eq!(
                format_complex(re, im, &parsed, "complex").as_deref(),
                Ok(want),
                "{spec:?}"
            );
        }
        let zero_pad = parse_format_spec("010", "complex").unwrap();
        assert!(format_complex(1.0, 1.0, &zero_pad, "complex").is_err());
    }

    #[test]
    fn parse_fields() {
        let s = parse_format_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.z && s.alternate && !s.zero_pad);
        assert_eq!(
            (s.width, s.grouping, s.precision, s.kind),
            (Some(12), Some(','), Some(3), Some('f'))
        );
        let s = parse_format_spec("08x", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!((s.fill, s.width, s.kind), (None, Some(8), Some('x')));
    }

    #[test]
    fn surrogate_char() {
        let spec = parse_format_spec("c", "int").unwrap();
        let stand_in = crate::surrogates::stand_in(0xd800).to_string();
        assert_eq!(
            format_int(IntValue::Small(0xd800), &spec, "int"),
            Ok(stand_in)
        );
        assert_eq!(
            format_int(IntValue::Small(0x10e800), &spec, "int"),
            Err(FormatError::Reserved(0x10e800))
        );
    }
}
