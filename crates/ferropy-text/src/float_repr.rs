//! Float to text (and back) with CPython's exact results.
//!
//! * [`float_repr`] is `repr(float)`: the shortest digit string that reads
//!   back to the same float, switching to exponent notation below `1e-4`
//!   and from `1e16` on.
//! * [`format_float_short`] is the engine behind `repr`, `format()` and
//!   `%`-formatting of floats (`e`, `f`, `g` and the repr pseudo-type `r`),
//!   following the layout rules of CPython's `PyOS_double_to_string`.
//! * [`float_to_hex`] / [`float_from_hex`] are `float.hex` / `float.fromhex`.
//! * [`round_float`] is `round(x, ndigits)`, rounded half-even on the exact
//!   binary value.
//! * [`float_to_bigint`], [`bigint_to_float`], [`float_as_integer_ratio`]
//!   convert between floats and integers exactly / correctly rounded.
//! * [`float_div_mod`] is `divmod(a, b)` for floats.
//!
//! Digits come from exact integer arithmetic when 128 bits suffice (code
//! `f` with moderate precisions; shortest and significant digits of floats
//! from about 1e-6 to 2**63), and otherwise from Rust's float formatting,
//! which produces the shortest round-trip digits for `{:e}` and correctly
//! rounded (half-even on the exact value) digits when a precision is
//! given. Unit tests check the exact paths against Rust's.

use std::fmt;

use num_bigint::{BigInt, BigUint, Sign};

use crate::digits::{digit_buf, u128_digits, u64_digits, write_decimal};
use crate::format_spec::push_fill;
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// `repr(x)` (and `str(x)`) for a Python float.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFormatFlags {
        add_dot_0: true,
        ..FloatFormatFlags::default()
    };
    format_float_short(x, 'r', 0, flags)
}

/// Options for [`format_float_short`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFormatFlags {
    /// Put a `+` in front of non-negative numbers (and nan).
    pub always_sign: bool,
    /// Make integral results look like floats: `1.0` rather than `1`
    /// (used by repr and by `format()` with no presentation type).
    pub add_dot_0: bool,
    /// The `#` alternate form: always keep the decimal point and, for `g`,
    /// keep trailing zeros.
    pub alternate: bool,
    /// The `z` option: a result that rounds to zero loses its minus sign.
    pub no_neg_zero: bool,
}

/// Digits that fit inline in a [`Decimal`]: every shortest repr and the
/// usual `e`/`g` precisions; longer digit strings go to the heap.
const INLINE_DIGITS: usize = 40;

/// Storage for decimal digits: inline when short, on the heap otherwise.
enum DigitStore {
    Inline {
        bytes: [u8; INLINE_DIGITS],
        len: usize,
    },
    Heap(Vec<u8>),
}

impl DigitStore {
    /// Collect `len` digits from `digits`.
    fn collect(digits: impl Iterator<Item = u8>, len: usize) -> DigitStore {
        if len > INLINE_DIGITS {
            return DigitStore::Heap(digits.collect());
        }
        let mut bytes = [0; INLINE_DIGITS];
        for (slot, d) in bytes.iter_mut().zip(digits) {
            *slot = d;
        }
        DigitStore::Inline { bytes, len }
    }

    fn as_slice(&self) -> &[u8] {
        match self {
            DigitStore::Inline { bytes, len } => &bytes[..*len],
            DigitStore::Heap(v) => v,
        }
    }
}

/// A decimal digit string: the value is `0.DIGITS * 10**decpt`.
/// `digits` has no leading zeros (except the single digit of zero) and no
/// trailing zeros (except for zero itself, which is `"0"` with `decpt == 1`).
struct Decimal {
    digits: DigitStore,
    decpt: i64,
}

impl Decimal {
    /// Parse Rust's `{:e}` output for a non-negative finite number.
    fn from_exp_text(s: &[u8]) -> Decimal {
        let marker = s.iter().position(|b| *b == b'e').expect("exponent marker");
        let exp: i64 = std::str::from_utf8(&s[marker + 1..])
            .ok()
            .and_then(|e| e.parse().ok())
            .expect("exponent");
        Decimal::from_digit_text(&s[..marker], exp + 1)
    }

    /// The value `0.M * 10**decpt`, where `M` is `mantissa` (ASCII digits
    /// and at most one `.`, which is skipped), with leading and trailing
    /// zeros stripped; zero becomes `"0"`, `decpt == 1`.
    fn from_digit_text(mantissa: &[u8], decpt: i64) -> Decimal {
        let digits = || mantissa.iter().copied().filter(|b| *b != b'.');
        let total = digits().count();
        let leading = digits().take_while(|d| *d == b'0').count();
        if leading == total {
            return Decimal::zero();
        }
        let trailing = mantissa
            .iter()
            .rev()
            .filter(|b| **b != b'.')
            .take_while(|d| **d == b'0')
            .count();
        let len = total - leading - trailing;
        Decimal {
            digits: DigitStore::collect(digits().skip(leading).take(len), len),
            decpt: decpt - leading as i64,
        }
    }

