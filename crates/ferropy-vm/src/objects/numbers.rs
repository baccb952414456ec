//! Constructors and methods of `int`, `bool`, `float` and `complex`, plus the
//! operator dunders (`__add__`, `__eq__`, `__len__`, ...) that builtin types
//! expose to Python code (for `super()` calls and subclasses).

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::objects::function::{Args, NativeFn};
use crate::objects::{float, int};
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// Box a value as an instance of a subclass `cls` of int/float/str/...
fn instance_of(vm: &Vm, cls: &ObjRef, payload: Payload) -> Value {
    if tdata(cls).instance_dict {
        Value::Obj(Obj::with_dict(cls.clone(), payload, vm.new_dict()))
    } else {
        Value::Obj(Obj::new(cls.clone(), payload))
    }
}

/// `int(x)` conversion of one value.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if int::is_int(x) {
        return Ok(match x {
            Value::Bool(b) => Value::Int(*b as i64),
            Value::Obj(_) => int::from_bigint(vm, int::to_bigint(x).unwrap()),
            _ => x.clone(),
        });
    }
    if let Some(f) = float::to_f64(x) {
        return float_to_int(vm, f);
    }
    if let Some(s) = x.as_str() {
        return parse_int_value(vm, s, 10, x);
    }
    if let Some(b) = crate::objects::bytes::bytes_of(x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return parse_int_value(vm, &s, 10, x);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.lookup_special(x, name) {
            let r = vm.call(&vm.bind(&f, x), vec![], &[])?;
            if !int::is_int(&r) {
                return Err(vm.type_error(format!("{name} returned non-int (type {})", vm.type_name(&r))));
            }
            return to_int(vm, &r);
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// Truncate a float to an int.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    Ok(int::from_bigint(vm, ferropy_text::float_repr::float_to_bigint(f).unwrap()))
}

fn parse_int_value(vm: &mut Vm, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    use ferropy_text::number_parse::{parse_int_limited, too_many_digits_message, ParseIntError};
    match parse_int_limited(s, base, vm.int_max_str_digits.get()) {
        Ok(b) => Ok(int::from_bigint(vm, b)),
        Err(ParseIntError::TooManyDigits(n)) => Err(vm.value_error(too_many_digits_message(vm.int_max_str_digits.get(), n))),
        Err(ParseIntError::Invalid) => {
            let r = vm.repr(orig)?;
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn int_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else { unreachable!() };
    let x = pos.get(1).or(args.kwarg("x")).cloned();
    let base = pos.get(2).or(args.kwarg("base")).cloned();
    if pos.len() > 3 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    let v = match (&x, &base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let b = vm.index_value(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match (x.as_str(), crate::objects::bytes::bytes_of(x)) {
                (Some(s), _) => s.to_string(),
                (None, Some(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            parse_int_value(vm, &s, b as u32, x)?
        }
    };
    if Rc::ptr_eq(cls, &vm.types.int) {
        return Ok(v);
    }
    Ok(instance_of(vm, cls, Payload::Int(int::to_bigint(&v).unwrap())))
}

fn bool_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {}", pos.len() - 1)));
    }
    match pos.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `float(x)` conversion of one value.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = float::to_f64(x) {
        return Ok(f);
    }
    if int::is_int(x) {
        if let Some(i) = int::to_i64(x) {
            return Ok(i as f64);
        }
        return ferropy_text::float_repr::bigint_to_float(&int::to_bigint(x).unwrap())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(s) = x.as_str() {
        return ferropy_text::number_parse::parse_float(s).ok_or_else(|| {
            vm.value_error(format!("could not convert string to float: {}", ferropy_text::str_repr::str_repr(s)))
        });
    }
    for name in ["__float__", "__index__"] {
        if let Some(f) = vm.lookup_special(x, name) {
            let r = vm.call(&vm.bind(&f, x), vec![], &[])?;
            if name == "__float__" && float::to_f64(&r).is_none() {
                return Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r))));
            }
            return to_float(vm, &r);
        }
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn float_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else { unreachable!() };
    if pos.len() > 2 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let f = match pos.get(1) {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    if Rc::ptr_eq(cls, &vm.types.float) {
        return Ok(Value::Float(f));
    }
    Ok(instance_of(vm, cls, Payload::Float(f)))
}

fn int_bit_length(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = int::to_bigint(&args.values[0]).unwrap_or_default();
    let _ = vm;
    Ok(Value::Int(b.magnitude().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = int::to_bigint(&args.values[0]).unwrap_or_default();
    let _ = vm;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn int_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = int::to_bigint(&args.values[0]).unwrap_or_default();
    let length = match args.values.get(1).filter(|_| args.pos().len() > 1).or(args.kwarg("length")) {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    let order = args.pos().get(2).or(args.kwarg("byteorder")).and_then(|v| v.as_str()).unwrap_or("big").to_string();
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if b.is_zero() {
        bytes = vec![];
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    if bytes.len() > length as usize {
        // Signed encodings may carry a redundant sign byte.
        while bytes.len() > length as usize && bytes.last() == Some(&fill) && signed {
            let last = bytes[bytes.len() - 2.min(bytes.len())];
            if (last & 0x80 != 0) != (fill == 0xff) {
                break;
            }
            bytes.pop();
        }
        if bytes.len() > length as usize {
            return Err(vm.overflow_error("int too big to convert"));
        }
    }
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "big" => bytes.reverse(),
        "little" => {}
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let data_v = pos.get(1).or(args.kwarg("bytes")).cloned().ok_or_else(|| vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let data = match crate::objects::bytes::bytes_of(&data_v) {
        Some(d) => d,
        None => {
            let items = vm.collect_iterable(&data_v)?;
            let mut out = Vec::new();
            for i in items {
                out.push(vm.index_value(&i)? as u8);
            }
            out
        }
    };
    let order = pos.get(2).or(args.kwarg("byteorder")).and_then(|v| v.as_str()).unwrap_or("big").to_string();
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut le = data.clone();
    match order.as_str() {
        "big" => le.reverse(),
        "little" => {}
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    let b = if signed { BigInt::from_signed_bytes_le(&le) } else { BigInt::from_bytes_le(Sign::Plus, &le) };
    let v = int::from_bigint(vm, b);
    match pos.first() {
        Some(cls @ Value::Obj(c)) if !Rc::ptr_eq(c, &vm.types.int) => vm.call(cls, vec![v], &[]),
        _ => Ok(v),
    }
}

fn int_conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    to_int(vm, &args.values[0])
}

fn int_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    to_int(vm, &args.values[0])
}

fn int_is_integer(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = to_int(vm, &args.values[0])?;
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn float_is_integer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = to_float(vm, &args.values[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = to_float(vm, &args.values[0])?;
    Ok(vm.new_str(ferropy_text::float_repr::float_to_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = args.values.get(1).and_then(|v| v.as_str()).ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    match ferropy_text::float_repr::float_from_hex(s) {
        Ok(f) => Ok(Value::Float(f)),
        Err(e) => match e {
            ferropy_text::float_repr::FromHexError::Overflow => Err(vm.overflow_error(e.message())),
            _ => Err(vm.value_error(e.message())),
        },
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = to_float(vm, &args.values[0])?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    match ferropy_text::float_repr::float_as_integer_ratio(f) {
        Some((n, d)) => {
            let (n, d) = (int::from_bigint(vm, n), int::from_bigint(vm, d));
            Ok(vm.new_tuple(vec![n, d]))
        }
        None => Err(vm.overflow_error("cannot convert Infinity to integer ratio")),
    }
}

fn float_int(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = to_float(vm, &args.values[0])?;
    float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(to_float(vm, &args.values[0])?))
}

fn float_floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = to_float(vm, &args.values[0])?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = to_float(vm, &args.values[0])?;
    float_to_int(vm, f.ceil())
}

fn float_conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(to_float(vm, &args.values[0])?))
}

fn complex_conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match crate::objects::complex::as_complex(&args.values[0]) {
        Some((r, i)) => Ok(crate::objects::complex::new_complex(vm, r, -i)),
        None => Err(vm.type_error("conjugate needs a complex")),
    }
}

// ----- protocol dunders shared by builtin types -------------------------

fn binop_dunder<const OP: usize, const REFLECTED: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.values.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.values.len().saturating_sub(1))));
    }
    let op = BinOp::ALL[OP];
    let (a, b) = if REFLECTED { (&args.values[1], &args.values[0]) } else { (&args.values[0], &args.values[1]) };
    Ok(vm.builtin_binop(a, b, op)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! binop_table {
    ($($i:literal),*) => {
        [$((binop_dunder::<$i, false> as NativeFn, binop_dunder::<$i, true> as NativeFn)),*]
    };
}

const CMP_OPS: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

fn cmp_dunder<const OP: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.values.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    match vm.builtin_compare(&args.values[0], &args.values[1], CMP_OPS[OP])? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn hash_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.values[0];
    match v {
        Value::Obj(_) => match vm.builtin_hash(v)? {
            Some(h) => Ok(Value::Int(h)),
            None => Ok(Value::Int(ferropy_text::hash::hash_pointer(v.id() as usize))),
        },
        _ => Ok(Value::Int(vm.hash(v)?)),
    }
}

fn repr_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = crate::objects::repr::builtin_repr(vm, &args.values[0])?.unwrap_or_else(|| crate::objects::repr::default_repr(vm, &args.values[0]));
    Ok(vm.new_str(s))
}

fn str_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.values[0];
    if let Some(s) = v.as_str() {
        return Ok(vm.new_str(s));
    }
    repr_dunder(vm, args)
}

fn len_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match vm.builtin_len(&args.values[0]) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("object has no len()")),
    }
}

