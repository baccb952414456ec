//! The methods of `str`.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;
use ferropy_text::unicode_props as up;
use std::rc::Rc;

fn this(vm: &Vm, args: &Args) -> PyResult<String> {
    match args.values.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

fn arg_str(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    v.as_str().map(str::to_string).ok_or_else(|| {
        vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))
    })
}

fn arity(vm: &Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    crate::builtins::check_arity(vm, name, args.pos().len() - 1, min, max)
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else { unreachable!() };
    let obj = pos.get(1).or(args.kwarg("object"));
    let encoding = pos.get(2).or(args.kwarg("encoding"));
    let s = match (obj, encoding) {
        (None, _) => String::new(),
        (Some(o), Some(enc)) => {
            let data = crate::objects::bytes::bytes_of(o).ok_or_else(|| vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(o))))?;
            let errors = pos.get(3).or(args.kwarg("errors")).and_then(|v| v.as_str()).unwrap_or("strict").to_string();
            crate::objects::codecs::decode(vm, &data, enc.as_str().unwrap_or("utf-8"), &errors)?
        }
        (Some(o), None) => vm.str_of(o)?,
    };
    if Rc::ptr_eq(cls, &vm.types.str_) {
        return Ok(vm.new_str(s));
    }
    let td = crate::types::tdata(cls);
    let payload = Payload::Str(PyStr::new(s));
    Ok(Value::Obj(if td.instance_dict {
        Obj::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        Obj::new(cls.clone(), payload)
    }))
}

fn str_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sep = this(vm, args)?;
    arity(vm, args, "join", 1, 1)?;
    let items = vm.collect_iterable(&args.values[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(vm.new_str(out))
}

fn split_args(vm: &mut Vm, args: &Args) -> PyResult<(Option<String>, i64)> {
    let pos = args.pos();
    let sep = pos.get(1).or(args.kwarg("sep")).cloned().unwrap_or(Value::None);
    let maxsplit = match pos.get(2).or(args.kwarg("maxsplit")) {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let sep = if sep.is_none() {
        None
    } else {
        let s = arg_str(vm, &sep, "must be str or None")?;
        if s.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        Some(s)
    };
    Ok((sep, maxsplit))
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(|c: char| up::is_space(c));
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest.to_string());
            return out;
        }
        let end = rest.find(|c: char| up::is_space(c)).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(|c: char| up::is_space(c));
    }
    out
}

fn str_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (sep, maxsplit) = split_args(vm, args)?;
    let parts: Vec<String> = match sep {
        None => split_whitespace(&s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(str::to_string).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str()).map(str::to_string).collect()
            }
        }
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn str_rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    let (sep, maxsplit) = split_args(vm, args)?;
    let mut parts: Vec<String> = match sep {
        None => {
            let rev: String = s.chars().rev().collect();
            split_whitespace(&rev, maxsplit).into_iter().map(|p| p.chars().rev().collect()).collect()
        }
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(str::to_string).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str()).map(str::to_string).collect()
            }
        }
    };
    parts.reverse();
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn strip_chars(vm: &Vm, args: &Args) -> PyResult<Option<Vec<char>>> {
    match args.pos().get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(arg_str(vm, v, "strip arg")?.chars().collect())),
    }
}

fn strip_impl(vm: &mut Vm, args: &Args, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "strip", 0, 1)?;
    let chars = strip_chars(vm, args)?;
    let pred = |c: char| match &chars {
        None => up::is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(vm.new_str(r))
}

fn str_strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn str_lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn str_rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

/// Resolve optional start/end arguments into a char range of `s`.
fn char_range(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let pos = args.pos();
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match pos.get(first) {
        Some(v) if !v.is_none() => clamp(vm.index_value(v)?),
        _ => 0,
    };
    let end = match pos.get(first + 1) {
        Some(v) if !v.is_none() => clamp(vm.index_value(v)?),
        _ => len,
    };
    Ok((start, end))
}

fn sub_by_chars(s: &str, start: usize, end: usize) -> (&str, usize) {
    let b0 = s.char_indices().nth(start).map(|(b, _)| b).unwrap_or(s.len());
    let b1 = s.char_indices().nth(end).map(|(b, _)| b).unwrap_or(s.len());
    if b1 < b0 {
        ("", b0)
    } else {
        (&s[b0..b1], b0)
    }
}

fn affix_impl(vm: &mut Vm, args: &Args, prefix: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    let name = if prefix { "startswith" } else { "endswith" };
    arity(vm, args, name, 1, 3)?;
    let len = s.chars().count();
    let (start, end) = char_range(vm, args, 2, len)?;
    if start > end {
        return Ok(Value::Bool(false));
    }
    let (sub, _) = sub_by_chars(&s, start, end);
    let cands = match args.values[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.values[1].clone()],
    };
    for c in cands {
        let Some(c) = c.as_str() else {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&args.values[1])
            )));
        };
        if (prefix && sub.starts_with(c)) || (!prefix && sub.ends_with(c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, true)
}
fn str_endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, false)
}

