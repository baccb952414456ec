//! The `gc` module: `collect()` runs the cycle collector
//! (`ferropy_vm::cycles`); the other functions report and toggle state.

use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Value, Vm};
fn collect(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(ferropy_vm::cycles::collect(vm) as i64))
}

fn enable(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    ferropy_vm::cycles::set_enabled(true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    ferropy_vm::cycles::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(ferropy_vm::cycles::is_enabled()))
}

fn get_count(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(0), Value::Int(0)]))
}

fn get_threshold(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(vm.new_tuple(vec![Value::Int(2000), Value::Int(10), Value::Int(0)]))
}

/// `gc.get_stats()`: ferropy has one generation, reported as the oldest
/// of CPython's three (as `get_count` reports the younger two empty).
fn get_stats(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let (collections, collected) = ferropy_vm::cycles::stats();
    let mut generations = vec![];
    for (runs, found) in [(0, 0), (0, 0), (collections, collected)] {
        let d = vm.new_dict();
        ferropy_vm::objects::dict::set_str(vm, &d, "collections", Value::Int(runs as i64));
        ferropy_vm::objects::dict::set_str(vm, &d, "collected", Value::Int(found as i64));
        ferropy_vm::objects::dict::set_str(vm, &d, "uncollectable", Value::Int(0));
        generations.push(Value::Obj(d));
    }
    Ok(vm.new_list(generations))
}

/// `gc.get_objects(generation=None)`: everything tracked is in the oldest
/// generation (see `get_stats`); -1, like None, asks for all of them.
fn get_objects(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "get_objects", args.values.len(), 0, 1)?;
    let generation = match args.values.first() {
        None | Some(Value::None) => -1,
        Some(Value::Int(g)) => *g,
        Some(Value::False) => 0,
        Some(Value::True) => 1,
        Some(v) => {
            return Err(vm.type_error(format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(v)
            )))
        }
    };
    if generation >= 3 {
        return Err(vm.value_error(
            "generation parameter must be less than the number of available generations (3)",
        ));
    }
    if generation < -1 {
        return Err(vm.value_error("generation parameter cannot be negative"));
    }
    let objects = if matches!(generation, -1 | 2) {
        ferropy_vm::cycles::tracked_objects()
    } else {
        vec![]
    };
    Ok(vm.new_list(objects.into_iter().map(Value::Obj).collect()))
}

fn is_tracked(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "is_tracked", args.values.len(), 1, 1)?;
    Ok(Value::Bool(
        matches!(args.values[0], Value::Obj(_)) && args.values[0].as_str().is_none(),
    ))
}

/// Create the `gc` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "gc");
    let functions: &[(&str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("is_tracked", is_tracked),
        ("get_stats", get_stats),
        ("get_objects", get_objects),
    ];
    for (n, f) in functions {
        module::add_function(vm, &m, n, *f);
    }
    module::set_attr(vm, &m, "garbage", vm.new_list(vec![]));
    module::set_attr(vm, &m, "callbacks", vm.new_list(vec![]));
    Ok(m)
}