fn getitem_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__getitem__", args.values.len() - 1, 1, 1)?;
    match crate::objects::sequence_ops::builtin_getitem(vm, &args.values[0], &args.values[1])? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("object is not subscriptable")),
    }
}

fn setitem_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__setitem__", args.values.len() - 1, 2, 2)?;
    if crate::objects::sequence_ops::builtin_setitem(vm, &args.values[0], &args.values[1], &args.values[2])? {
        return Ok(Value::None);
    }
    Err(vm.type_error("object does not support item assignment"))
}

fn delitem_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__delitem__", args.values.len() - 1, 1, 1)?;
    if crate::objects::sequence_ops::builtin_delitem(vm, &args.values[0], &args.values[1])? {
        return Ok(Value::None);
    }
    Err(vm.type_error("object does not support item deletion"))
}

fn contains_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__contains__", args.values.len() - 1, 1, 1)?;
    match crate::objects::sequence_ops::builtin_contains(vm, &args.values[0], &args.values[1])? {
        Some(b) => Ok(Value::Bool(b)),
        None => Err(vm.type_error("argument is not iterable")),
    }
}

fn iter_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match crate::objects::iterators::builtin_iter(vm, &args.values[0]) {
        Some(it) => Ok(it),
        None => Err(vm.type_error("object is not iterable")),
    }
}