    /// The value `0.D * 10**decpt`, where `D` is the `len`-digit integer
    /// `d`, or `10**len` after rounding carried (which shifts the point).
    fn from_integer(mut d: u64, len: usize, mut decpt: i64) -> Decimal {
        if d == POW10[len] {
            d = 1;
            decpt += 1;
        }
        while d.is_multiple_of(10) {
            d /= 10;
        }
        let len = d.ilog10() as usize + 1;
        let mut bytes = [0; INLINE_DIGITS];
        write_decimal(d, &mut bytes, len);
        Decimal {
            digits: DigitStore::Inline { bytes, len },
            decpt,
        }
    }

    fn zero() -> Decimal {
        Decimal {
            digits: DigitStore::collect(std::iter::once(b'0'), 1),
            decpt: 1,
        }
    }

    fn digits(&self) -> &[u8] {
        self.digits.as_slice()
    }

    fn is_zero(&self) -> bool {
        self.digits() == b"0"
    }

    /// Shortest digits that round-trip (dtoa mode 0), exactly in 128-bit
    /// arithmetic when the float allows it.
    fn shortest(ax: f64) -> Decimal {
        if ax == 0.0 {
            return Decimal::zero();
        }
        ScaledFloat::new(ax)
            .and_then(|scaled| scaled.shortest())
            .unwrap_or_else(|| Decimal::shortest_general(ax))
    }

    /// [`Decimal::shortest`] from Rust's shortest digits.
    ///
    /// When two strings of the shortest length both round-trip and `ax` is
    /// exactly halfway between them, CPython picks the even one while
    /// Rust's `{:e}` may round up; so when such a tie is possible, prefer
    /// the correctly rounded (half-even) string of that length when it
    /// round-trips.
    fn shortest_general(ax: f64) -> Decimal {
        let d = with_text(format_args!("{ax:e}"), Decimal::from_exp_text);
        let n = d.digits().len();
        if !may_be_decimal_tie(ax, n, d.decpt) {
            return d;
        }
        let text = format!("{:.*e}", n - 1, ax);
        if text.parse::<f64>() == Ok(ax) {
            return Decimal::from_exp_text(text.as_bytes());
        }
        d
    }

    /// `n >= 1` significant digits, correctly rounded (dtoa mode 2),
    /// exactly in 128-bit arithmetic when the float allows it.
    fn significant(ax: f64, n: usize) -> Decimal {
        if ax == 0.0 {
            return Decimal::zero();
        }
        ScaledFloat::new(ax)
            .filter(|scaled| n <= scaled.digits)
            .map(|scaled| Decimal::from_integer(scaled.round(n).0, n, scaled.decpt))
            .unwrap_or_else(|| Decimal::significant_general(ax, n))
    }

    /// [`Decimal::significant`] from Rust's digits.
    fn significant_general(ax: f64, n: usize) -> Decimal {
        with_text(format_args!("{:.*e}", n - 1, ax), Decimal::from_exp_text)
    }

    /// `n` digits after the decimal point, correctly rounded (dtoa mode 3).
    fn fixed(ax: f64, n: usize) -> Decimal {
        with_text(format_args!("{ax:.n$}"), |s| {
            let int_len = s.iter().position(|b| *b == b'.').unwrap_or(s.len()) as i64;
            Decimal::from_digit_text(s, int_len)
        })
    }
}

