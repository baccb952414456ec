//! The `time` module (clocks and sleep, through the `Os`).

use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Value, Vm};

fn time(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.os.time()))
}

fn time_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int((vm.os.time() * 1e9) as i64))
}

fn monotonic(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.os.monotonic()))
}

fn monotonic_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int((vm.os.monotonic() * 1e9) as i64))
}

fn process_time(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.os.process_time()))
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "sleep", args.values.len(), 1, 1)?;
    let secs = ferropy_vm::objects::numbers::to_float(vm, &args.values[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    vm.os.sleep(secs);
    Ok(Value::None)
}

/// Create the `time` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "time");
    let functions: &[(&str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("sleep", sleep),
    ];
    for (n, f) in functions {
        module::add_function(vm, &m, n, *f);
    }
    Ok(m)
}
