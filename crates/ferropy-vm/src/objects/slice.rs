//! `slice` objects and resolving slice indices against a length.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// A new slice object.
pub fn new_slice(vm: &Vm, lower: Value, upper: Value, step: Value) -> Value {
    Value::Obj(Obj::new(
        vm.types.slice.clone(),
        Payload::Slice(lower, upper, step),
    ))
}

/// `slice.indices(len)`: (start, stop, step) clamped like CPython.
pub fn indices(
    vm: &mut Vm,
    lower: &Value,
    upper: &Value,
    step: &Value,
    len: i64,
) -> PyResult<(i64, i64, i64)> {
    let step = if step.is_none() {
        1
    } else {
        let s = vm.index(step).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        crate::objects::int::to_i64(&s).unwrap_or(
            if crate::objects::int::to_bigint(&s)
                .map(|b| b.sign() == num_bigint::Sign::Minus)
                .unwrap_or(false)
            {
                -i64::MAX
            } else {
                i64::MAX
            },
        )
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
            if crate::objects::int::to_bigint(&i)
                .map(|b| b.sign() == num_bigint::Sign::Minus)
                .unwrap_or(false)
            {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        });
        Ok(if i < 0 {
            let j = i + len;
            if j < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            i
        })
    };
    let (dstart, dstop) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let start = clamp(vm, lower, dstart)?;
    let stop = if upper.is_none() {
        dstop
    } else {
        clamp(vm, upper, dstop)?
    };
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

/// `slice(stop)` / `slice(start, stop[, step])`.
fn slice_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    match pos.len() {
        1 => Ok(new_slice(vm, Value::None, pos[0].clone(), Value::None)),
        2 => Ok(new_slice(vm, pos[0].clone(), pos[1].clone(), Value::None)),
        3 => Ok(new_slice(
            vm,
            pos[0].clone(),
            pos[1].clone(),
            pos[2].clone(),
        )),
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

/// `slice.indices(length)`.
fn slice_indices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "indices", args.values.len() - 1, 1, 1)?;
    let Some(Payload::Slice(a, b, c)) = args.values[0].payload() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let (a, b, c) = (a.clone(), b.clone(), c.clone());
    let len = vm.index_value(&args.values[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = indices(vm, &a, &b, &c, len)?;
    let stop = if step < 0 { stop.max(-1) } else { stop };
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

/// The slice's (start, stop, step) as a tuple, for comparisons.
pub fn as_tuple(vm: &Vm, v: &Value) -> Option<Value> {
    match v.payload()? {
        Payload::Slice(a, b, c) => Some(vm.new_tuple(vec![a.clone(), b.clone(), c.clone()])),
        _ => None,
    }
}

/// Register slice methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    crate::objects::add_method(vm, &t, "__new__", slice_new);
    crate::objects::mark_static(vm, &t, "__new__");
    crate::objects::add_method(vm, &t, "indices", slice_indices);
}
