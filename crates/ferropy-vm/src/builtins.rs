//! The `builtins` module: functions, and the builtin types and exceptions
//! under their Python names.

use crate::error::PyResult;
use crate::exc_kinds::{Exc, EXCEPTION_TABLE};
use crate::interp::Exit;
use crate::object::Payload;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{dict, float, int, iterators, list, module, numbers};
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};
use ferropy_compiler::Mode;
use num_traits::Signed;

/// Check a builtin's positional argument count with CPython's messages.
pub fn check_arity(vm: &Vm, name: &str, given: usize, min: usize, max: usize) -> PyResult<()> {
    if given >= min && given <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({given} given)"),
            1 => format!("{name}() takes exactly one argument ({given} given)"),
            n => format!("{name} expected {n} arguments, got {given}"),
        }
    } else if given < min {
        format!(
            "{name} expected at least {min} argument{}, got {given}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {given}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

fn no_kwargs(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw() {
        match k {
            "sep" if !v.is_none() => {
                sep = v
                    .as_str()
                    .ok_or_else(|| {
                        vm.type_error(format!(
                            "sep must be None or a string, not {}",
                            vm.type_name(v)
                        ))
                    })?
                    .to_string()
            }
            "end" if !v.is_none() => {
                end = v
                    .as_str()
                    .ok_or_else(|| {
                        vm.type_error(format!(
                            "end must be None or a string, not {}",
                            vm.type_name(v)
                        ))
                    })?
                    .to_string()
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            "sep" | "end" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(v)?);
    }
    out.push_str(&end);
    if file.is_none() {
        file = crate::sys::get_attr(vm, "stdout").unwrap_or(Value::None);
        if file.is_none() {
            return Ok(Value::None);
        }
    }
    crate::sys::write_to(vm, &file, &out)?;
    if flush {
        crate::sys::flush(vm, &file)?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_kwargs(vm, args, "len")?;
    check_arity(vm, "len", args.values.len(), 1, 1)?;
    Ok(Value::Int(vm.len(&args.values[0])? as i64))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "repr", args.values.len(), 1, 1)?;
    let s = vm.repr(&args.values[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "ascii", args.values.len(), 1, 1)?;
    let s = vm.repr(&args.values[0])?;
    Ok(vm.new_str(ferropy_text::str_repr::ascii_escape(&s)))
}

/// `abs(v)`.
pub fn abs_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int::from_bigint(vm, int::to_bigint(v).unwrap().abs()),
        }),
        Value::False => Ok(Value::Int(0)),
        Value::True => Ok(Value::Int(1)),
        Value::FloatBits(bits) => Ok(Value::Float(f64::from_bits(*bits).abs())),
        _ => {
            if crate::ops::is_builtin_type(vm, v) {
                match v.payload() {
                    Some(Payload::Int(b)) => return Ok(int::from_bigint(vm, b.abs())),
                    Some(Payload::Complex(r, i)) => {
                        return crate::objects::complex::complex_abs(vm, *r, *i)
                    }
                    _ => {}
                }
            }
            match vm.lookup_special(v, "__abs__") {
                Some(f) => vm.call(&vm.bind(&f, v), vec![], &[]),
                None => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
                }
            }
        }
    }
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "abs", args.values.len(), 1, 1)?;
    abs_value(vm, &args.values[0])
}

fn min_max(vm: &mut Vm, args: &Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let pos = args.pos();
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in args.kw() {
        match k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = if key.is_none() {
            item.clone()
        } else {
            vm.call(&key, vec![item.clone()], &[])?
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| vm.value_error(format!("{name}() iterable argument is empty")))
        }
    }
}

fn min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

