//! `str % args` and `bytes % args`: printf-style formatting, using
//! `ferropy_text::percent_format` for parsing and number rendering.
//!
//! Both share one driver. A bytes format is handled as Latin-1 text (each
//! byte one character), so padding and precision count bytes, and the
//! result is encoded back to Latin-1.

use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::objects::{float, int};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_text::format_spec::{FormatError, IntValue};
use ferropy_text::percent_format::{
    pad_percent, parse_percent_format, percent_format_float, percent_format_int,
    unsupported_format_character, Count, PercentPiece, PercentSpec, ResolvedPercentSpec,
};

/// Whether the format is a `str` or a `bytes`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Str,
    Bytes,
}

fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Reserved(cp) => crate::objects::str::reserved_code_point_error(vm, cp),
    }
}

/// The arguments: a tuple's items, or a single value (which may also be
/// the mapping for `%(key)s`).
struct ArgSource<'a> {
    items: &'a [Value],
    next: usize,
    is_tuple: bool,
    mode: Mode,
}

impl<'a> ArgSource<'a> {
    fn new(args: &'a Value, mode: Mode) -> ArgSource<'a> {
        let (items, is_tuple) = match args.payload() {
            Some(Payload::Tuple(t)) => (&t[..], true),
            _ => (std::slice::from_ref(args), false),
        };
        ArgSource {
            items,
            next: 0,
            is_tuple,
            mode,
        }
    }

    /// The single argument when it counts as a mapping: anything with
    /// `__getitem__` except a tuple or (for bytes formats, a bytes-like
    /// object, for str formats) a str.
    fn mapping(&self, vm: &Vm) -> Option<Value> {
        if self.is_tuple {
            return None;
        }
        let arg = &self.items[0];
        let excluded = match arg.payload() {
            Some(Payload::Str(_)) => true,
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => self.mode == Mode::Bytes,
            _ => false,
        };
        (!excluded && vm.lookup_special(arg, "__getitem__").is_some()).then(|| arg.clone())
    }

    /// The next positional argument.
    fn take(&mut self, vm: &Vm) -> PyResult<Value> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }

    /// The value for `%(key)`; a single argument counts as used afterwards.
    fn lookup(&mut self, vm: &mut Vm, key: &str) -> PyResult<Value> {
        let Some(m) = self.mapping(vm) else {
            return Err(vm.type_error("format requires a mapping"));
        };
        self.next = self.items.len();
        let k = match self.mode {
            Mode::Str => vm.new_str(key),
            Mode::Bytes => vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect()),
        };
        vm.getitem(&m, &k)
    }
}

/// The integer of a `*` width or precision.
fn star(vm: &mut Vm, src: &mut ArgSource, c: Option<Count>) -> PyResult<Option<isize>> {
    if c != Some(Count::Star) {
        return Ok(None);
    }
    let v = src.take(vm)?;
    if !int::is_int(&v) {
        return Err(vm.type_error("* wants int"));
    }
    let i = int::to_i64(&v)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    Ok(Some(i as isize))
}

/// `fmt % args` for str.
pub fn str_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let fmt_s = fmt.as_str().unwrap_or("");
    let out = format_percent(vm, fmt_s, args, Mode::Str)?;
    Ok(vm.new_str(out))
}