fn bool_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.values[0];
    if let Some(n) = vm.builtin_len(v) {
        return Ok(Value::Bool(n > 0));
    }
    let b = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => !b.is_zero(),
            Payload::Float(f) => *f != 0.0,
            Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
            _ => true,
        },
        other => vm.truthy(other)?,
    };
    Ok(Value::Bool(b))
}

fn format_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__format__", args.values.len() - 1, 1, 1)?;
    let spec = args.values[1].as_str().ok_or_else(|| vm.type_error("format spec must be a str"))?.to_string();
    match crate::objects::repr::builtin_format(vm, &args.values[0], &spec)? {
        Some(s) => Ok(vm.new_str(s)),
        None => Err(vm.type_error("unsupported format")),
    }
}

fn neg_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, ferropy_compiler::bytecode::UnaryOp::Neg)
}
fn pos_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, ferropy_compiler::bytecode::UnaryOp::Pos)
}
fn invert_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, ferropy_compiler::bytecode::UnaryOp::Invert)
}

fn unary(vm: &mut Vm, args: &Args, op: ferropy_compiler::bytecode::UnaryOp) -> PyResult<Value> {
    let v = &args.values[0];
    let base = if int::is_int(v) {
        to_int(vm, v)?
    } else if let Some(f) = float::to_f64(v) {
        Value::Float(f)
    } else {
        v.clone()
    };
    vm.unary_op(&base, op)
}

fn int_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    to_int(vm, &args.values[0])
}

fn abs_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::abs_value(vm, &args.values[0])
}

fn getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = to_int(vm, &args.values[0])?;
    Ok(vm.new_tuple(vec![v]))
}

