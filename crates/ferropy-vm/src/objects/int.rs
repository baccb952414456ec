//! `int` arithmetic: the 64-bit fast path and arbitrary precision through
//! `num_bigint`. Values that fit in an `i64` are always `Value::Int`.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Normalise a BigInt to `Value::Int` when it fits.
pub fn from_bigint(vm: &Vm, b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(Obj::new(vm.types.int.clone(), Payload::Int(b))),
    }
}

/// The integer value of an `int` or `bool` (including subclasses).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The value as `i64` if it is an int that fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an int (or bool, or int subclass).
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// 64-bit fast path; `None` when the result needs the general path
/// (overflow, division by zero, negative exponent, ...).
#[inline]
pub fn small_binop(op: BinOp, a: i64, b: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 || (a == i64::MIN && b == -1) {
                return None;
            }
            a.div_euclid(b) - if (a.rem_euclid(b) != 0) && b < 0 { 1 } else { 0 }
        }
        BinOp::Mod => {
            if b == 0 || (a == i64::MIN && b == -1) {
                return None;
            }
            let r = a % b;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        BinOp::TrueDiv => {
            if b == 0 || a.unsigned_abs() > (1 << 53) || b.unsigned_abs() > (1 << 53) {
                return None;
            }
            return Some(Value::Float(a as f64 / b as f64));
        }
        BinOp::Pow => {
            if !(0..64).contains(&b) {
                return None;
            }
            a.checked_pow(b as u32)?
        }
        BinOp::MatMul => return None,
    }))
}

/// General int binary operation; `Ok(None)` means unsupported (NotImplemented).
pub fn int_binop(vm: &mut Vm, op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            a.mod_floor(b)
        }
        BinOp::TrueDiv => return true_div(vm, a, b).map(Some),
        BinOp::Pow => return pow(vm, a, b).map(Some),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let shift = b.to_usize().ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            if shift > (1 << 32) && !a.is_zero() {
                return Err(vm.new_exc(crate::exc_kinds::Exc::MemoryError, ""));
            }
            a << shift
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => a >> s,
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(from_bigint(vm, r)))
}

fn true_div(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    let limit = BigInt::from(1u64 << 53);
    if a.abs() <= limit && b.abs() <= limit {
        return Ok(Value::Float(a.to_f64().unwrap() / b.to_f64().unwrap()));
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let (q, r) = a.abs().div_rem(&b.abs());
    let neg = a.is_negative() != b.is_negative();
    let qbits = q.bits();
    let result = if qbits > 64 {
        ferropy_text::float_repr::bigint_to_float(&q)
            .ok_or_else(|| vm.overflow_error("integer division result too large for a float"))?
    } else {
        let shift = 64usize;
        let scaled = (a.abs() << shift) / b.abs();
        let sticky = if r.is_zero() { 0 } else { 1 };
        let scaled = scaled | BigInt::from(sticky);
        let f = ferropy_text::float_repr::bigint_to_float(&scaled).unwrap_or(f64::INFINITY);
        f / 2f64.powi(shift as i32)
    };
    Ok(Value::Float(if neg { -result } else { result }))
}

fn pow(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let af = ferropy_text::float_repr::bigint_to_float(a)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
        let bf = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        if af == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float(af.powf(bf)));
    }
    if a.is_zero() || a.is_one() {
        return Ok(from_bigint(vm, if b.is_zero() { BigInt::one() } else { a.clone() }));
    }
    if *a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let exp = b.to_u32().ok_or_else(|| vm.overflow_error("exponent too large"))?;
    if (a.bits() as u128) * (exp as u128) > (1u128 << 34) {
        return Err(vm.new_exc(crate::exc_kinds::Exc::MemoryError, ""));
    }
    Ok(from_bigint(vm, num_traits::pow(a.clone(), exp as usize)))
}

/// Three-argument `pow(base, exp, mod)`.
pub fn pow_mod(vm: &mut Vm, base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if exp.is_negative() {
        let inv = mod_inverse(base, m).ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        (inv, -exp)
    } else {
        (base.clone(), exp.clone())
    };
    let mabs = m.abs();
    let mut r = base.modpow(&exp, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(from_bigint(vm, r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `str(int)`, honouring the int/str digit limit.
pub fn int_to_str(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => {
            let b = to_bigint(v).unwrap_or_default();
            ferropy_text::number_parse::int_to_decimal_string(&b, vm.int_max_str_digits.get())
                .map_err(|m| vm.value_error(m))
        }
    }
}
