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
    ];
    for (n, f) in functions {
        module::add_function(vm, &m, n, *f);
    }
    module::set_attr(vm, &m, "garbage", vm.new_list(vec![]));
    module::set_attr(vm, &m, "callbacks", vm.new_list(vec![]));
    Ok(m)
}
