//! The Python-visible methods of `int` and `bool`: constructors,
//! `to_bytes`/`from_bytes`, `bit_length`, `__round__`, `__format__`, the
//! conversion and unary dunders, and three-argument `__pow__`. `self` may
//! be an int, a bool or an int-subclass instance; results are plain ints.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::{self, as_plain_int, from_bigint, to_bigint};
use crate::objects::numbers::{self, descriptor_error, no_args, positional, Sig};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::BinOp;
use ferropy_text::format_spec::IntValue;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// `self` of an int method as a BigInt.
fn self_int(vm: &Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = args.values.first().cloned().unwrap_or_default();
    to_bigint(&v).ok_or_else(|| descriptor_error(vm, name, "int", &v))
}

/// `self` of an int method as a plain int value.
fn self_plain(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or_default();
    as_plain_int(vm, &v).ok_or_else(|| descriptor_error(vm, name, "int", &v))
}

// ----- constructors ------------------------------------------------------

/// `int(x=0, /, base=10)`.
fn int_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = numbers::new_cls(vm, args, "int")?;
    if Rc::ptr_eq(&cls, &vm.types.bool_) {
        return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    if let Some((k, _)) = args.kw().find(|(k, _)| *k != "base") {
        return Err(vm.type_error(format!("int() got an unexpected keyword argument '{k}'")));
    }
    let base = pos.get(1).or(args.kwarg("base"));
    let v = match (pos.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => match exact_str(vm, x) {
            Some(text) => parse_str(vm, text, 10, x)?,
            None => int::to_int(vm, x)?,
        },
        (Some(x), Some(b)) => int_with_base(vm, x, b)?,
    };
    if Rc::ptr_eq(&cls, &vm.types.int) {
        return Ok(v);
    }
    Ok(numbers::instance_of(
        vm,
        &cls,
        Payload::Int(to_bigint(&v).unwrap_or_default()),
    ))
}

/// `int(x, base)`: `x` must be text (str, bytes or bytearray).
fn int_with_base(vm: &mut Vm, x: &Value, base: &Value) -> PyResult<Value> {
    let b = vm.index(base)?;
    let b = int::to_i64(&b).filter(|b| *b == 0 || (2..=36).contains(b));
    let Some(b) = b else {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    };
    if let Some(s) = x.as_str() {
        return parse_str(vm, s, b as u32, x);
    }
    match crate::objects::bytes::bytes_of(x) {
        Some(data) => int::parse_int_bytes(vm, &data, b as u32),
        None => Err(vm.type_error("int() can't convert non-string with explicit base")),
    }
}

/// The text of `x` if it is an exact `str` (whose `int()` conversion
/// cannot be overridden by `__int__`/`__index__`/`__trunc__`).
fn exact_str<'a>(vm: &Vm, x: &'a Value) -> Option<&'a str> {
    match x {
        Value::Obj(o) if o.class_is(&vm.types.str_) => x.as_str(),
        _ => None,
    }
}

/// `int(text, base)` for the str `orig`: small ASCII literals without
/// allocating, the rest through the general parser.
fn parse_str(vm: &mut Vm, text: &str, base: u32, orig: &Value) -> PyResult<Value> {
    match ferropy_text::number_parse::parse_small_int(text, base) {
        Some(i) => Ok(Value::Int(i)),
        None => int::parse_int_text(vm, text, base, orig),
    }
}

/// `bool(x=False, /)`.
fn bool_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    numbers::new_cls(vm, args, "bool")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    match pos.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

// ----- conversions and unary operators -----------------------------------

/// `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__`,
/// `conjugate`, `__pos__`: the value as a plain int.
fn int_plain<const N: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [&str; 7] = [
        "__int__",
        "__index__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "conjugate",
        "__pos__",
    ];
    no_args(vm, args, NAMES[N])?;
    self_plain(vm, args, NAMES[N])
}

fn int_neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = self_int(vm, args, "__neg__")?;
    Ok(from_bigint(vm, -b))
}

fn int_abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = self_int(vm, args, "__abs__")?;
    Ok(from_bigint(vm, b.abs()))
}

fn int_invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = self_int(vm, args, "__invert__")?;
    Ok(from_bigint(vm, !b))
}

fn int_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = self_int(vm, args, "__bool__")?;
    Ok(Value::Bool(!b.is_zero()))
}

fn int_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = self_int(vm, args, "__float__")?;
    int::big_to_f64(vm, &b).map(Value::Float)
}

