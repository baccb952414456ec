//! `int` arithmetic and conversions: the 64-bit fast path and arbitrary
//! precision through `num_bigint`. Values that fit in an `i64` are always
//! `Value::Int`; `bool` values are `Value::Bool` and behave as 0 and 1.
//! The Python-visible methods live in `int_methods`.

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::BinOp;
use ferropy_text::format_spec::IntValue;
use ferropy_text::number_parse::{parse_int_limited, too_many_digits_message, ParseIntError};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The largest int result (in bits) an operation may build before it
/// raises `MemoryError` instead of trying (512 MiB of digits).
pub const MAX_INT_BITS: u64 = 1 << 32;

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
        Value::False => Some(BigInt::from(0)),
        Value::True => Some(BigInt::from(1)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A view of an `int` or `bool` (including subclasses) for formatting,
/// without copying a big value.
pub fn int_value(v: &Value) -> Option<IntValue<'_>> {
    match v {
        Value::Int(i) => Some(IntValue::Small(*i)),
        Value::False => Some(IntValue::Small(0)),
        Value::True => Some(IntValue::Small(1)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(IntValue::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// The value as `i64` if it is an int that fits.
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::False => Some(0),
        Value::True => Some(1),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an int (or bool, or int subclass).
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::False | Value::True)
        || matches!(v.payload(), Some(Payload::Int(_)))
}

/// Whether `v` is exactly an `int` (not a bool or a subclass instance).
pub fn is_exact_int(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)) && o.class_is(&vm.types.int),
        _ => false,
    }
}

/// `v` as a plain `int` value (bools and subclass instances unwrapped).
pub fn as_plain_int(vm: &Vm, v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::False => Some(Value::Int(0)),
        Value::True => Some(Value::Int(1)),
        _ if is_exact_int(vm, v) => Some(v.clone()),
        _ => to_bigint(v).map(|b| from_bigint(vm, b)),
    }
}

/// `&`, `|` and `^` of two bools give a bool; `None` for anything else.
pub fn bool_binop(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) else {
        return None;
    };
    match op {
        BinOp::And => Some(Value::Bool(x & y)),
        BinOp::Or => Some(Value::Bool(x | y)),
        BinOp::Xor => Some(Value::Bool(x ^ y)),
        _ => None,
    }
}

/// `a // b` rounding toward minus infinity (`b` is not 0, and not -1 with
/// `a == i64::MIN`). Written out so that it inlines into the interpreter
/// loops (`num_integer`'s version stayed a call there).
#[inline(always)]
fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `a % b` with the sign of `b`, as Python's `%` (same conditions).
#[inline(always)]
fn floor_mod(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// 64-bit fast path; `None` when the result needs the general path
/// (overflow, division by zero, negative exponent, ...). Always inlined:
/// left to LLVM, whether it is inlined into the interpreter loops flips with
/// unrelated changes elsewhere in the crate (codegen-unit partitioning), and
/// the loops run 1-4% more instructions when it is not.
#[inline(always)]
pub fn small_binop(op: BinOp, a: i64, b: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 || (a == i64::MIN && b == -1) {
                return None;
            }
            floor_div(a, b)
        }
        BinOp::Mod => {
            if b == 0 || (a == i64::MIN && b == -1) {
                return None;
            }
            floor_mod(a, b)
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a << b;
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
            // Both operands convert exactly, so one IEEE division rounds correctly.
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

/// `MemoryError` for an int result too large to build.
pub fn memory_error(vm: &Vm) -> PyErr {
    vm.new_exc(Exc::MemoryError, "")
}

/// General int binary operation; `Ok(None)` means unsupported (NotImplemented).
pub fn int_binop(vm: &mut Vm, op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_INT_BITS {
                return Err(memory_error(vm));
            }
            a * b
        }
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
        BinOp::LShift => left_shift(vm, a, b)?,
        BinOp::RShift => right_shift(vm, a, b)?,
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(from_bigint(vm, r)))
}