fn max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    check_arity(vm, "sum", pos.len(), 1, 2)?;
    let mut acc = args.param(1, "start").unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(acc.payload(), Some(Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&pos[0])?;
    let mut pending: Option<Value> = None;
    if let Value::Int(mut i_result) = acc {
        // Exact int phase.
        loop {
            let Some(v) = vm.next(&it)? else {
                return Ok(Value::Int(i_result));
            };
            match v {
                Value::Int(x) => match i_result.checked_add(x) {
                    Some(r) => i_result = r,
                    None => {
                        pending = Some(v);
                        break;
                    }
                },
                Value::False => {}
                Value::True => i_result += 1,
                other => {
                    pending = Some(other);
                    break;
                }
            }
        }
        acc = Value::Int(i_result);
    }
    if let Some(v) = pending.take() {
        acc = vm.binary_op(&acc, &v, BinOp::Add)?;
    }
    if let Some(mut f_result) = acc.as_float() {
        // Float phase with Neumaier compensated summation (as CPython 3.12+).
        let mut c = 0.0f64;
        loop {
            let Some(v) = vm.next(&it)? else {
                if c != 0.0 && c.is_finite() {
                    f_result += c;
                }
                return Ok(Value::Float(f_result));
            };
            match v {
                Value::FloatBits(bits) => {
                    let x = f64::from_bits(bits);
                    let t = f_result + x;
                    if f_result.abs() >= x.abs() {
                        c += (f_result - t) + x;
                    } else {
                        c += (x - t) + f_result;
                    }
                    f_result = t;
                }
                Value::Int(x) => f_result += x as f64,
                other => {
                    if c != 0.0 && c.is_finite() {
                        f_result += c;
                    }
                    pending = Some(other);
                    break;
                }
            }
        }
        acc = Value::Float(f_result);
    }
    if let Some(v) = pending {
        acc = vm.binary_op(&acc, &v, BinOp::Add)?;
    }
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, BinOp::Add)?;
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect_iterable(&pos[0])?;
    let (key, reverse) = list::sort_options(vm, args)?;
    let sorted = list::sort_values(vm, items, &key, reverse)?;
    Ok(vm.new_list(sorted))
}

fn type_tuple_check(vm: &mut Vm, v: &Value, t: &Value, sub: bool) -> PyResult<bool> {
    let union_args = match t.payload() {
        Some(Payload::Union(args)) => Some(args.clone()),
        _ => None,
    };
    if let Some(args) = union_args {
        return type_tuple_check(vm, v, &args, sub);
    }
    if let Some(Payload::Tuple(items)) = t.payload() {
        for item in items.iter() {
            if type_tuple_check(vm, v, item, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(Payload::GenericAlias(..)) = t.payload() {
        let what = if sub { "issubclass" } else { "isinstance" };
        return Err(vm.type_error(format!(
            "{what}() argument 2 cannot be a parameterized generic"
        )));
    }
    let Value::Obj(to) = t else {
        let what = if sub {
            "issubclass() arg 2"
        } else {
            "isinstance() arg 2"
        };
        return Err(vm.type_error(format!(
            "{what} must be a type, a tuple of types, or a union"
        )));
    };
    if to.as_type().is_none() {
        let what = if sub {
            "issubclass() arg 2"
        } else {
            "isinstance() arg 2"
        };
        return Err(vm.type_error(format!(
            "{what} must be a type, a tuple of types, or a union"
        )));
    }
    let meta = &to.class();
    let hook = if sub {
        "__subclasscheck__"
    } else {
        "__instancecheck__"
    };
    if tdata(meta).is_heap {
        if let Some(f) = crate::types::lookup(meta, hook) {
            let r = vm.call(&vm.bind(&f, t), vec![v.clone()], &[])?;
            return vm.truthy(&r);
        }
    }
    if sub {
        match v {
            Value::Obj(vo) if vo.as_type().is_some() => Ok(crate::types::is_subtype(vo, to)),
            _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
        }
    } else {
        Ok(vm.is_instance(v, to))
    }
}

fn isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "isinstance", args.values.len(), 2, 2)?;
    let r = type_tuple_check(vm, &args.values[0], &args.values[1], false)?;
    Ok(Value::Bool(r))
}

fn issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "issubclass", args.values.len(), 2, 2)?;
    let r = type_tuple_check(vm, &args.values[0], &args.values[1], true)?;
    Ok(Value::Bool(r))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(v.clone())
}