fn int_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = self_plain(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![v]))
}

fn int_sizeof(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = self_int(vm, args, "__sizeof__")?;
    let digits = b.bits().div_ceil(30).max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
}

fn int_bit_length(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "bit_length")?;
    let b = self_int(vm, args, "bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "bit_count")?;
    let b = self_int(vm, args, "bit_count")?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn int_is_integer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "is_integer")?;
    self_int(vm, args, "is_integer")?;
    Ok(Value::Bool(true))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "as_integer_ratio")?;
    let v = self_plain(vm, args, "as_integer_ratio")?;
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

// ----- round, repr, format -------------------------------------------------

/// `int.__round__(ndigits=None)`: ties go to the even multiple.
fn int_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    positional(vm, args, "__round__", 0, 1)?;
    let x = self_int(vm, args, "__round__")?;
    let nd = match args.values.get(1) {
        Some(v) => to_bigint(&vm.index(v)?).unwrap_or_default(),
        None => return self_plain(vm, args, "__round__"),
    };
    if !nd.is_negative() {
        return self_plain(vm, args, "__round__");
    }
    Ok(from_bigint(vm, round_to_power_of_ten(&x, &-nd)))
}

/// `x` rounded to a multiple of `10**k` (`k > 0`), ties to even.
fn round_to_power_of_ten(x: &BigInt, k: &BigInt) -> BigInt {
    // |x| < 2**bits <= 10**k / 2 rounds to zero; skip the huge power.
    let limit = (x.bits() + 1) as f64 * std::f64::consts::LOG10_2 + 1.0;
    let Some(k) = k.to_u32().filter(|k| (*k as f64) <= limit) else {
        return BigInt::zero();
    };
    let p = BigInt::from(10u32).pow(k);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r << 1u32;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    q * p
}

fn int_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = self_plain(vm, args, "__repr__")?;
    let s = int::int_to_str(vm, &v)?;
    Ok(vm.new_str(s))
}

fn bool_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::True) => Ok(vm.new_str("True")),
        Some(Value::False) => Ok(vm.new_str("False")),
        other => Err(descriptor_error(
            vm,
            "__repr__",
            "bool",
            &other.cloned().unwrap_or_default(),
        )),
    }
}

/// `int.__format__(spec)`: `str(self)` for an empty spec.
fn int_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.values.first().cloned().unwrap_or_default();
    let Some(n) = int::int_value(&this) else {
        return Err(descriptor_error(vm, "__format__", "int", &this));
    };
    let spec = numbers::format_spec_arg(vm, args)?;
    if spec.is_empty() {
        let s = vm.str_of(&this)?;
        return Ok(vm.new_str(s));
    }
    let s = format_int_value(vm, n, &vm.type_name(&this), &spec)?;
    Ok(vm.new_str(s))
}

/// `format(n, spec)` for an int whose type is called `type_name`,
/// enforcing the int/str digit limit for decimal output.
pub fn format_int_value(vm: &Vm, n: IntValue, type_name: &str, spec: &str) -> PyResult<String> {
    use ferropy_text::format_spec::{format_int, parse_format_spec};
    let fs = parse_format_spec(spec, type_name).map_err(|m| vm.value_error(m))?;
    if let (IntValue::Big(b), None | Some('d' | 'n')) = (n, fs.kind) {
        check_str_digits(vm, b)?;
    }
    format_int(n, &fs, type_name).map_err(|e| numbers::format_error(vm, e))
}

/// ValueError if `b` has more decimal digits than `sys.set_int_max_str_digits` allows.
pub fn check_str_digits(vm: &Vm, b: &BigInt) -> PyResult<()> {
    let limit = vm.int_max_str_digits.get();
    if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 >= limit as f64 - 1.0 {
        ferropy_text::number_parse::int_to_decimal_string(b, limit)
            .map_err(|m| vm.value_error(m))?;
    }
    Ok(())
}

// ----- pow with a modulus --------------------------------------------------