/// Powers of ten that fit in a `u64`.
const POW10: [u64; 20] = {
    let mut table = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// A positive float scaled exactly into integers:
/// `ax * 10**t * 2**s == q * 2**s + r` with `r < 2**s` and `q` of at least
/// 16 digits (17 unless `ax` is an integer). It exists for floats from
/// about 1e-6 up to 2**63 whose reading interval is symmetric (all but
/// the powers of two), where 128-bit arithmetic suffices.
struct ScaledFloat {
    q: u64,
    r: u128,
    s: u32,
    /// The number of digits of `q`.
    digits: usize,
    /// `ax == 0.Q * 10**decpt`, `Q` the digits of `q`.
    decpt: i64,
    /// Twice the distance, in units of `2**-s * 10**-t`, up to which a
    /// decimal reads back as `ax` (half an ulp either way).
    bound: u128,
    /// Whether a decimal exactly at that distance reads back as `ax`:
    /// round-half-even reading picks an even mantissa.
    inclusive: bool,
}

impl ScaledFloat {
    fn new(ax: f64) -> Option<ScaledFloat> {
        let (m, e) = float_mantissa_exponent(ax);
        // Just above a power of two the gap below is half the gap above.
        if m == 0 || (m == 1 << 52 && e > -1074) {
            return None;
        }
        let inclusive = m % 2 == 0;
        if e >= 0 {
            let q = m
                .checked_shl(u32::try_from(e).ok()?)
                .filter(|q| q >> e == m)?;
            let digits = q.ilog10() as usize + 1;
            return Some(ScaledFloat {
                q,
                r: 0,
                s: 0,
                digits,
                decpt: digits as i64,
                bound: 1u128 << e,
                inclusive,
            });
        }
        let s = u32::try_from(-e).ok().filter(|s| *s < 128)?;
        // ax is in [2**(b-1), 2**b); start from t = 16 - floor(log10(2**(b-1)))
        // (estimated, possibly one too small) so that q has 17 digits.
        let b = i64::from(64 - m.leading_zeros()) - i64::from(s);
        let mut t = 16 - ((b - 1) * 78913).div_euclid(1 << 18);
        loop {
            let scale = 10u128.checked_pow(u32::try_from(t).ok().filter(|t| *t <= 22)?)?;
            let n = u128::from(m) * scale;
            let q = u64::try_from(n >> s).ok()?;
            if q < POW10[16] {
                t += 1;
                continue;
            }
            let digits = q.ilog10() as usize + 1;
            return Some(ScaledFloat {
                q,
                r: n & ((1u128 << s) - 1),
                s,
                digits,
                decpt: digits as i64 - t,
                bound: scale,
                inclusive,
            });
        }
    }

    /// The first `p` digits of `ax` (`p <= self.digits`) rounded
    /// half-even, and whether that decimal reads back as `ax`.
    fn round(&self, p: usize) -> (u64, bool) {
        let div = POW10[self.digits - p];
        let (quo, rem) = (self.q / div, self.q % div);
        let unit = 1u128 << self.s;
        // Distances to the candidates below and above; None if huge.
        let below = u128::from(rem)
            .checked_mul(unit)
            .and_then(|v| v.checked_add(self.r));
        let above = u128::from(div - rem).checked_mul(unit).map(|v| v - self.r);
        let round_up = match (below, above) {
            (Some(d), Some(u)) => u < d || (u == d && quo % 2 == 1),
            (None, _) => true,
            (Some(_), None) => false,
        };
        let (digits, distance) = if round_up {
            (quo + 1, above)
        } else {
            (quo, below)
        };
        let reads_back = distance
            .and_then(|d| d.checked_mul(2))
            .is_some_and(|d| d < self.bound || (self.inclusive && d == self.bound));
        (digits, reads_back)
    }

    /// The shortest digits that read back as `ax`, nearest to it (ties to
    /// even). Reading back only gets easier with more digits, so the
    /// length is found by bisection.
    fn shortest(&self) -> Option<Decimal> {
        let mut hi = self.digits.min(17);
        if !self.round(hi).1 {
            return None;
        }
        let mut lo = 1;
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.round(mid).1 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Some(Decimal::from_integer(self.round(lo).0, lo, self.decpt))
    }
}

/// Whether `ax` could lie exactly halfway between two `n`-digit decimals
/// next to `0.D * 10**decpt` (`D` having `n` digits): that needs
/// `ax * 10**(n + 1 - decpt)` to be an odd multiple of 5. Only 16- and
/// 17-digit results can have two round-tripping neighbours.
fn may_be_decimal_tie(ax: f64, n: usize, decpt: i64) -> bool {
    if n < 16 {
        return false;
    }
    let (m, e) = float_mantissa_exponent(ax);
    let zeros = m.trailing_zeros();
    let (m, e) = (m >> zeros, e + i64::from(zeros));
    // ax * 10**q == m * 5**q * 2**(e + q), with m odd.
    let q = n as i64 + 1 - decpt;
    if e + q != 0 {
        return false;
    }
    // An odd integer; it must also be a multiple of 5, so for q <= 0 the
    // mantissa must supply 5**(1 - q).
    q > 0 || 5u64.checked_pow((1 - q) as u32).is_some_and(|p| m % p == 0)
}

/// Bytes formatted into a stack buffer; writing fails when it is full.
struct StackText {
    bytes: [u8; 64],
    len: usize,
}

impl fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Run `f` on the text of `args`, formatted on the stack when it is short.
fn with_text<R>(args: fmt::Arguments, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut text = StackText {
        bytes: [0; 64],
        len: 0,
    };
    if fmt::write(&mut text, args).is_ok() {
        return f(&text.bytes[..text.len]);
    }
    f(fmt::format(args).as_bytes())
}

/// `ax * 10**precision` rounded half-even to an integer, computed exactly
/// in 128-bit arithmetic; `None` when the numbers do not fit.
fn fixed_scaled(ax: f64, precision: usize) -> Option<u128> {
    let (m, e) = float_mantissa_exponent(ax);
    if m == 0 {
        return Some(0);
    }
    let scaled = u128::from(m).checked_mul(10u128.checked_pow(u32::try_from(precision).ok()?)?)?;
    if e >= 0 {
        return (scaled.leading_zeros() as i64 > e).then(|| scaled << e);
    }
    let shift = u32::try_from(-e).ok().filter(|s| *s < 128)?;
    let quotient = scaled >> shift;
    let rest = scaled & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let round_up = rest > half || (rest == half && quotient & 1 == 1);
    Some(quotient + u128::from(round_up))
}

/// Append `scaled / 10**precision` with exactly `precision` digits after
/// the point (code `f`; `scaled` from [`fixed_scaled`]).
fn push_fixed(out: &mut String, scaled: u128, precision: usize, flags: FloatFormatFlags) {
    let mut buf = digit_buf();
    let digits = u128_digits(scaled, &mut buf);
    out.reserve(digits.len().max(precision + 1) + 3);
    if digits.len() > precision {
        let (int_part, fraction) = digits.split_at(digits.len() - precision);
        out.push_str(int_part);
        if precision > 0 {
            out.push('.');
            out.push_str(fraction);
        }
    } else {
        out.push_str("0.");
        push_fill(out, '0', precision - digits.len());
        out.push_str(digits);
    }
    if precision == 0 {
        if flags.add_dot_0 {
            out.push_str(".0");
        } else if flags.alternate {
            out.push('.');
        }
    }
}

/// Format a float the way CPython's `PyOS_double_to_string` does.
///
/// `code` is one of `e E f F g G r` (`r` = repr-style shortest digits;
/// `precision` is ignored for it). `precision` is the number of digits
/// after the point for `e`/`f` and of significant digits for `g` (0 is
/// taken as 1). Upper-case codes give `E`, `INF` and `NAN`. The sign of a
/// nan is never shown (other than `+` with `always_sign`).
pub fn format_float_short(x: f64, code: char, precision: usize, flags: FloatFormatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::with_capacity(24);
    if x.is_nan() {
        if flags.always_sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let negative = x.is_sign_negative();
    let ax = x.abs();
    if ax.is_infinite() {
        push_sign(&mut out, negative, flags);
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    if code == 'f' {
        if let Some(scaled) = fixed_scaled(ax, precision) {
            push_sign(
                &mut out,
                negative && !(flags.no_neg_zero && scaled == 0),
                flags,
            );
            push_fixed(&mut out, scaled, precision, flags);
            return out;
        }
    }
    let d = match code {
        'e' => Decimal::significant(ax, precision + 1),
        'f' => Decimal::fixed(ax, precision),
        'g' => Decimal::significant(ax, precision.max(1)),
        _ => Decimal::shortest(ax),
    };
    push_sign(
        &mut out,
        negative && !(flags.no_neg_zero && d.is_zero()),
        flags,
    );
    layout_digits(&mut out, &d, code, precision, flags, upper);
    out
}

/// Append `-` for a negative result, or `+` when `always_sign` asks.
fn push_sign(out: &mut String, negative: bool, flags: FloatFormatFlags) {
    if negative {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
}

/// Lay out `d` with a decimal point and maybe an exponent, padding with
/// zeros on either side as the presentation type requires.
fn layout_digits(
    out: &mut String,
    d: &Decimal,
    code: char,
    precision: usize,
    flags: FloatFormatFlags,
    upper: bool,
) {
    let digits = d.digits();
    let len = digits.len() as i64;
    let prec = precision as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vend = len;
    match code {
        'e' => {
            use_exp = true;
            vend = prec + 1;
        }
        'f' => vend = decpt + prec,
        'g' => {
            let p = prec.max(1);
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alternate {
                vend = p;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vend = vend.max(min_end);
    out.reserve((vend - vstart) as usize + 7);
    for i in vstart..vend {
        if i == decpt {
            out.push('.');
        }
        let digit = usize::try_from(i)
            .ok()
            .and_then(|i| digits.get(i))
            .copied()
            .unwrap_or(b'0');
        out.push(char::from(digit));
    }
    if decpt == vend && flags.alternate {
        out.push('.');
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let mut buf = digit_buf();
        let exp_digits = u64_digits(exp.unsigned_abs(), 10, false, &mut buf);
        if exp_digits.len() < 2 {
            out.push('0');
        }
        out.push_str(exp_digits);
    }
}

/// `float.hex(x)`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{fraction:013x}p{exp_sign}{}", exp.abs())
}

/// Why [`float_from_hex`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// ValueError: "invalid hexadecimal floating-point string".
    Invalid,
    /// OverflowError: "hexadecimal value too large to represent as a float".
    Overflow,
}

impl FromHexError {
    /// The exception message CPython uses.
    pub fn message(self) -> &'static str {
        match self {
            FromHexError::Invalid => "invalid hexadecimal floating-point string",
            FromHexError::Overflow => "hexadecimal value too large to represent as a float",
        }
    }
}

/// `float.fromhex(s)`: optional whitespace and sign, then `inf`,
/// `infinity` or `nan` (any case), or `[0x]HEX[.HEX][p[+-]DEC]` with at
/// least one hex digit. The result is rounded half-even.
pub fn float_from_hex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let (negative, body) = split_sign(t);
    let value = parse_hex_body(body)?;
    Ok(if negative { -value } else { value })
}

/// Split an optional leading `+`/`-` off `s`.
fn split_sign(s: &str) -> (bool, &str) {
    if let Some(rest) = s.strip_prefix('-') {
        (true, rest)
    } else {
        (false, s.strip_prefix('+').unwrap_or(s))
    }
}

/// The unsigned part of a `float.fromhex` string.
fn parse_hex_body(body: &str) -> Result<f64, FromHexError> {
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match rest.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_hex = |p: &str| p.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !all_hex(int_part) || !all_hex(frac_part) {
        return Err(FromHexError::Invalid);
    }
    let exp = match exponent {
        Some(e) => parse_saturating_exponent(e).ok_or(FromHexError::Invalid)?,
        None => 0,
    };
    let digits = format!("{int_part}{frac_part}");
    let m = BigUint::parse_bytes(digits.as_bytes(), 16).expect("validated hex digits");
    let e2 = exp.saturating_sub(4 * frac_part.len() as i64);
    scaled_to_f64(&m, e2).ok_or(FromHexError::Overflow)
}

/// Parse `[+-]DIGITS`, saturating far outside the range that matters.
fn parse_saturating_exponent(s: &str) -> Option<i64> {
    let (negative, digits) = split_sign(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value: i64 = 0;
    for b in digits.bytes() {
        value = (value * 10 + i64::from(b - b'0')).min(1 << 40);
    }
    Some(if negative { -value } else { value })
}

/// `m * 2**e2` rounded half-even to the nearest float; `None` on overflow.
fn scaled_to_f64(m: &BigUint, e2: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    if bits + e2 > 1024 {
        return None;
    }
    // Drop enough low bits to keep 53 significant bits, or fewer for
    // subnormals (whose lowest bit is worth 2**-1074).
    let shift = (bits - 53).max(-1074 - e2);
    if shift <= 0 {
        let q = m.to_u64().expect("at most 53 bits");
        return compose_f64(q, e2);
    }
    let shift_u = shift as u64;
    let mut q: BigUint = m >> shift_u;
    if shift_u <= bits as u64 {
        let half = BigUint::one() << (shift_u - 1);
        let rem = m - (&q << shift_u);
        if rem > half || (rem == half && q.is_odd()) {
            q += 1u32;
        }
    }
    compose_f64(q.to_u64().expect("at most 54 bits"), e2 + shift)
}

/// Exactly `q * 2**e` where `q < 2**54` and `e >= -1074`; `None` if it
/// overflows.
fn compose_f64(q: u64, e: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let bits = 64 - i64::from(q.leading_zeros());
    let top = bits - 1 + e;
    if top > 1023 {
        return None;
    }
    if top >= -1022 {
        let mantissa = if bits > 53 {
            q >> (bits - 53)
        } else {
            q << (53 - bits)
        };
        let field = ((top + 1023) as u64) << 52;
        return Some(f64::from_bits(field | (mantissa & ((1 << 52) - 1))));
    }
    Some(f64::from_bits(q << (e + 1074)))
}

/// `round(x, ndigits)` for a float: round half-even on the exact value of
/// `x` to `ndigits` decimal places (negative: to tens, hundreds, ...).
///
/// Returns `None` when the rounded value overflows; CPython raises
/// `OverflowError("rounded value too large to represent")`. Infinities and
/// nans come back unchanged; a zero result keeps the sign of `x`.
pub fn round_float(x: f64, ndigits: i64) -> Option<f64> {
    // CPython's shortcuts: beyond these bounds the answer is known.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX || x == 0.0 {
        return Some(x);
    }
    if ndigits < NDIGITS_MIN {
        return Some(0.0f64.copysign(x));
    }
    let (m, e) = float_mantissa_exponent(x.abs());
    let m = BigUint::from(m);
    let k = ndigits.unsigned_abs() as u32;
    let pow10 = BigUint::from(10u32).pow(k);
    let (mut num, mut den) = if ndigits >= 0 {
        (m * &pow10, BigUint::one())
    } else {
        (m, pow10.clone())
    };
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let q = div_round_half_even(&num, &den);
    if q.is_zero() {
        return Some(0.0f64.copysign(x));
    }
    let text = if ndigits >= 0 {
        format!("{q}e-{k}")
    } else {
        format!("{q}e{k}")
    };
    let y: f64 = text.parse().expect("decimal literal");
    if y.is_infinite() {
        return None;
    }
    Some(y.copysign(x))
}

/// `num / den` rounded to the nearest integer, ties to even.
fn div_round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (mut q, r) = num.div_rem(den);
    let twice = r << 1u32;
    if twice > *den || (twice == *den && q.is_odd()) {
        q += 1u32;
    }
    q
}

/// Split a finite non-negative float into `(m, e)` with `x == m * 2**e`.
fn float_mantissa_exponent(ax: f64) -> (u64, i64) {
    let bits = ax.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `float.as_integer_ratio()`: `(numerator, denominator)` in lowest terms
/// with a positive power-of-two denominator. `None` for inf and nan
/// (CPython: OverflowError "cannot convert Infinity to integer ratio",
/// ValueError "cannot convert NaN to integer ratio").
pub fn float_as_integer_ratio(x: f64) -> Option<(BigInt, BigInt)> {
    if !x.is_finite() {
        return None;
    }
    let (mut m, mut e) = float_mantissa_exponent(x.abs());
    if m == 0 {
        return Some((BigInt::zero(), BigInt::one()));
    }
    let tz = i64::from(m.trailing_zeros());
    m >>= tz;
    e += tz;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    let m = BigInt::from_biguint(sign, BigUint::from(m));
    if e >= 0 {
        Some((m << e as u64, BigInt::one()))
    } else {
        Some((m, BigInt::one() << (-e) as u64))
    }
}

/// `int(x)` for a float: truncate toward zero. `None` for inf and nan
/// (CPython: OverflowError "cannot convert float infinity to integer",
/// ValueError "cannot convert float NaN to integer").
pub fn float_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let (m, e) = float_mantissa_exponent(x.abs());
    let magnitude = if e >= 0 {
        BigUint::from(m) << e as u64
    } else if e > -64 {
        BigUint::from(m >> (-e) as u64)
    } else {
        BigUint::zero()
    };
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, magnitude))
}

