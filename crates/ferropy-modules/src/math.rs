//! The `math` module.

use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Value, Vm};

fn arg_f64(vm: &mut Vm, args: &Args, i: usize) -> PyResult<f64> {
    let v = args.values.get(i).cloned().unwrap_or(Value::None);
    ferropy_vm::objects::numbers::to_float(vm, &v).map_err(|_| {
        vm.type_error(format!("must be real number, not {}", vm.type_name(&v)))
    })
}

fn sqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "sqrt", args.values.len(), 1, 1)?;
    let x = arg_f64(vm, args, 0)?;
    if x < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

/// Create the `math` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "math");
    let functions: &[(&str, NativeFn)] = &[("sqrt", sqrt)];
    for (n, f) in functions {
        module::add_function(vm, &m, n, *f);
    }
    module::set_attr(vm, &m, "pi", Value::Float(std::f64::consts::PI));
    module::set_attr(vm, &m, "e", Value::Float(std::f64::consts::E));
    module::set_attr(vm, &m, "tau", Value::Float(std::f64::consts::TAU));
    module::set_attr(vm, &m, "inf", Value::Float(f64::INFINITY));
    module::set_attr(vm, &m, "nan", Value::Float(f64::NAN));
    Ok(m)
}
