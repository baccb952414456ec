//! `slice` objects and resolving slice indices against a length.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// A new slice object.
pub fn new_slice(vm: &Vm, lower: Value, upper: Value, step: Value) -> Value {
    Value::Obj(Obj::new(vm.types.slice.clone(), Payload::Slice(lower, upper, step)))
}

/// `slice.indices(len)`: (start, stop, step) clamped like CPython.
pub fn indices(vm: &mut Vm, lower: &Value, upper: &Value, step: &Value, len: i64) -> PyResult<(i64, i64, i64)> {
    let step = if step.is_none() {
        1
    } else {
        let s = vm.index(step).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        crate::objects::int::to_i64(&s).unwrap_or(if crate::objects::int::to_bigint(&s).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) { -i64::MAX } else { i64::MAX })
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let clamp = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let i = vm.index(v).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        let i = crate::objects::int::to_i64(&i).unwrap_or_else(|| {
            if crate::objects::int::to_bigint(&i).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        });
        Ok(if i < 0 {
            let j = i + len;
            if j < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 { len - 1 } else { len }
        } else {
            i
        })
    };
    let (dstart, dstop) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let start = clamp(vm, lower, dstart)?;
    let stop = if upper.is_none() { dstop } else { clamp(vm, upper, dstop)? };
    Ok((start, stop, step))
}

/// The positions a resolved slice selects.
pub fn positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}