/// `float(n)` for an int, correctly rounded (ties to even). `None` when
/// the result would overflow (CPython: OverflowError "int too large to
/// convert to float").
pub fn bigint_to_float(v: &BigInt) -> Option<f64> {
    let magnitude = scaled_to_f64(v.magnitude(), 0)?;
    Some(if v.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// `num / den` for non-negative integers, correctly rounded (ties to even,
/// subnormals included): `int / int` true division. `den` must not be
/// zero. `None` when the quotient overflows a float (CPython:
/// OverflowError "integer division result too large for a float").
pub fn ratio_to_float(num: &BigUint, den: &BigUint) -> Option<f64> {
    if num.is_zero() {
        return Some(0.0);
    }
    // Scale so the integer quotient has at least 56 significant bits, then
    // fold any nonzero remainder into one extra "sticky" low bit: rounding
    // the result to 53 bits (or fewer, for subnormals) then sees exactly
    // whether the discarded part is below, at or above one half.
    let shift = 56 - (num.bits() as i64 - den.bits() as i64);
    let (q, r) = if shift >= 0 {
        (num << shift as u64).div_rem(den)
    } else {
        num.div_rem(&(den << (-shift) as u64))
    };
    let sticky = u32::from(!r.is_zero());
    scaled_to_f64(&((q << 1u32) | BigUint::from(sticky)), -shift - 1)
}

/// `divmod(a, b)` for floats: `(a // b, a % b)` with the remainder taking
/// the sign of `b`, as CPython computes them (including its handling of
/// zeros, infinities and nans). The caller must reject `b == 0` first
/// (ZeroDivisionError: "float floor division by zero" for `//`, "float
/// modulo by zero" for `%`, "float divmod()" for `divmod`).
pub fn float_div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

#[cfg(test)]
mod tests {
    use super::*;

    include!("testdata/float_repr.rs");

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn repr_matches_cpython() {
        for &(b, want) in REPR {
            assert_eq!(float_repr(f64::from_bits(b)), want, "bits {b:#x}");
        }
    }

    #[test]
    fn repr_examples() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e22), "1e+22");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(-f64::NAN), "nan");
    }

    #[test]
    fn format_float_short_matches_percent_formatting() {
        for &(b, code, prec, alt, want) in SHORT {
            let flags = FloatFormatFlags {
                alternate: alt,
                ..FloatFormatFlags::default()
            };
            let got = format_float_short(f64::from_bits(b), code, prec, flags);
            assert_eq!(got, want, "bits {b:#x} code {code} prec {prec} alt {alt}");
        }
    }

    /// A deterministic stream of varied test values (xorshift).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// Finite floats of every kind: any bit pattern, moderate magnitudes,
    /// short binary fractions (exact decimal ties), integers, zeros.
    fn varied_floats(count: usize) -> Vec<f64> {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut out = vec![0.0, -0.0, 0.5, 0.125, 2.5, 1e22, 1e23, 5e-324, f64::MAX];
        while out.len() < count {
            let r = rng.next();
            let x = match r % 5 {
                0 => f64::from_bits(rng.next()),
                1 => f64::from_bits(rng.next() % (0x4700u64 << 48) + (0x3800u64 << 48)),
                2 => (rng.next() % 1_000_000) as f64 / f64::from(1u32 << ((r >> 8) % 12)),
                3 => (rng.next() >> ((r >> 8) % 64)) as f64,
                _ => (rng.next() % 100_000) as f64 / 7.0,
            };
            if x.is_finite() {
                out.push(if r & (1 << 20) == 0 { x } else { -x });
            }
        }
        out
    }

    fn all_flags() -> impl Iterator<Item = FloatFormatFlags> {
        (0..16).map(|b: u8| FloatFormatFlags {
            always_sign: b & 1 != 0,
            add_dot_0: b & 2 != 0,
            alternate: b & 4 != 0,
            no_neg_zero: b & 8 != 0,
        })
    }

    /// Code `f` through the general path: Rust's fixed-point digits laid
    /// out by `layout_digits`.
    fn general_fixed(x: f64, precision: usize, flags: FloatFormatFlags) -> String {
        let d = Decimal::fixed(x.abs(), precision);
        let mut out = String::new();
        push_sign(
            &mut out,
            x.is_sign_negative() && !(flags.no_neg_zero && d.is_zero()),
            flags,
        );
        layout_digits(&mut out, &d, 'f', precision, flags, false);
        out
    }

    #[test]
    fn fixed_fast_path_matches_general_path() {
        let mut fast = 0;
        for x in varied_floats(4000) {
            for precision in [0, 1, 2, 3, 6, 10, 17, 22, 23, 30, 40] {
                if fixed_scaled(x.abs(), precision).is_some() {
                    fast += 1;
                }
                for flags in all_flags() {
                    assert_eq!(
                        format_float_short(x, 'f', precision, flags),
                        general_fixed(x, precision, flags),
                        "{x:e} precision {precision} {flags:?}"
                    );
                }
            }
        }
        assert!(fast > 20_000, "only {fast} values took the fast path");
    }

    #[test]
    fn fixed_rounds_ties_to_even() {
        let flags = FloatFormatFlags::default();
        let cases = [
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            (2.5, 0, "2"),
            (3.5, 0, "4"),
            (-0.5, 0, "-0"),
            (1e-30, 3, "0.000"),
            (123456789.0, 30, "123456789.000000000000000000000000000000"),
        ];
        for (x, precision, want) in cases {
            assert_eq!(format_float_short(x, 'f', precision, flags), want, "{x}");
        }
    }

    /// Shortest digits from Rust's, re-checked for a half-even tie
    /// whenever they have 16 or 17 digits (no `may_be_decimal_tie` filter).
    fn shortest_always_rechecked(ax: f64) -> (Vec<u8>, i64) {
        let d = Decimal::from_exp_text(format!("{ax:e}").as_bytes());
        let n = d.digits().len();
        if n >= 16 {
            let text = format!("{:.*e}", n - 1, ax);
            if text.parse::<f64>() == Ok(ax) {
                let d = Decimal::from_exp_text(text.as_bytes());
                return (d.digits().to_vec(), d.decpt);
            }
        }
        (d.digits().to_vec(), d.decpt)
    }

    fn parts(d: &Decimal) -> (Vec<u8>, i64) {
        (d.digits().to_vec(), d.decpt)
    }

    /// Floats spread over the whole range plus odd mantissas scaled so
    /// that 17-digit decimals can be exact: the candidates for values
    /// halfway between two shortest strings.
    fn shortest_test_values() -> Vec<f64> {
        let mut rng = Rng(12345);
        let mut values = varied_floats(20_000);
        for e in -70..=11 {
            for _ in 0..200 {
                let m = (rng.next() >> 11) | 1;
                values.push(m as f64 * f64::powi(2.0, e));
            }
        }
        for k in -30..=30 {
            values.push(f64::powi(10.0, k));
            values.push(f64::powi(2.0, k));
        }
        values.extend([
            9007199254740993.0,
            4503599627370497.5,
            1e-6,
            2.0f64.powi(63),
        ]);
        values
    }

    #[test]
    fn shortest_matches_general_paths() {
        let mut ties = 0;
        let mut fast = 0;
        for x in shortest_test_values() {
            let ax = x.abs();
            let want = shortest_always_rechecked(ax);
            assert_eq!(parts(&Decimal::shortest(ax)), want, "{x:e}");
            assert_eq!(parts(&Decimal::shortest_general(ax)), want, "{x:e}");
            if Decimal::from_exp_text(format!("{ax:e}").as_bytes()).digits() != want.0 {
                ties += 1;
            }
            if ScaledFloat::new(ax).and_then(|s| s.shortest()).is_some() {
                fast += 1;
            }
        }
        assert!(ties > 0, "no halfway case was exercised");
        assert!(fast > 15_000, "only {fast} values took the fast path");
    }

    #[test]
    fn significant_matches_general_path() {
        for x in shortest_test_values() {
            let ax = x.abs();
            for n in [1, 2, 3, 5, 6, 7, 10, 15, 16, 17, 18, 25] {
                assert_eq!(
                    parts(&Decimal::significant(ax, n)),
                    parts(&Decimal::significant_general(ax, n)),
                    "{x:e} {n}"
                );
            }
        }
    }

    #[test]
    fn hex_matches_cpython() {
        for &(b, want) in HEX {
            assert_eq!(float_to_hex(f64::from_bits(b)), want, "bits {b:#x}");
        }
    }

    #[test]
    fn fromhex_matches_cpython() {
        for &(s, want) in FROMHEX {
            let got = float_from_hex(s).map(f64::to_bits);
            match (got, want) {
                (Ok(g), Ok(w)) => assert!(
                    same(f64::from_bits(g), f64::from_bits(w)),
                    "{s:?}: {g:#x} != {w:#x}"
                ),
                (g, w) => assert_eq!(g, w, "{s:?}"),
            }
        }
    }

    #[test]
    fn round_matches_cpython() {
        for &(b, n, want) in ROUND {
            let got = round_float(f64::from_bits(b), n);
            match (got, want) {
                (Some(g), Some(w)) => assert!(
                    same(g, f64::from_bits(w)),
                    "{b:#x} {n}: {g} != {}",
                    f64::from_bits(w)
                ),
                (g, w) => assert_eq!(g.is_none(), w.is_none(), "{b:#x} {n}"),
            }
        }
    }

    #[test]
    fn float_to_int_matches_cpython() {
        for &(b, want) in TO_INT {
            assert_eq!(
                float_to_bigint(f64::from_bits(b)).unwrap().to_string(),
                want,
                "{b:#x}"
            );
        }
        assert_eq!(float_to_bigint(f64::INFINITY), None);
        assert_eq!(float_to_bigint(f64::NAN), None);
    }

    #[test]
    fn int_to_float_matches_cpython() {
        for &(s, want) in FROM_INT {
            let v: BigInt = s.parse().unwrap();
            assert_eq!(bigint_to_float(&v).map(f64::to_bits), want, "{s}");
        }
    }

    #[test]
    fn integer_ratio_matches_cpython() {
        for &(b, n, d) in RATIO {
            let (gn, gd) = float_as_integer_ratio(f64::from_bits(b)).unwrap();
            assert_eq!(
                (gn.to_string().as_str(), gd.to_string().as_str()),
                (n, d),
                "{b:#x}"
            );
        }
        assert_eq!(float_as_integer_ratio(f64::NAN), None);
    }

    #[test]
    fn ratio_matches_cpython() {
        // (numerator, denominator, bits of CPython's `n / d`)
        let pow2 = |k: u32| BigUint::one() << k;
        let cases: [(BigUint, BigUint, u64); 8] = [
            (1u32.into(), 3u32.into(), 0x3fd5555555555555),
            (pow2(1074) + 1u32, pow2(2000), 0x610000000000000),
            (1u32.into(), pow2(1075), 0x0),
            (3u32.into(), pow2(1075), 0x2),
            (
                BigUint::from(10u32).pow(30),
                7u32.into(),
                0x45fcd98a8b00a10b,
            ),
            (pow2(53) + 1u32, 1u32.into(), 0x4340000000000000),
            (pow2(54) + 3u32, 2u32.into(), 0x4340000000000001),
            (
                BigUint::from(10u32).pow(400),
                BigUint::from(10u32).pow(399),
                0x4024000000000000,
            ),
        ];
        for (n, d, want) in cases {
            assert_eq!(
                ratio_to_float(&n, &d).map(f64::to_bits),
                Some(want),
                "{n} / {d}"
            );
        }
        assert_eq!(ratio_to_float(&pow2(1024), &1u32.into()), None);
    }

    #[test]
    fn divmod_matches_cpython() {
        for &(a, b, d, m) in DIVMOD {
            let (gd, gm) = float_div_mod(f64::from_bits(a), f64::from_bits(b));
            let (a, b) = (f64::from_bits(a), f64::from_bits(b));
            assert!(
                same(gd, f64::from_bits(d)),
                "{a} // {b}: {gd} != {}",
                f64::from_bits(d)
            );
            assert!(
                same(gm, f64::from_bits(m)),
                "{a} % {b}: {gm} != {}",
                f64::from_bits(m)
            );
        }
    }
}