/// `int.__pow__(self, value, mod=None)` and `__rpow__`.
fn int_pow<const REFLECTED: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rpow__" } else { "__pow__" };
    let this = self_plain(vm, args, name)?;
    positional(vm, args, name, 1, 2)?;
    let other = &args.values[1];
    let modulus = args.values.get(2).filter(|m| !m.is_none());
    if !int::is_int(other) || modulus.is_some_and(|m| !int::is_int(m)) {
        return Ok(vm.not_implemented.clone());
    }
    let (base, exp) = if REFLECTED {
        (other.clone(), this)
    } else {
        (this, other.clone())
    };
    match modulus {
        None => Ok(vm
            .builtin_binop(&base, &exp, BinOp::Pow)?
            .unwrap_or_default()),
        Some(m) => {
            let (b, e, m) = (
                to_bigint(&base).unwrap_or_default(),
                to_bigint(&exp).unwrap_or_default(),
                to_bigint(m).unwrap_or_default(),
            );
            int::pow_mod(vm, &b, &e, &m)
        }
    }
}

// ----- to_bytes / from_bytes -----------------------------------------------

/// The `byteorder` argument: true for big-endian.
fn big_endian(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match v.as_str() {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = self_int(vm, args, "to_bytes")?;
    let sig = Sig {
        name: "to_bytes",
        params: &["length", "byteorder", "signed"],
        max_pos: 2,
        required: 0,
    };
    let a = sig.bind(vm, &args.pos()[1..], args)?;
    let length = match &a[0] {
        Some(l) => to_bigint(&vm.index(l)?).unwrap_or_default(),
        None => BigInt::from(1),
    };
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = big_endian(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = minimal_bytes_le(&b, signed);
    let length = length
        .to_usize()
        .filter(|n| *n >= bytes.len())
        .ok_or_else(|| vm.overflow_error("int too big to convert"))?;
    bytes.resize(length, if b.is_negative() { 0xff } else { 0 });
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// The shortest little-endian encoding of `b` (two's complement when
/// `signed`); 0 and -1 need no bytes at all.
fn minimal_bytes_le(b: &BigInt, signed: bool) -> Vec<u8> {
    if b.is_zero() || (signed && *b == BigInt::from(-1)) {
        return Vec::new();
    }
    if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod;
/// subclasses get `cls(value)`).
fn int_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let sig = Sig {
        name: "from_bytes",
        params: &["bytes", "byteorder", "signed"],
        max_pos: 2,
        required: 1,
    };
    let a = sig.bind(vm, pos.get(1..).unwrap_or_default(), args)?;
    let mut data = bytes_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if big_endian(vm, "from_bytes", a[1].as_ref())? {
        data.reverse();
    }
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let b = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let v = from_bigint(vm, b);
    match pos.first() {
        Some(cls @ Value::Obj(c)) if !Rc::ptr_eq(c, &vm.types.int) => vm.call(cls, vec![v], &[]),
        _ => Ok(v),
    }
}

/// `bytes(v)` for `from_bytes`: a bytes-like object or an iterable of
/// ints in `range(256)`.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = crate::objects::bytes::bytes_of(v) {
        return Ok(d);
    }
    if v.as_str().is_some() || !vm.is_iterable(v) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        )));
    }
    let mut out = Vec::new();
    for item in vm.collect_iterable(v)? {
        let i = vm.index(&item)?;
        match int::to_i64(&i).and_then(|i| u8::try_from(i).ok()) {
            Some(byte) => out.push(byte),
            None => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// Register `int`'s and `bool`'s constructors and methods.
pub fn install(vm: &mut Vm) {
    use crate::objects::{add_method, mark_classmethod, mark_static};
    let i = vm.types.int.clone();
    add_method(vm, &i, "__new__", int_new);
    mark_static(vm, &i, "__new__");
    let methods: &[(&str, NativeFn)] = &[
        ("__int__", int_plain::<0>),
        ("__index__", int_plain::<1>),
        ("__trunc__", int_plain::<2>),
        ("__floor__", int_plain::<3>),
        ("__ceil__", int_plain::<4>),
        ("conjugate", int_plain::<5>),
        ("__pos__", int_plain::<6>),
        ("__neg__", int_neg),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__float__", int_float),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("is_integer", int_is_integer),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__round__", int_round),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__pow__", int_pow::<false>),
        ("__rpow__", int_pow::<true>),
        ("to_bytes", int_to_bytes),
        ("from_bytes", int_from_bytes),
    ];
    for (name, f) in methods {
        add_method(vm, &i, name, *f);
    }
    mark_classmethod(vm, &i, "from_bytes");
    let b = vm.types.bool_.clone();
    add_method(vm, &b, "__new__", bool_new);
    mark_static(vm, &b, "__new__");
    add_method(vm, &b, "__repr__", bool_repr);
}