/// `fmt % args` for bytes and bytearray: the formatted bytes.
pub fn bytes_percent(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let fmt_s: String = fmt.iter().map(|&b| b as char).collect();
    let out = format_percent(vm, &fmt_s, args, Mode::Bytes)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn format_percent(vm: &mut Vm, fmt: &str, args: &Value, mode: Mode) -> PyResult<String> {
    let mut src = ArgSource::new(args, mode);
    let mut out = String::with_capacity(fmt.len() + 16);
    for piece in parse_percent_format(fmt) {
        match piece {
            PercentPiece::Literal(s) => out.push_str(s),
            PercentPiece::Spec(spec) => {
                let keyed = match &spec.key {
                    Some(k) => Some(src.lookup(vm, k)?),
                    None => None,
                };
                let sw = star(vm, &mut src, spec.width)?;
                let sp = star(vm, &mut src, spec.precision)?;
                let v = match keyed {
                    Some(v) => v,
                    None => src.take(vm)?,
                };
                let r = spec.resolve(sw, sp);
                convert(vm, &mut out, &v, &r, &spec, mode)?;
            }
            PercentPiece::Malformed {
                spec,
                requires_mapping,
                message,
            } => {
                if requires_mapping && src.mapping(vm).is_none() {
                    return Err(vm.type_error("format requires a mapping"));
                }
                if let Some(k) = &spec.key {
                    src.lookup(vm, k)?;
                }
                star(vm, &mut src, spec.width)?;
                star(vm, &mut src, spec.precision)?;
                return Err(vm.value_error(message));
            }
        }
    }
    if src.next < src.items.len() && src.mapping(vm).is_none() {
        let what = if mode == Mode::Str { "string" } else { "bytes" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// Append one value converted by its conversion character.
fn convert(
    vm: &mut Vm,
    out: &mut String,
    v: &Value,
    r: &ResolvedPercentSpec,
    spec: &PercentSpec,
    mode: Mode,
) -> PyResult<()> {
    match (r.conv, mode) {
        ('s', Mode::Str) => {
            let s = vm.str_of(v)?;
            pad_percent(out, &s, r);
        }
        ('s' | 'b', Mode::Bytes) => {
            let b = bytes_operand(vm, v)?;
            pad_percent(out, &latin1(&b), r);
        }
        ('r', Mode::Str) => {
            let s = vm.repr(v)?;
            pad_percent(out, &s, r);
        }
        ('a', _) | ('r', Mode::Bytes) => {
            let s = ferropy_text::str_repr::ascii_escape(&vm.repr(v)?);
            pad_percent(out, &s, r);
        }
        ('c', _) => {
            let c = char_operand(vm, v, mode)?;
            pad_percent(out, c.encode_utf8(&mut [0; 4]), r);
        }
        ('d' | 'i' | 'u' | 'x' | 'X' | 'o', _) => {
            let n = int_operand(vm, v, r.conv)?;
            let n = int::int_value(&n).expect("int_operand returns an int");
            if let (IntValue::Big(b), 'd' | 'i' | 'u') = (n, r.conv) {
                crate::objects::int_methods::check_str_digits(vm, b)?;
            }
            percent_format_int(out, n, r);
        }
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', _) => {
            let f = float_operand(vm, v, mode)?;
            percent_format_float(out, f, r);
        }
        (c, _) => {
            return Err(format_error(
                vm,
                unsupported_format_character(c, spec.index, mode == Mode::Bytes),
            ))
        }
    }
    Ok(())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&b| b as char).collect()
}

/// The operand of bytes `%s`/`%b`: a bytes-like object or `__bytes__()`.
fn bytes_operand(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::bytes_of(v) {
        return Ok(b);
    }
    if let Some(f) = vm.lookup_special(v, "__bytes__") {
        let r = vm.call(&vm.bind(&f, v), vec![], &[])?;
        return match r.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            _ => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// The character of `%c`: an integer code, or a one-character str (one
/// byte for bytes formats).
fn char_operand(vm: &mut Vm, v: &Value, mode: Mode) -> PyResult<char> {
    let (limit, range_msg, type_msg) = match mode {
        Mode::Str => (
            0x110000,
            "%c arg not in range(0x110000)",
            "%c requires int or char",
        ),
        Mode::Bytes => (
            256,
            "%c arg not in range(256)",
            "%c requires an integer in range(256) or a single byte",
        ),
    };
    let single = match mode {
        Mode::Str => v.as_str().map(|s| s.chars().collect::<Vec<_>>()),
        Mode::Bytes => {
            crate::objects::bytes::bytes_of(v).map(|b| b.iter().map(|&b| b as char).collect())
        }
    };
    if let Some(chars) = single {
        return match chars[..] {
            [c] => Ok(c),
            _ => Err(vm.type_error(type_msg)),
        };
    }
    if !int::is_int(v) && vm.lookup_special(v, "__index__").is_none() {
        return Err(vm.type_error(type_msg));
    }
    let i = vm.index(v)?;
    let cp = int::to_i64(&i)
        .filter(|c| (0..limit).contains(c))
        .ok_or_else(|| vm.overflow_error(range_msg))?;
    crate::objects::str::char_for(vm, cp as u32)
}

/// The integer of `%d %i %u %x %X %o`, as an int value.
fn int_operand(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Value> {
    if int::is_int(v) {
        return Ok(v.clone());
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    if decimal {
        if let Some(f) = float::to_f64(v) {
            return int::float_to_int(vm, f);
        }
    }
    if vm.lookup_special(v, "__index__").is_some() {
        return vm.index(v);
    }
    if decimal {
        if let Some(f) = vm.lookup_special(v, "__int__") {
            let r = vm.call(&vm.bind(&f, v), vec![], &[])?;
            if int::is_int(&r) {
                return Ok(r);
            }
            return Err(vm.type_error(format!(
                "__int__ returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
        if let Some(f) = vm.lookup_special(v, "__float__") {
            let r = vm.call(&vm.bind(&f, v), vec![], &[])?;
            let f =
                float::to_f64(&r).ok_or_else(|| vm.type_error("__float__ returned non-float"))?;
            return int::float_to_int(vm, f);
        }
    }
    let what = if decimal {
        "a real number"
    } else {
        "an integer"
    };
    Err(vm.type_error(format!(
        "%{conv} format: {what} is required, not {}",
        vm.type_name(v)
    )))
}

/// The float of `%e %f %g` and their upper-case forms.
fn float_operand(vm: &mut Vm, v: &Value, mode: Mode) -> PyResult<f64> {
    if let Some(f) = float::to_f64(v) {
        return Ok(f);
    }
    if int::is_int(v) {
        return ferropy_text::float_repr::bigint_to_float(&int::to_bigint(v).unwrap())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(f) = vm.lookup_special(v, "__float__") {
        let r = vm.call(&vm.bind(&f, v), vec![], &[])?;
        return float::to_f64(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))
        });
    }
    if vm.lookup_special(v, "__index__").is_some() {
        let i = vm.index(v)?;
        return float_operand(vm, &i, mode);
    }
    Err(vm.type_error(match mode {
        Mode::Str => format!("must be real number, not {}", vm.type_name(v)),
        Mode::Bytes => format!("float argument required, not {}", vm.type_name(v)),
    }))
}
