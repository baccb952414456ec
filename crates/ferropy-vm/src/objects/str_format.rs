//! `str.format` and `str.format_map`: replacement fields
//! `{name.attr[key]!conv:spec}` with automatic or manual numbering and
//! nested fields in the spec, following CPython's parser step by step so
//! that errors (and the side effects before them) come in the same order.

use crate::error::PyResult;
use crate::vm::Vm;
use crate::{exc_kinds::Exc, value::Value};

/// Where named fields come from.
pub enum Source<'a> {
    /// `format(**kwargs)`.
    Kwargs(&'a [(&'a str, &'a Value)]),
    /// `format_map(mapping)` (positional fields are not allowed).
    Mapping(&'a Value),
}

/// The numbering mode of a format string, shared with its nested specs.
#[derive(Default)]
struct AutoNumber {
    manual: Option<bool>,
    next: usize,
}

/// One parsed replacement field (slices of the format string).
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    spec_has_fields: bool,
}

/// Format `s` with positional `args` and named fields from `source`.
pub fn format(vm: &mut Vm, s: &str, args: &[Value], source: &Source) -> PyResult<String> {
    let positional = match source {
        Source::Kwargs(_) => Some(args),
        Source::Mapping(_) => None,
    };
    let mut ctx = Ctx {
        positional,
        source,
        auto: AutoNumber::default(),
    };
    let mut out = String::new();
    ctx.build(vm, s, 2, &mut out)?;
    Ok(out)
}

struct Ctx<'a> {
    positional: Option<&'a [Value]>,
    source: &'a Source<'a>,
    auto: AutoNumber,
}

impl Ctx<'_> {
    /// Expand `s` into `out`; `depth` limits nesting of specs.
    fn build(&mut self, vm: &mut Vm, s: &str, depth: u32, out: &mut String) -> PyResult<()> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut rest = s;
        while !rest.is_empty() {
            let (literal, field, after) = next_piece(vm, rest)?;
            out.push_str(literal);
            rest = after;
            if let Some(field) = field {
                self.render(vm, &field, depth, out)?;
            }
        }
        Ok(())
    }

    /// Look up, convert and format one field.
    fn render(&mut self, vm: &mut Vm, field: &Field, depth: u32, out: &mut String) -> PyResult<()> {
        let obj = self.field_object(vm, field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => {
                let r = vm.repr(&obj)?;
                vm.new_str(r)
            }
            Some('s') => {
                let r = vm.str_of(&obj)?;
                vm.new_str(r)
            }
            Some('a') => {
                let r = ferropy_text::str_repr::ascii_escape(&vm.repr(&obj)?);
                vm.new_str(r)
            }
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")))
            }
            Some(c) => {
                return Err(
                    vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                )
            }
        };
        let expanded;
        let spec = if field.spec_has_fields {
            let mut s = String::new();
            self.build(vm, field.spec, depth - 1, &mut s)?;
            expanded = s;
            expanded.as_str()
        } else {
            field.spec
        };
        let r = vm.format(&obj, spec)?;
        out.push_str(r.as_str().unwrap_or(""));
        Ok(())
    }

    /// The object a field name refers to: the first part picks an argument,
    /// then `.attr` and `[key]` parts are applied in order.
    fn field_object(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let index = decimal_index(vm, first)?;
        let mut obj = match index {
            None if !first.is_empty() => self.named(vm, first)?,
            _ => {
                let i = self.number(vm, index)?;
                self.positional_arg(vm, i)?
            }
        };
        while !rest.is_empty() {
            let (is_attr, key, after) = next_accessor(vm, rest)?;
            rest = after;
            obj = if is_attr {
                vm.getattr_str(&obj, key)?
            } else {
                let k = match decimal_index(vm, key)? {
                    Some(i) => Value::Int(i as i64),
                    None => vm.new_str(key),
                };
                vm.getitem(&obj, &k)?
            };
        }
        Ok(obj)
    }

    /// Resolve automatic numbering (`index` is `None` for `{}`).
    fn number(&mut self, vm: &Vm, index: Option<usize>) -> PyResult<usize> {
        let auto = index.is_none();
        match self.auto.manual {
            None => self.auto.manual = Some(!auto),
            Some(true) if auto => {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            Some(false) if !auto => {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ))
            }
            _ => {}
        }
        Ok(index.unwrap_or_else(|| {
            self.auto.next += 1;
            self.auto.next - 1
        }))
    }

    fn positional_arg(&self, vm: &Vm, i: usize) -> PyResult<Value> {
        let Some(args) = self.positional else {
            return Err(vm.value_error("Format string contains positional fields"));
        };
        args.get(i).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })
    }

    fn named(&self, vm: &mut Vm, key: &str) -> PyResult<Value> {
        match self.source {
            Source::Kwargs(kw) => match kw.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => Ok((*v).clone()),
                None => Err(vm.key_error(vm.new_str(key))),
            },
            Source::Mapping(m) => {
                let k = vm.new_str(key);
                vm.getitem(m, &k)
            }
        }
    }
}

/// `Some(n)` when `s` is a non-empty run of decimal digits (any script),
/// as CPython's field names use them.
fn decimal_index(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = ferropy_text::unicode_props::decimal_value(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// Split one `.attr` or `[key]` accessor off the front of `rest`.
fn next_accessor<'s>(vm: &Vm, rest: &'s str) -> PyResult<(bool, &'s str, &'s str)> {
    let (is_attr, key, after) = if let Some(r) = rest.strip_prefix('.') {
        let end = r.find(['.', '[']).unwrap_or(r.len());
        (true, &r[..end], &r[end..])
    } else if let Some(r) = rest.strip_prefix('[') {
        let end = r
            .find(']')
            .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
        (false, &r[..end], &r[end + 1..])
    } else {
        return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
    };
    if key.is_empty() {
        return Err(vm.value_error("Empty attribute in format string"));
    }
    Ok((is_attr, key, after))
}

/// Split `s` into literal text, an optional field, and what follows.
fn next_piece<'s>(vm: &Vm, s: &'s str) -> PyResult<(&'s str, Option<Field<'s>>, &'s str)> {
    let Some(i) = s.find(['{', '}']) else {
        return Ok((s, None, ""));
    };
    let brace = s.as_bytes()[i];
    let after = &s[i + 1..];
    if after.as_bytes().first() == Some(&brace) {
        return Ok((&s[..=i], None, &after[1..]));
    }
    if brace == b'}' {
        return Err(vm.value_error("Single '}' encountered in format string"));
    }
    if after.is_empty() {
        return Err(vm.value_error("Single '{' encountered in format string"));
    }
    let (field, rest) = parse_field(vm, after)?;
    Ok((&s[..i], Some(field), rest))
}

/// Parse a field after its `{`, up to and including its `}`.
fn parse_field<'s>(vm: &Vm, s: &'s str) -> PyResult<(Field<'s>, &'s str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut stop = None;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while i < bytes.len() && bytes[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let mut field = Field {
        name: "",
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    let Some(stop) = stop else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    field.name = &s[..i - 1];
    if stop == b'}' {
        return Ok((field, &s[i..]));
    }
    if stop == b'!' {
        let mut rest = s[i..].chars();
        let Some(conv) = rest.next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        i += conv.len_utf8();
        match bytes.get(i) {
            Some(b'}') => return Ok((field, &s[i + 1..])),
            Some(b':') => i += 1,
            Some(_) => return Err(vm.value_error("expected ':' after conversion specifier")),
            None => {}
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &s[spec_start..i];
                    return Ok((field, &s[i + 1..]));
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(vm.new_exc(Exc::ValueError, "unmatched '{' in format spec"))
}