/// `a << b`, refusing results beyond [`MAX_INT_BITS`].
fn left_shift(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match b.to_u64() {
        Some(s) if a.bits().saturating_add(s) <= MAX_INT_BITS => Ok(a << s),
        _ => Err(memory_error(vm)),
    }
}

/// `a >> b` (floor division by a power of two).
fn right_shift(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    Ok(match b.to_u64() {
        Some(s) if s < a.bits() => a >> s,
        _ if a.is_negative() => BigInt::from(-1),
        _ => BigInt::zero(),
    })
}

/// `a / b`, correctly rounded however large the operands.
fn true_div(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    let q = ferropy_text::float_repr::ratio_to_float(a.magnitude(), b.magnitude())
        .ok_or_else(|| vm.overflow_error("integer division result too large for a float"))?;
    Ok(Value::Float(if a.is_negative() != b.is_negative() {
        -q
    } else {
        q
    }))
}

/// `a ** b`: a float for negative exponents, else an exact int.
fn pow(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let base = big_to_f64(vm, a)?;
        let exp = big_to_f64(vm, b)?;
        return crate::objects::float::float_binop(vm, BinOp::Pow, base, exp)
            .map(|v| v.unwrap_or(Value::None));
    }
    if a.is_zero() || a.is_one() {
        return Ok(Value::Int(if b.is_zero() {
            1
        } else {
            a.to_i64().unwrap_or(0)
        }));
    }
    if *a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let exp = b
        .to_u64()
        .filter(|e| (a.bits() - 1).saturating_mul(*e) <= MAX_INT_BITS);
    let Some(exp) = exp else {
        return Err(memory_error(vm));
    };
    Ok(from_bigint(vm, num_traits::pow(a.clone(), exp as usize)))
}

/// An int as a float, correctly rounded; OverflowError when too large.
pub fn big_to_f64(vm: &Vm, a: &BigInt) -> PyResult<f64> {
    ferropy_text::float_repr::bigint_to_float(a)
        .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// Three-argument `pow(base, exp, mod)`.
pub fn pow_mod(vm: &mut Vm, base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let (base, exp) = if exp.is_negative() {
        let inv = mod_inverse(base, &mabs)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        (inv, -exp)
    } else {
        (base.mod_floor(&mabs), exp.clone())
    };
    let mut r = base.modpow(&exp, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(from_bigint(vm, r))
}

/// The inverse of `a` modulo `m > 0`, if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.mod_floor(m).extended_gcd(m);
    g.gcd.is_one().then(|| g.x.mod_floor(m))
}

/// `str(int)`, honouring the int/str digit limit (bools print as digits).
pub fn int_to_str(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::False => Ok("0".to_string()),
        Value::True => Ok("1".to_string()),
        _ => {
            let b = to_bigint(v).unwrap_or_default();
            ferropy_text::number_parse::int_to_decimal_string(&b, vm.int_max_str_digits.get())
                .map_err(|m| vm.value_error(m))
        }
    }
}

// ----- int(x) ------------------------------------------------------------

