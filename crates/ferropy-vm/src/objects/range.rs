//! `range`.

use crate::error::PyResult;
use crate::object::{Obj, Payload, RangeData};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// A new range object.
pub fn new_range(vm: &Vm, r: RangeData) -> Value {
    Value::Obj(Obj::new(vm.types.range.clone(), Payload::Range(r)))
}

fn range_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    let mut ints = Vec::new();
    for v in pos {
        ints.push(vm.index(v).map_err(|_| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?);
    }
    let get = |vm: &Vm, v: &Value| -> PyResult<i64> {
        crate::objects::int::to_i64(v).ok_or_else(|| {
            vm.not_implemented_error("range() arguments beyond 64 bits are not supported yet")
        })
    };
    let (start, stop, step) = match ints.len() {
        1 => (0, get(vm, &ints[0])?, 1),
        2 => (get(vm, &ints[0])?, get(vm, &ints[1])?, 1),
        3 => (get(vm, &ints[0])?, get(vm, &ints[1])?, get(vm, &ints[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, RangeData { start, stop, step }))
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "index", args.values.len() - 1, 1, 1)?;
    if let (Some(Payload::Range(r)), Some(i)) = (
        args.values[0].payload(),
        crate::objects::int::to_i64(&args.values[1]),
    ) {
        let inside = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
        if inside && (i - r.start) % r.step == 0 {
            return Ok(Value::Int((i - r.start) / r.step));
        }
    }
    let s = vm.repr(&args.values[1])?;
    Err(vm.value_error(format!("{s} is not in range")))
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let found = vm.contains(&args.values[0], &args.values[1])?;
    Ok(Value::Int(found as i64))
}

/// Register range methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.range.clone();
    crate::objects::add_method(vm, &t, "__new__", range_new);
    crate::objects::mark_static(vm, &t, "__new__");
    crate::objects::add_method(vm, &t, "index", range_index);
    crate::objects::add_method(vm, &t, "count", range_count);
}