fn find_impl(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Option<usize>> {
    let s = this(vm, args)?;
    arity(vm, args, "find", 1, 3)?;
    let needle = arg_str(vm, &args.values[1], "must be str")?;
    let len = s.chars().count();
    let (start, end) = char_range(vm, args, 2, len)?;
    if start > end || start > len {
        return Ok(None);
    }
    let (sub, b0) = sub_by_chars(&s, start, end);
    let found = if reverse { sub.rfind(needle.as_str()) } else { sub.find(needle.as_str()) };
    Ok(found.map(|b| s[..b0 + b].chars().count()))
}

fn str_find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, false)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, true)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn str_rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "count", 1, 3)?;
    let needle = arg_str(vm, &args.values[1], "must be str")?;
    let len = s.chars().count();
    let (start, end) = char_range(vm, args, 2, len)?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let (sub, _) = sub_by_chars(&s, start, end);
    let n = if needle.is_empty() { sub.chars().count() + 1 } else { sub.matches(needle.as_str()).count() };
    Ok(Value::Int(n as i64))
}

fn str_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "replace", 2, 3)?;
    let old = arg_str(vm, &args.values[1], "replace() argument 1")?;
    let new = arg_str(vm, &args.values[2], "replace() argument 2")?;
    let count = match args.pos().get(3).or(args.kwarg("count")) {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    let r = if count < 0 { s.replace(&old, &new) } else { s.replacen(&old, &new, count as usize) };
    Ok(vm.new_str(r))
}

fn map_str(vm: &mut Vm, args: &Args, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(vm.new_str(f(&s)))
}

fn str_upper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_str(vm, args, up::upper)
}
fn str_lower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_str(vm, args, up::lower)
}
fn str_title(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_str(vm, args, up::title)
}
fn str_capitalize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_str(vm, args, up::capitalize)
}
fn str_swapcase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_str(vm, args, up::swapcase)
}
fn str_casefold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_str(vm, args, up::casefold)
}

fn pred_all(vm: &mut Vm, args: &Args, p: fn(char) -> bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(p)))
}

fn str_isdigit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred_all(vm, args, |c| up::is_digit(c))
}
fn str_isdecimal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred_all(vm, args, |c| up::is_decimal(c))
}
fn str_isnumeric(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred_all(vm, args, |c| up::is_numeric(c))
}
fn str_isalpha(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred_all(vm, args, |c| up::is_alpha(c))
}
fn str_isalnum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred_all(vm, args, |c| up::is_alnum(c))
}
fn str_isspace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred_all(vm, args, |c| up::is_space(c))
}
fn str_isascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(s.is_ascii()))
}
fn str_isupper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(up::str_is_upper(s.chars().map(u32::from))))
}
fn str_islower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(up::str_is_lower(s.chars().map(u32::from))))
}
fn str_istitle(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(up::str_is_title(s.chars().map(u32::from))))
}
fn str_isidentifier(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(up::str_is_identifier(s.chars().map(u32::from))))
}
fn str_isprintable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Bool(up::str_is_printable(s.chars().map(u32::from))))
}

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(String, usize, char)> {
    let s = this(vm, args)?;
    arity(vm, args, name, 1, 2)?;
    let width = vm.index_value(&args.values[1])?.max(0) as usize;
    let fill = match args.pos().get(2) {
        Some(f) => {
            let fs = arg_str(vm, f, "fill character")?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    Ok((s, width, fill))
}

fn str_ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, args, "ljust")?;
    let n = s.chars().count();
    let pad: String = std::iter::repeat_n(f, w.saturating_sub(n)).collect();
    Ok(vm.new_str(format!("{s}{pad}")))
}
fn str_rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, args, "rjust")?;
    let n = s.chars().count();
    let pad: String = std::iter::repeat_n(f, w.saturating_sub(n)).collect();
    Ok(vm.new_str(format!("{pad}{s}")))
}
fn str_center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, w, f) = pad_args(vm, args, "center")?;
    let n = s.chars().count();
    let total = w.saturating_sub(n);
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let l: String = std::iter::repeat_n(f, left).collect();
    let r: String = std::iter::repeat_n(f, right).collect();
    Ok(vm.new_str(format!("{l}{s}{r}")))
}

fn str_zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "zfill", 1, 1)?;
    let w = vm.index_value(&args.values[1])?.max(0) as usize;
    let n = s.chars().count();
    if n >= w {
        return Ok(vm.new_str(s));
    }
    let zeros = "0".repeat(w - n);
    let r = if s.starts_with(['+', '-']) {
        format!("{}{}{}", &s[..1], zeros, &s[1..])
    } else {
        format!("{zeros}{s}")
    };
    Ok(vm.new_str(r))
}

