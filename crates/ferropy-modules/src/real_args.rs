//! What `math` and `cmath` share: reading real-number arguments the way
//! CPython does, turning failed computations into CPython's exceptions, and
//! the macro that defines a module function per shared helper.

use ferropy_vm::objects::{float, int, numbers};
use ferropy_vm::{PyErr, PyResult, Value, Vm};

/// A failed computation (CPython's `errno`): `Domain` becomes
/// `ValueError("math domain error")`, `Range` becomes
/// `OverflowError("math range error")`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MathErr {
    Domain,
    Range,
}

/// The Python exception for a failed computation.
pub(crate) fn math_error(vm: &Vm, e: MathErr) -> PyErr {
    match e {
        MathErr::Domain => vm.value_error("math domain error"),
        MathErr::Range => vm.overflow_error("math range error"),
    }
}

/// `v` as a float, the way CPython's math functions read arguments
/// (`PyFloat_AsDouble`): floats, ints, and objects with `__float__` or
/// `__index__`; anything else (str included) is a TypeError.
pub(crate) fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::FloatBits(bits) => return Ok(f64::from_bits(*bits)),
        Value::Int(i) => return Ok(*i as f64),
        _ => {}
    }
    if let Some(f) = float::to_f64(v) {
        return Ok(f);
    }
    if int::is_int(v)
        || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some()
    {
        return numbers::to_float(vm, v);
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// Define module functions `NAME(vm, args)` that call a shared helper with
/// the function's name and extra arguments: `sqrt => float_1(f64::sqrt);`.
macro_rules! wrappers {
    ($($name:ident => $helper:ident($($arg:expr),*);)*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            $helper(vm, args, stringify!($name), $($arg),*)
        }
    )*};
}
pub(crate) use wrappers;
