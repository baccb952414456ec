//! `str.format`: replacement fields `{name.attr[key]!conv:spec}` with
//! automatic and manual numbering and nested specs.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

enum Piece {
    Text(String),
    Field { name: String, conv: Option<char>, spec: String },
}

fn parse(vm: &Vm, s: &str) -> PyResult<Vec<Piece>> {
    let chars: Vec<char> = s.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                text.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let inner: String = chars[i + 1..j].iter().collect();
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text)));
            }
            pieces.push(parse_field(vm, &inner)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                text.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            text.push(c);
            i += 1;
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

fn parse_field(vm: &Vm, inner: &str) -> PyResult<Piece> {
    let mut bracket = 0;
    let mut name_end = inner.len();
    for (i, c) in inner.char_indices() {
        match c {
            '[' => bracket += 1,
            ']' => bracket -= 1,
            '!' | ':' if bracket == 0 => {
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = inner[..name_end].to_string();
    let rest = &inner[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let c = it.next();
        let after: String = it.collect();
        match (c, after.chars().next()) {
            (Some(c @ ('r' | 's' | 'a')), None) => (Some(c), String::new()),
            (Some(c @ ('r' | 's' | 'a')), Some(':')) => (Some(c), after[1..].to_string()),
            (None, _) => return Err(vm.value_error("end of string while looking for conversion specifier")),
            (Some(c), Some(_)) if matches!(c, 'r' | 's' | 'a') => return Err(vm.value_error("expected ':' after conversion specifier")),
            (Some(c), _) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
        }
    } else if let Some(r) = rest.strip_prefix(':') {
        (None, r.to_string())
    } else {
        (None, String::new())
    };
    Ok(Piece::Field { name, conv, spec })
}

/// Top-level keyword names used by fields (for `format_map`).
pub fn field_names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        rest = &rest[i + 1..];
        if rest.starts_with('{') {
            rest = &rest[1..];
            continue;
        }
        let end = rest.find(['}', '!', ':', '.', '[']).unwrap_or(rest.len());
        let name = &rest[..end];
        if !name.is_empty() && !name.chars().all(|c| c.is_ascii_digit()) {
            out.push(name.to_string());
        }
    }
    out
}

/// Format `s` with positional `args` and keyword lookup `kw`.
pub fn format(vm: &mut Vm, s: &str, args: &[Value], kw: &dyn Fn(&str) -> Option<Value>) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    let mut autod = false;
    let mut out = String::new();
    for piece in parse(vm, s)? {
        match piece {
            Piece::Text(t) => out.push_str(&t),
            Piece::Field { name, conv, spec } => {
                let first_end = name.find(['.', '[']).unwrap_or(name.len());
                let first = &name[..first_end];
                let mut v = if first.is_empty() {
                    if manual {
                        return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                    }
                    autod = true;
                    let v = args.get(auto).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {auto} out of range for positional args tuple")))?;
                    auto += 1;
                    v
                } else if let Ok(n) = first.parse::<usize>() {
                    if autod {
                        return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                    }
                    manual = true;
                    args.get(n).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {n} out of range for positional args tuple")))?
                } else {
                    match kw(first) {
                        Some(v) => v,
                        None => return Err(vm.key_error(vm.new_str(first))),
                    }
                };
                v = resolve_path(vm, v, &name[first_end..])?;
                let v = match conv {
                    Some('r') => { let r = vm.repr(&v)?; vm.new_str(r) }
                    Some('s') => { let r = vm.str_of(&v)?; vm.new_str(r) }
                    Some('a') => { let r = ferropy_text::str_repr::ascii_escape(&vm.repr(&v)?); vm.new_str(r) }
                    _ => v,
                };
                let spec = if spec.contains('{') { format(vm, &spec, args, kw)? } else { spec };
                let r = vm.format(&v, &spec)?;
                out.push_str(r.as_str().unwrap_or(""));
            }
        }
    }
    Ok(out)
}

fn resolve_path(vm: &mut Vm, mut v: Value, mut path: &str) -> PyResult<Value> {
    while !path.is_empty() {
        if let Some(rest) = path.strip_prefix('.') {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            v = vm.getattr_str(&v, &rest[..end])?;
            path = &rest[end..];
        } else if let Some(rest) = path.strip_prefix('[') {
            let end = rest.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &rest[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_str(key),
            };
            v = vm.getitem(&v, &k)?;
            path = &rest[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}