fn getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    check_arity(vm, "getattr", pos.len(), 2, 3)?;
    let name = attr_name(vm, &pos[1])?;
    match vm.getattr(&pos[0], &name) {
        Err(e) if pos.len() == 3 && vm.is_exc(&Value::Obj(e.0.clone()), Exc::AttributeError) => {
            Ok(pos[2].clone())
        }
        r => r,
    }
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "setattr", args.values.len(), 3, 3)?;
    let name = attr_name(vm, &args.values[1])?;
    vm.setattr(&args.values[0], &name, args.values[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "delattr", args.values.len(), 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    vm.delattr(&args.values[0], &name)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "hasattr", args.values.len(), 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    match vm.getattr(&args.values[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), Exc::AttributeError) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "iter", args.values.len(), 1, 2)?;
    if args.values.len() == 2 {
        if !vm.is_callable(&args.values[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(iterators::new_iter(
            iterators::iter_class(vm, iterators::IterKind::Callable),
            iterators::IterState::Callable {
                func: args.values[0].clone(),
                sentinel: args.values[1].clone(),
            },
        ));
    }
    vm.iter(&args.values[0])
}

pub(crate) fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "next", args.values.len(), 1, 2)?;
    let it = &args.values[0];
    let is_iter = matches!(
        it.payload(),
        Some(Payload::Iterator(_) | Payload::Generator(_))
    ) || vm.lookup_special(it, "__next__").is_some();
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Payload::Generator(_)) = it.payload() {
        if !it.as_obj().unwrap().class_is(&vm.types.generator) {
            return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
        }
        return match crate::objects::generator::send(vm, it.as_obj().unwrap(), Value::None)? {
            crate::objects::generator::SendResult::Yielded(v) => Ok(v),
            crate::objects::generator::SendResult::Returned(v) => match args.values.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.new_exc_args(
                    Exc::StopIteration,
                    if v.is_none() { vec![] } else { vec![v] },
                )),
            },
        };
    }
    if let Some(Payload::Iterator(_)) = it.payload() {
        return match vm.next(it)? {
            Some(v) => Ok(v),
            None => args
                .values
                .get(1)
                .cloned()
                .ok_or_else(|| vm.new_exc_args(Exc::StopIteration, vec![])),
        };
    }
    let f = vm.lookup_special(it, "__next__").unwrap();
    match vm.call(&vm.bind(&f, it), vec![], &[]) {
        Err(e)
            if args.values.len() == 2
                && vm.is_exc(&Value::Obj(e.0.clone()), Exc::StopIteration) =>
        {
            Ok(args.values[1].clone())
        }
        r => r,
    }
}

fn id(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "id", args.values.len(), 1, 1)?;
    Ok(Value::Int(args.values[0].id()))
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "hash", args.values.len(), 1, 1)?;
    Ok(Value::Int(vm.hash(&args.values[0])?))
}

fn callable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "callable", args.values.len(), 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args.values[0])))
}

fn chr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "chr", args.values.len(), 1, 1)?;
    let v = &args.values[0];
    if !int::is_int(v) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    let i = int::to_i64(v)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    Ok(vm.char_str(crate::objects::str::char_for(vm, i as u32)?))
}

fn ord(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "ord", args.values.len(), 1, 1)?;
    let v = &args.values[0];
    if let Some(s) = v.as_str() {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::Int(ferropy_text::surrogates::code_point(c) as i64)),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = crate::objects::bytes::bytes_of(v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "divmod", args.values.len(), 2, 2)?;
    let (a, b) = (&args.values[0], &args.values[1]);
    if crate::ops::is_builtin_type(vm, a)
        && crate::ops::is_builtin_type(vm, b)
        && (int::is_int(a) || float::to_f64(a).is_some())
        && (int::is_int(b) || float::to_f64(b).is_some())
    {
        if int::is_int(a) && int::is_int(b) && int::to_i64(b) == Some(0) {
            return Err(vm.zero_division("integer division or modulo by zero"));
        }
        if !(int::is_int(a) && int::is_int(b)) && numbers::to_float(vm, b)? == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
        let r = vm.binary_op(a, b, BinOp::Mod)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    match vm.binary_dispatch(a, b, "__divmod__", "__rdivmod__")? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let base = args.required(vm, "pow", 0, "base")?;
    let exp = args.required(vm, "pow", 1, "exp")?;
    let m = args.param(2, "mod").unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    }
    numbers::ternary_pow(vm, &base, &exp, &m)
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let number = args.required(vm, "round", 0, "number")?;
    let nd = args.param(1, "ndigits").unwrap_or(Value::None);
    match vm.lookup_special(&number, "__round__") {
        Some(f) => {
            let a = if nd.is_none() { vec![] } else { vec![nd] };
            vm.call(&vm.bind(&f, &number), a, &[])
        }
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&number)
        ))),
    }
}