fn partition_impl(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "partition", 1, 1)?;
    let sep = arg_str(vm, &args.values[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(i) => [s[..i].to_string(), sep.clone(), s[i + sep.len()..].to_string()],
        None if reverse => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn str_rpartition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn str_splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    let keep = match args.pos().get(1).or(args.kwarg("keepends")) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if up::is_linebreak(c) {
            let mut end = i + 1;
            if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let line: String = if keep { chars[start..end].iter().collect() } else { chars[start..i].iter().collect() };
            out.push(vm.new_str(line));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(vm.new_str(chars[start..].iter().collect::<String>()));
    }
    Ok(vm.new_list(out))
}

fn str_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    let enc = args.pos().get(1).or(args.kwarg("encoding")).and_then(|v| v.as_str()).unwrap_or("utf-8").to_string();
    let errors = args.pos().get(2).or(args.kwarg("errors")).and_then(|v| v.as_str()).unwrap_or("strict").to_string();
    let b = crate::objects::codecs::encode(vm, &s, &enc, &errors)?;
    Ok(vm.new_bytes(b))
}

fn str_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "removeprefix", 1, 1)?;
    let p = arg_str(vm, &args.values[1], "removeprefix() argument")?;
    Ok(vm.new_str(s.strip_prefix(p.as_str()).unwrap_or(&s)))
}

fn str_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "removesuffix", 1, 1)?;
    let p = arg_str(vm, &args.values[1], "removesuffix() argument")?;
    Ok(vm.new_str(s.strip_suffix(p.as_str()).unwrap_or(&s)))
}

fn str_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    let size = match args.pos().get(1).or(args.kwarg("tabsize")) {
        Some(v) => vm.index_value(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

fn str_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    let pos = args.pos()[1..].to_vec();
    let kw: Vec<(String, Value)> = args.kw().map(|(k, v)| (k.to_string(), v.clone())).collect();
    let r = crate::objects::str_format::format(vm, &s, &pos, &|name| kw.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))?;
    Ok(vm.new_str(r))
}

fn str_format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "format_map", 1, 1)?;
    let mapping = args.values[1].clone();
    let mut pending: Vec<(String, PyResult<Value>)> = Vec::new();
    // Collect keys first so the lookup closure needs no VM access.
    for key in crate::objects::str_format::field_names(&s) {
        let k = vm.new_str(key.clone());
        pending.push((key, vm.getitem(&mapping, &k)));
    }
    let mut resolved = Vec::new();
    for (k, v) in pending {
        resolved.push((k, v?));
    }
    let r = crate::objects::str_format::format(vm, &s, &[], &|name| resolved.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))?;
    Ok(vm.new_str(r))
}

fn str_maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let d = vm.new_dict();
    match pos.len() {
        1 | 2 => {
            let src = pos.last().unwrap();
            for (k, v) in crate::objects::dict::items(src.as_obj().ok_or_else(|| vm.type_error("if you give only one argument to maketrans it must be a dict"))?) {
                let key = match k.as_str() {
                    Some(s) => Value::Int(s.chars().next().map(|c| c as i64).unwrap_or(0)),
                    None => k,
                };
                crate::objects::dict::set_item(vm, &d, key, v)?;
            }
        }
        _ => {
            let (a, b) = (arg_str(vm, &pos[pos.len() - 2], "maketrans")?, arg_str(vm, &pos[pos.len() - 1], "maketrans")?);
            let (from, to) = if pos.len() == 4 { (a, b) } else { (arg_str(vm, &pos[1], "maketrans")?, arg_str(vm, &pos[2], "maketrans")?) };
            if from.chars().count() != to.chars().count() {
                return Err(vm.value_error("the first two maketrans arguments must have equal length"));
            }
            for (x, y) in from.chars().zip(to.chars()) {
                let v = Value::Int(y as i64);
                crate::objects::dict::set_item(vm, &d, Value::Int(x as i64), v)?;
            }
            if pos.len() == 4 {
                for c in arg_str(vm, &pos[3], "maketrans")?.chars() {
                    crate::objects::dict::set_item(vm, &d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
    }
    Ok(Value::Obj(d))
}

fn str_translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(vm, args)?;
    arity(vm, args, "translate", 1, 1)?;
    let table = args.values[1].clone();
    let mut out = String::new();
    for c in s.chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(v) => {
                if let Some(r) = v.as_str() {
                    out.push_str(r);
                } else if let Some(i) = crate::objects::int::to_i64(&v) {
                    out.push(char::from_u32(i as u32).unwrap_or('\u{FFFD}'));
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), crate::exc_kinds::Exc::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

/// Register the str methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let methods: &[(&str, NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("replace", str_replace),
        ("upper", str_upper),
        ("lower", str_lower),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("expandtabs", str_expandtabs),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
        ("__new__", str_new),
    ];
    for (n, f) in methods {
        crate::objects::add_method(vm, &t, n, *f);
    }
    crate::objects::mark_static(vm, &t, "__new__");
    crate::objects::add_method(vm, &t, "maketrans", str_maketrans);
    crate::objects::mark_static(vm, &t, "maketrans");
}