/// `int(x)` conversion of one value, as CPython 3.13 orders it:
/// `__int__`, `__index__`, `__trunc__`, then str/bytes parsing.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(v) = builtin_to_int(vm, x)? {
        return Ok(v);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.lookup_special(x, name) {
            let r = vm.call(&vm.bind(&f, x), vec![], &[])?;
            return int_result(vm, r, name);
        }
    }
    if let Some(s) = x.as_str() {
        let s = s.to_string();
        return parse_int_text(vm, &s, 10, x);
    }
    if let Some(b) = crate::objects::bytes::bytes_of(x) {
        return parse_int_bytes(vm, &b, 10);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `int(x)` for exact builtin ints and floats, without calling Python.
fn builtin_to_int(vm: &Vm, x: &Value) -> PyResult<Option<Value>> {
    Ok(match x {
        Value::Int(_) => Some(x.clone()),
        Value::False => Some(Value::Int(0)),
        Value::True => Some(Value::Int(1)),
        Value::FloatBits(bits) => Some(float_to_int(vm, f64::from_bits(*bits))?),
        _ if is_exact_int(vm, x) => Some(x.clone()),
        _ => None,
    })
}

/// Check what `__int__`/`__index__`/`__trunc__` returned.
fn int_result(vm: &mut Vm, r: Value, name: &str) -> PyResult<Value> {
    if let Some(v) = as_plain_int(vm, &r) {
        return Ok(v);
    }
    if name == "__trunc__" {
        if vm.lookup_special(&r, "__index__").is_some() {
            return vm.index(&r).map(|v| as_plain_int(vm, &v).unwrap_or(v));
        }
        return Err(vm.type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(format!(
        "{name} returned non-int (type {})",
        vm.type_name(&r)
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
    Ok(from_bigint(
        vm,
        ferropy_text::float_repr::float_to_bigint(f).unwrap_or_default(),
    ))
}

/// `int(text, base)` for a str argument `orig` (whose repr, cut to 200
/// characters, appears in the error).
pub fn parse_int_text(vm: &mut Vm, text: &str, base: u32, orig: &Value) -> PyResult<Value> {
    match parse_int_limited(text, base, vm.int_max_str_digits.get()) {
        Ok(b) => Ok(from_bigint(vm, b)),
        Err(ParseIntError::TooManyDigits(n)) => {
            Err(vm.value_error(too_many_digits_message(vm.int_max_str_digits.get(), n)))
        }
        Err(ParseIntError::Invalid) => {
            let r = vm.repr(orig)?;
            Err(invalid_literal(vm, base, &r))
        }
    }
}

/// `int(data, base)` for a bytes-like argument: ASCII text only; the error
/// shows the first 200 bytes.
pub fn parse_int_bytes(vm: &mut Vm, data: &[u8], base: u32) -> PyResult<Value> {
    let parsed = match std::str::from_utf8(data) {
        Ok(text) if data.is_ascii() => parse_int_limited(text, base, vm.int_max_str_digits.get()),
        _ => Err(ParseIntError::Invalid),
    };
    match parsed {
        Ok(b) => Ok(from_bigint(vm, b)),
        Err(ParseIntError::TooManyDigits(n)) => {
            Err(vm.value_error(too_many_digits_message(vm.int_max_str_digits.get(), n)))
        }
        Err(ParseIntError::Invalid) => {
            let shown = &data[..data.len().min(200)];
            Err(invalid_literal(
                vm,
                base,
                &ferropy_text::str_repr::bytes_repr(shown),
            ))
        }
    }
}

/// "invalid literal for int() with base N: REPR" (repr cut to 200 chars).
fn invalid_literal(vm: &Vm, base: u32, repr: &str) -> PyErr {
    let shown: String = repr.chars().take(200).collect();
    vm.value_error(format!(
        "invalid literal for int() with base {base}: {shown}"
    ))
}

#[cfg(test)]
mod floor_tests {
    use num_integer::Integer;

    #[test]
    fn floor_div_and_mod_match_num_integer() {
        let values = [
            i64::MIN,
            i64::MIN + 1,
            -7,
            -3,
            -1,
            0,
            1,
            2,
            3,
            7,
            i64::MAX - 1,
            i64::MAX,
        ];
        for &a in &values {
            for &b in &values {
                if b == 0 || (a == i64::MIN && b == -1) {
                    continue;
                }
                assert_eq!(
                    super::floor_div(a, b),
                    Integer::div_floor(&a, &b),
                    "{a} // {b}"
                );
                assert_eq!(
                    super::floor_mod(a, b),
                    Integer::mod_floor(&a, &b),
                    "{a} % {b}"
                );
            }
        }
    }
}