fn any(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "any", args.values.len(), 1, 1)?;
    let it = vm.iter(&args.values[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "all", args.values.len(), 1, 1)?;
    let it = vm.iter(&args.values[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn input(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "input", args.values.len(), 0, 1)?;
    if let Some(p) = args.values.first() {
        let s = vm.str_of(p)?;
        if let Some(out) = crate::sys::get_attr(vm, "stdout") {
            crate::sys::write_to(vm, &out, &s)?;
            crate::sys::flush(vm, &out)?;
        }
    }
    vm.flush_stdout();
    let line = vm
        .os
        .read_stdin_line()
        .map_err(|e| vm.new_exc(Exc::OSError, e.to_string()))?;
    if line.is_empty() {
        return Err(vm.new_exc(Exc::EOFError, "EOF when reading a line"));
    }
    let mut s = crate::objects::codecs::decode(vm, &line, "utf-8", "surrogateescape")?;
    if s.ends_with('\n') {
        s.pop();
        if s.ends_with('\r') {
            s.pop();
        }
    }
    Ok(vm.new_str(s))
}

fn open(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.not_implemented_error("open() is not supported yet (it arrives with the io module)"))
}

fn current_globals(vm: &Vm) -> ObjRef {
    vm.frames
        .last()
        .map(|f| f.globals.clone())
        .unwrap_or_else(|| vm.new_dict())
}

fn globals(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Obj(current_globals(vm)))
}

/// `locals()`: the locals mapping, or a snapshot of fast locals.
pub fn locals_of_current(vm: &mut Vm) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(crate::objects::frame_obj::locals_of(vm, f)),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

fn locals(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    locals_of_current(vm)
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "vars", args.values.len(), 0, 1)?;
    match args.values.first() {
        None => locals_of_current(vm),
        Some(v) => match vm.getattr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "dir", args.values.len(), 0, 1)?;
    let names = match args.values.first() {
        None => {
            let l = locals_of_current(vm)?;
            dict::keys(l.as_obj().unwrap())
        }
        Some(v) => {
            if let Value::Obj(o) = v {
                if let Some(t) = o.as_type() {
                    let mut names: Vec<Value> = Vec::new();
                    for c in crate::types::mro_of(o) {
                        names.extend(dict::keys(&tdata(&c).dict));
                    }
                    let _ = t;
                    let l = vm.new_list(names);
                    return sorted_unique(vm, l);
                }
                if let Payload::Module = o.payload {
                    if let Some(f) = dict::get_str(&o.dict().unwrap(), "__dir__") {
                        let r = vm.call(&f, vec![], &[])?;
                        let names = vm.collect_iterable(&r)?;
                        let l = vm.new_list(names);
                        return sorted_unique(vm, l);
                    }
                    let l = vm.new_list(dict::keys(&o.dict().unwrap()));
                    return sorted_unique(vm, l);
                }
            }
            let r = vm.call_method(v, "__dir__", vec![])?;
            vm.collect_iterable(&r)?
        }
    };
    let l = vm.new_list(names);
    sorted_unique(vm, l)
}

