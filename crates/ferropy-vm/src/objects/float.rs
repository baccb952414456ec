//! `float` arithmetic, `float(x)` conversion and exact int/float
//! comparison. The Python-visible methods live in `float_methods`.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};
use std::cmp::Ordering;

/// The message of the OverflowError CPython derives from `ERANGE`.
pub const ERANGE_MESSAGE: &str = "(34, 'Numerical result out of range')";

/// Float binary operation; `Ok(None)` when unsupported.
pub fn float_binop(vm: &mut Vm, op: BinOp, a: f64, b: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            ferropy_text::float_repr::float_div_mod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.zero_division("float modulo by zero"));
            }
            ferropy_text::float_repr::float_div_mod(a, b).1
        }
        BinOp::Pow => return float_pow(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(vm: &Vm, a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    Ok(ferropy_text::float_repr::float_div_mod(a, b))
}

/// Whether `x` is an odd integer (as a float).
fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x / 2.0).fract() != 0.0
}

/// `a ** b` for floats with CPython's special cases: a negative base with
/// a fractional exponent gives a complex, `0.0 ** -x` raises
/// ZeroDivisionError, and a finite result too large raises OverflowError.
pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if let Some(r) = float_pow_special(a, b) {
        return Ok(Value::Float(r));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float(if is_odd_integer(b) { a } else { 0.0 }));
    }
    if a < 0.0 && b != b.floor() {
        return crate::objects::complex::complex_pow(vm, (a, 0.0), (b, 0.0));
    }
    let negate = a < 0.0 && is_odd_integer(b);
    let base = a.abs();
    if base == 1.0 {
        return Ok(Value::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(vm.overflow_error(ERANGE_MESSAGE));
    }
    Ok(Value::Float(if negate { -r } else { r }))
}

/// The results of `a ** b` fixed by IEEE rules for zero exponents, nans
/// and infinities; `None` when `a` and `b` are both finite (and `b != 0`).
fn float_pow_special(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return Some(1.0);
    }
    if a.is_nan() {
        return Some(a);
    }
    if b.is_nan() {
        return Some(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let m = a.abs();
        return Some(if m == 1.0 {
            1.0
        } else if (b > 0.0) == (m > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Some(match (b > 0.0, odd) {
            (true, true) => a,
            (true, false) => a.abs(),
            (false, true) => 0.0f64.copysign(a),
            (false, false) => 0.0,
        });
    }
    None
}

/// The float value of a float or float-subclass instance.
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::FloatBits(bits) => Some(f64::from_bits(*bits)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// An int or float operand as f64 (ints correctly rounded); `None` for
/// other types, OverflowError for ints beyond the float range.
pub fn coerce_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = to_f64(v) {
        return Some(Ok(f));
    }
    if let Some(i) = int::to_i64(v) {
        return Some(Ok(i as f64));
    }
    int::to_bigint(v).map(|b| int::big_to_f64(vm, &b))
}

/// `float(x)` conversion of one value: `__float__`, `__index__`, then
/// str/bytes parsing.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::FloatBits(bits) => return Ok(f64::from_bits(*bits)),
        Value::Int(i) => return Ok(*i as f64),
        Value::False => return Ok(0.0),
        Value::True => return Ok(1.0),
        _ => {}
    }
    if let Some(f) = vm.lookup_special(x, "__float__") {
        let r = vm.call(&vm.bind(&f, x), vec![], &[])?;
        return to_f64(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))
        });
    }
    if let Some(b) = int::to_bigint(x) {
        return int::big_to_f64(vm, &b);
    }
    if vm.lookup_special(x, "__index__").is_some() {
        let i = vm.index(x)?;
        return int::big_to_f64(vm, &int::to_bigint(&i).unwrap_or_default());
    }
    if let Some(s) = x.as_str() {
        return ferropy_text::number_parse::parse_float(s)
            .ok_or_else(|| cannot_convert(vm, ferropy_text::str_repr::str_repr(s)));
    }
    if let Some(b) = crate::objects::bytes::bytes_of(x) {
        let parsed = std::str::from_utf8(&b)
            .ok()
            .filter(|_| b.is_ascii())
            .and_then(ferropy_text::number_parse::parse_float);
        if let Some(f) = parsed {
            return Ok(f);
        }
        let r = vm.repr(x)?;
        return Err(cannot_convert(vm, r));
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// "could not convert string to float: REPR".
fn cannot_convert(vm: &Vm, repr: String) -> crate::error::PyErr {
    vm.value_error(format!("could not convert string to float: {repr}"))
}

/// Exact comparison between ints and floats (no precision loss).
pub fn compare_numbers(a: &Value, b: &Value, op: CmpOp) -> bool {
    let ord = match (to_f64(a), to_f64(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (Some(x), None) => cmp_float_int(x, b),
        (None, Some(y)) => cmp_float_int(y, a).map(Ordering::reverse),
        (None, None) => None,
    };
    match ord {
        Some(o) => crate::ops::cmp_ord(op, o),
        None => op == CmpOp::Ne,
    }
}

/// Compare a float with an int exactly; `None` for nan.
pub fn cmp_float_int(x: f64, i: &Value) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(n) = int::to_i64(i) {
        if n.unsigned_abs() <= (1 << 53) {
            return x.partial_cmp(&(n as f64));
        }
    }
    let big = int::to_bigint(i)?;
    let xi = ferropy_text::float_repr::float_to_bigint(x.trunc())?;
    match xi.cmp(&big) {
        Ordering::Equal => x.fract().partial_cmp(&0.0),
        o => Some(o),
    }
}
