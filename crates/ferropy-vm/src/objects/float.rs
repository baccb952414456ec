//! `float` arithmetic and int/float comparison.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};
use std::cmp::Ordering;

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

fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Ok(crate::objects::complex::complex_pow_value(vm, (a, 0.0), (b, 0.0)));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// The float value of a float or float-subclass instance.
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
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

fn cmp_float_int(x: f64, i: &Value) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    if let Some(n) = int::to_i64(i) {
        if n.unsigned_abs() < (1 << 53) {
            return x.partial_cmp(&(n as f64));
        }
    }
    let big = int::to_bigint(i)?;
    let xi = ferropy_text::float_repr::float_to_bigint(x.trunc())?;
    match xi.cmp(&big) {
        Ordering::Equal => {
            let frac = x - x.trunc();
            Some(if frac > 0.0 {
                Ordering::Greater
            } else if frac < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}