/// Register arithmetic/protocol dunders on the builtin types that have them.
fn install_dunders(vm: &mut Vm) {
    let table: [(NativeFn, NativeFn); 13] = binop_table!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    let numeric = [vm.types.int.clone(), vm.types.float.clone(), vm.types.complex.clone(), vm.types.bool_.clone()];
    for t in &numeric {
        for (i, op) in BinOp::ALL.iter().enumerate() {
            let (name, rname, _) = op.dunders();
            crate::objects::add_method(vm, t, name, table[i].0);
            crate::objects::add_method(vm, t, rname, table[i].1);
        }
        crate::objects::add_method(vm, t, "__neg__", neg_dunder);
        crate::objects::add_method(vm, t, "__pos__", pos_dunder);
        crate::objects::add_method(vm, t, "__abs__", abs_dunder);
        crate::objects::add_method(vm, t, "__bool__", bool_dunder);
    }
    for t in [vm.types.int.clone(), vm.types.bool_.clone()] {
        crate::objects::add_method(vm, &t, "__invert__", invert_dunder);
        crate::objects::add_method(vm, &t, "__int__", int_dunder);
        crate::objects::add_method(vm, &t, "__index__", int_index);
        crate::objects::add_method(vm, &t, "__getnewargs__", getnewargs);
    }
    let seqs = [
        vm.types.str_.clone(),
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.bytes.clone(),
        vm.types.bytearray.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.dict.clone(),
    ];
    let seq_ops = [(BinOp::Add, 0usize), (BinOp::Mul, 2), (BinOp::Mod, 6), (BinOp::Or, 11), (BinOp::And, 10), (BinOp::Sub, 1), (BinOp::Xor, 12)];
    for t in &seqs {
        for (op, i) in seq_ops {
            let (name, rname, _) = op.dunders();
            crate::objects::add_method(vm, t, name, table[i].0);
            if op == BinOp::Mul {
                crate::objects::add_method(vm, t, rname, table[i].0);
            }
        }
        crate::objects::add_method(vm, t, "__len__", len_dunder);
        crate::objects::add_method(vm, t, "__contains__", contains_dunder);
        crate::objects::add_method(vm, t, "__iter__", iter_dunder);
    }
    for t in [vm.types.str_.clone(), vm.types.list.clone(), vm.types.tuple.clone(), vm.types.bytes.clone(), vm.types.bytearray.clone(), vm.types.dict.clone(), vm.types.range.clone()] {
        crate::objects::add_method(vm, &t, "__getitem__", getitem_dunder);
    }
    for t in [vm.types.list.clone(), vm.types.dict.clone(), vm.types.bytearray.clone()] {
        crate::objects::add_method(vm, &t, "__setitem__", setitem_dunder);
        crate::objects::add_method(vm, &t, "__delitem__", delitem_dunder);
    }
    let range = vm.types.range.clone();
    crate::objects::add_method(vm, &range, "__len__", len_dunder);
    crate::objects::add_method(vm, &range, "__iter__", iter_dunder);
    crate::objects::add_method(vm, &range, "__contains__", contains_dunder);
    let cmp_fns: [NativeFn; 6] = [cmp_dunder::<0>, cmp_dunder::<1>, cmp_dunder::<2>, cmp_dunder::<3>, cmp_dunder::<4>, cmp_dunder::<5>];
    let mut all = numeric.to_vec();
    all.extend(seqs.iter().cloned());
    all.push(vm.types.range.clone());
    for t in &all {
        for (i, op) in CMP_OPS.iter().enumerate() {
            crate::objects::add_method(vm, t, op.dunder(), cmp_fns[i]);
        }
        crate::objects::add_method(vm, t, "__repr__", repr_dunder);
        crate::objects::add_method(vm, t, "__hash__", hash_dunder);
    }
    for t in [vm.types.list.clone(), vm.types.dict.clone(), vm.types.set.clone(), vm.types.bytearray.clone()] {
        crate::objects::dict::set_str(vm, &tdata(&t).dict, "__hash__", Value::None);
    }
    for t in [vm.types.int.clone(), vm.types.float.clone(), vm.types.str_.clone(), vm.types.bool_.clone()] {
        crate::objects::add_method(vm, &t, "__format__", format_dunder);
    }
    let s = vm.types.str_.clone();
    crate::objects::add_method(vm, &s, "__str__", str_dunder);
    let _ = Exc::TypeError;
}

/// Register number constructors and methods.
pub fn install(vm: &mut Vm) {
    use crate::objects::{add_method, mark_classmethod, mark_static};
    install_dunders(vm);
    let i = vm.types.int.clone();
    add_method(vm, &i, "__new__", int_new);
    mark_static(vm, &i, "__new__");
    let int_methods: &[(&str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("conjugate", int_conjugate),
        ("is_integer", int_is_integer),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__trunc__", int_index),
        ("__floor__", int_index),
        ("__ceil__", int_index),
        ("__round__", int_index),
    ];
    for (n, f) in int_methods {
        add_method(vm, &i, n, *f);
    }
    add_method(vm, &i, "from_bytes", int_from_bytes);
    mark_classmethod(vm, &i, "from_bytes");
    let b = vm.types.bool_.clone();
    add_method(vm, &b, "__new__", bool_new);
    mark_static(vm, &b, "__new__");
    let f = vm.types.float.clone();
    add_method(vm, &f, "__new__", float_new);
    mark_static(vm, &f, "__new__");
    let float_methods: &[(&str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("hex", float_hex),
        ("as_integer_ratio", float_as_integer_ratio),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__trunc__", float_int),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("conjugate", float_conjugate),
    ];
    for (n, fun) in float_methods {
        add_method(vm, &f, n, *fun);
    }
    add_method(vm, &f, "fromhex", float_fromhex);
    mark_classmethod(vm, &f, "fromhex");
    let c = vm.types.complex.clone();
    add_method(vm, &c, "__new__", crate::objects::complex::complex_new);
    mark_static(vm, &c, "__new__");
    add_method(vm, &c, "conjugate", complex_conjugate);
    let _ = ToPrimitive::to_i64(&0i64);
}