fn sorted_unique(vm: &mut Vm, l: Value) -> PyResult<Value> {
    let items = vm.collect_iterable(&l)?;
    let mut strs: Vec<String> = items
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    strs.sort();
    strs.dedup();
    let out = strs.into_iter().map(|s| vm.new_str(s)).collect();
    Ok(vm.new_list(out))
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "format", args.values.len(), 1, 2)?;
    let spec = match args.values.get(1) {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    vm.format(&args.values[0], &spec)
}

fn radix(vm: &mut Vm, args: &Args, name: &str, spec: &str) -> PyResult<Value> {
    check_arity(vm, name, args.values.len(), 1, 1)?;
    let i = vm.index(&args.values[0])?;
    vm.format(&i, spec)
}

fn bin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "bin", "#b")
}
fn oct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "oct", "#o")
}
fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "hex", "#x")
}

/// The text of a source argument; `error` is the TypeError message for
/// anything that is not str or bytes.
fn source_of(vm: &mut Vm, v: &Value, error: &str) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(b) = crate::objects::bytes::bytes_of(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(vm.type_error(error))
}

/// Run `code` for `exec`/`eval` in the given namespaces (`None`: the
/// caller's), with the messages of `mode`'s builtin for bad ones.
fn run_code(
    vm: &mut Vm,
    code: std::rc::Rc<crate::vmcode::VmCode>,
    globals: Value,
    locals: Value,
    mode: Mode,
) -> PyResult<Value> {
    let g = match &globals {
        Value::None => current_globals(vm),
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        _ if mode == Mode::Eval => return Err(vm.type_error("globals must be a dict")),
        other => {
            return Err(vm.type_error(format!(
                "exec() globals must be a dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    if !locals.is_none() && vm.lookup_special(&locals, "__getitem__").is_none() {
        return Err(vm.type_error(if mode == Mode::Eval {
            "locals must be a mapping".to_string()
        } else {
            format!(
                "locals must be a mapping or None, not {}",
                vm.type_name(&locals)
            )
        }));
    }
    if dict::get_str(&g, "__builtins__").is_none() {
        dict::set_str(vm, &g, "__builtins__", Value::Obj(vm.builtins.clone()));
    }
    let l = match &locals {
        Value::None => {
            if globals.is_none() {
                match locals_of_current(vm)? {
                    Value::Obj(o) => o,
                    _ => g.clone(),
                }
            } else {
                g.clone()
            }
        }
        Value::Obj(o) => o.clone(),
        _ => g.clone(),
    };
    let frame = crate::objects::function::frame_for_code(vm, code, g, Some(l), &[]);
    match vm.run_frame(frame)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Ok(Value::None),
    }
}

fn exec_or_eval(vm: &mut Vm, args: &Args, mode: Mode) -> PyResult<Value> {
    let pos = args.pos();
    let name = if mode == Mode::Eval { "eval" } else { "exec" };
    check_arity(vm, name, pos.len(), 1, 3)?;
    let globals = args.param(1, "globals").unwrap_or(Value::None);
    let locals = args.param(2, "locals").unwrap_or(Value::None);
    let code = match pos[0].payload() {
        Some(Payload::Code(c)) => c.clone(),
        _ => {
            let error = format!("{name}() arg 1 must be a string, bytes or code object");
            let src = source_of(vm, &pos[0], &error)?;
            let src = if mode == Mode::Eval {
                src.trim_start_matches([' ', '\t']).to_string()
            } else {
                src
            };
            crate::loader::compile_source(vm, &src, "<string>", mode)?
        }
    };
    let r = run_code(vm, code, globals, locals, mode)?;
    Ok(if mode == Mode::Eval { r } else { Value::None })
}

fn exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exec_or_eval(vm, args, Mode::Exec)
}

fn eval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exec_or_eval(vm, args, Mode::Eval)
}

fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let source = args.required(vm, "compile", 0, "source")?;
    let filename = args.required(vm, "compile", 1, "filename")?;
    let mode = args.required(vm, "compile", 2, "mode")?;
    let error = "compile() arg 1 must be a string, bytes or AST object";
    let src = source_of(vm, &source, error)?;
    let fname = vm.str_of(&filename)?;
    let m = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = crate::loader::compile_source(vm, &src, &fname, m)?;
    Ok(Value::Obj(crate::object::Obj::new(
        vm.types.code.clone(),
        Payload::Code(code),
    )))
}

