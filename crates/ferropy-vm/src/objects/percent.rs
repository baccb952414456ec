//! `str % args`: printf-style formatting, using `ferropy_text::percent_format`
//! for parsing and number rendering.

use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::objects::{float, int};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_text::format_spec::FormatError;
use ferropy_text::percent_format::{parse_percent_format, Count, PercentPiece, PercentSpec};

fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Surrogate(_) => vm.value_error("surrogates not supported"),
    }
}

struct ArgSource {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
}

impl ArgSource {
    fn take(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.mapping.is_some() && self.items.len() == 1 && self.next == 0 {
            self.next = 1;
            return Ok(self.items[0].clone());
        }
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }
}

fn star(vm: &mut Vm, src: &mut ArgSource, c: Option<Count>) -> PyResult<Option<isize>> {
    if c != Some(Count::Star) {
        return Ok(None);
    }
    let v = src.take(vm)?;
    if !int::is_int(&v) {
        return Err(vm.type_error("* wants int"));
    }
    Ok(Some(int::to_i64(&v).unwrap_or(0) as isize))
}

/// `fmt % args` for str.
pub fn str_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let fmt_s = fmt.as_str().unwrap_or("").to_string();
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_))) && crate::ops::is_builtin_type(vm, args);
    let is_mapping = !is_tuple
        && args.as_str().is_none()
        && (matches!(args.payload(), Some(Payload::Dict(_))) || (vm.lookup_special(args, "__getitem__").is_some() && !matches!(args.payload(), Some(Payload::Tuple(_) | Payload::List(_) | Payload::Str(_) | Payload::Bytes(_)))));
    let mut src = ArgSource {
        items: if is_tuple { crate::objects::tuple::items(args) } else { vec![args.clone()] },
        next: 0,
        mapping: if is_mapping { Some(args.clone()) } else { None },
    };
    let mut out = String::new();
    let mut used_mapping = false;
    for piece in parse_percent_format(&fmt_s) {
        match piece {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Spec(spec) => {
                let v = fetch(vm, &mut src, &spec, &mut used_mapping)?;
                let sw = star(vm, &mut src, spec.width)?;
                let sp = star(vm, &mut src, spec.precision)?;
                let v = match v {
                    Some(v) => v,
                    None => src.take(vm)?,
                };
                let r = spec.resolve(sw, sp);
                out.push_str(&convert(vm, &v, &r, spec.index)?);
            }
            PercentPiece::Malformed { spec, requires_mapping, message } => {
                if requires_mapping && src.mapping.is_none() {
                    return Err(vm.type_error("format requires a mapping"));
                }
                let _ = spec;
                return Err(vm.value_error(message));
            }
        }
    }
    if !used_mapping && src.mapping.is_none() && src.next < src.items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn fetch(vm: &mut Vm, src: &mut ArgSource, spec: &PercentSpec, used_mapping: &mut bool) -> PyResult<Option<Value>> {
    let Some(key) = &spec.key else { return Ok(None) };
    let Some(m) = src.mapping.clone() else {
        return Err(vm.type_error("format requires a mapping"));
    };
    *used_mapping = true;
    let k = vm.new_str(key.clone());
    vm.getitem(&m, &k).map(Some)
}

fn convert(vm: &mut Vm, v: &Value, r: &ferropy_text::percent_format::ResolvedPercentSpec, index: usize) -> PyResult<String> {
    use ferropy_text::percent_format::{pad_percent, percent_format_float, percent_format_int, unsupported_format_character};
    match r.conv {
        's' => {
            let s = vm.str_of(v)?;
            Ok(pad_percent(&truncate(&s, r.precision), r))
        }
        'r' => {
            let s = vm.repr(v)?;
            Ok(pad_percent(&truncate(&s, r.precision), r))
        }
        'a' => {
            let s = ferropy_text::str_repr::ascii_escape(&vm.repr(v)?);
            Ok(pad_percent(&truncate(&s, r.precision), r))
        }
        'c' => {
            if let Some(s) = v.as_str() {
                if s.chars().count() != 1 {
                    return Err(vm.type_error("%c requires an int or a unicode character, not a string of length 2".replace("2", &s.chars().count().to_string())));
                }
                return Ok(pad_percent(s, r));
            }
            let i = int::to_i64(v).ok_or_else(|| vm.type_error(format!("%c requires an int or a unicode character, not {}", vm.type_name(v))))?;
            let c = char::from_u32(i as u32).filter(|_| (0..0x110000).contains(&i)).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            Ok(pad_percent(&c.to_string(), r))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = if int::is_int(v) {
                int::to_bigint(v).unwrap()
            } else if let Some(f) = float::to_f64(v).filter(|_| matches!(r.conv, 'd' | 'i' | 'u')) {
                ferropy_text::float_repr::float_to_bigint(f.trunc()).ok_or_else(|| vm.overflow_error("cannot convert float infinity to integer"))?
            } else if vm.lookup_special(v, "__index__").is_some() {
                let i = vm.index(v)?;
                int::to_bigint(&i).unwrap()
            } else {
                let what = if matches!(r.conv, 'x' | 'X' | 'o') { "an integer" } else { "a real number" };
                return Err(vm.type_error(format!("%{} format: {} is required, not {}", r.conv, what, vm.type_name(v))));
            };
            Ok(percent_format_int(&n, r))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match float::to_f64(v) {
                Some(f) => f,
                None if int::is_int(v) => ferropy_text::float_repr::bigint_to_float(&int::to_bigint(v).unwrap()).ok_or_else(|| vm.overflow_error("int too large to convert to float"))?,
                None => {
                    if let Some(ff) = vm.lookup_special(v, "__float__") {
                        let r2 = vm.call(&vm.bind(&ff, v), vec![], &[])?;
                        float::to_f64(&r2).unwrap_or(0.0)
                    } else {
                        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
                    }
                }
            };
            Ok(percent_format_float(f, r))
        }
        c => Err(format_error(vm, unsupported_format_character(c, index, false))),
    }
}

fn truncate(s: &str, precision: Option<usize>) -> String {
    match precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    }
}