fn import(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let name = pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let fromlist = args.param(3, "fromlist").unwrap_or(Value::None);
    let level = args.param(4, "level").unwrap_or(Value::Int(0));
    crate::import::import_name(vm, &name, &fromlist, &level)
}

fn aiter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "aiter", args.values.len(), 1, 1)?;
    let Some(f) = vm.lookup_special(&args.values[0], "__aiter__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&args.values[0])
        )));
    };
    vm.call(&vm.bind(&f, &args.values[0]), vec![], &[])
}

fn anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_arity(vm, "anext", args.values.len(), 1, 2)?;
    let Some(f) = vm.lookup_special(&args.values[0], "__anext__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(&args.values[0])
        )));
    };
    let aw = vm.call(&vm.bind(&f, &args.values[0]), vec![], &[])?;
    match args.values.get(1) {
        None => Ok(aw),
        Some(default) => {
            let code = crate::loader::compile_source(
                vm,
                ANEXT_DEFAULT,
                "<anext>",
                ferropy_compiler::Mode::Exec,
            )?;
            let globals = vm.new_dict();
            let frame = crate::objects::function::frame_for_code(
                vm,
                code,
                globals.clone(),
                Some(globals.clone()),
                &[],
            );
            vm.run_frame(frame)?;
            let helper = dict::get_str(&globals, "_anext_default").unwrap_or(Value::None);
            vm.call(&helper, vec![aw, default.clone()], &[])
        }
    }
}

/// `anext(it, default)` awaits `it.__anext__()` and maps StopAsyncIteration
/// to the default; written in Python because it is itself a coroutine.
const ANEXT_DEFAULT: &str = "async def _anext_default(aw, default):\n    try:\n        return await aw\n    except StopAsyncIteration:\n        return default\n";

/// `sys.displayhook` for the interactive prompt.
pub fn display_hook(vm: &mut Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let s = vm.repr(&v)?;
    dict::set_str(vm, &vm.builtins_dict(), "_", v);
    if let Some(out) = crate::sys::get_attr(vm, "stdout") {
        crate::sys::write_to(vm, &out, &format!("{s}\n"))?;
    }
    Ok(())
}

fn breakpoint(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.not_implemented_error("breakpoint() is not supported yet"))
}

/// Create the builtins module.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    module::set_attr(vm, &b, "__name__", vm.new_str("builtins"));
    let functions: &[(&str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("iter", iter),
        ("next", next),
        ("id", id),
        ("hash", hash),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("any", any),
        ("all", all),
        ("input", input),
        ("open", open),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("format", format),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__import__", import),
        ("__build_class__", crate::objects::type_type::build_class),
        ("aiter", aiter),
        ("anext", anext),
        ("breakpoint", breakpoint),
    ];
    for (name, f) in functions {
        module::add_function(vm, &b, name, *f);
    }
    let t = &vm.types;
    let types: Vec<(&str, ObjRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
        ("memoryview", t.memoryview.clone()),
    ];
    for (name, ty) in types {
        module::set_attr(vm, &b, name, Value::Obj(ty));
    }
    for (kind, name, _) in EXCEPTION_TABLE {
        let ty = vm.exc_type(*kind).clone();
        module::set_attr(vm, &b, name, Value::Obj(ty));
    }
    for alias in ["EnvironmentError", "IOError"] {
        let os_err = vm.exc_type(Exc::OSError).clone();
        module::set_attr(vm, &b, alias, Value::Obj(os_err));
    }
    module::set_attr(vm, &b, "None", Value::None);
    module::set_attr(vm, &b, "Ellipsis", vm.ellipsis.clone());
    module::set_attr(vm, &b, "NotImplemented", vm.not_implemented.clone());
    module::set_attr(vm, &b, "__debug__", Value::Bool(true));
    let _ = numbers::to_int;
}
