//! The `cmath` module, as CPython 3.13 has it: the same functions, special
//! values (branch cuts, signed zeros, infinities and NaNs), results and
//! error messages.

mod functions;
mod special;

use crate::arg_clinic::{bind_args, ISCLOSE};
use crate::real_args::{math_error, real, wrappers};

use ferropy_vm::builtins::check_arity;
use ferropy_vm::objects::complex::{complex_parts, new_complex};
use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Value, Vm};

/// A complex number as (real, imag).
pub type C64 = (f64, f64);

pub use crate::real_args::MathErr;

/// The result of a complex function.
pub type CResult = Result<C64, MathErr>;

/// `v` as a complex (`PyComplex_AsCComplex`): a complex, the result of
/// `__complex__`, or a real number.
fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<C64> {
    if let Some(c) = complex_parts(v) {
        return Ok(c);
    }
    if let Some(f) = vm.lookup_special(v, "__complex__") {
        let r = vm.call(&vm.bind(&f, v), vec![], &[])?;
        return complex_parts(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))
        });
    }
    Ok((real(vm, v)?, 0.0))
}

/// Refuse keyword arguments, as CPython's positional-only functions do.
fn no_keywords(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("cmath.{name}() takes no keyword arguments")))
    }
}

/// The positional arguments, between `min` and `max` of them.
fn positional<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(vm, args, name)?;
    // One-argument functions name themselves "cmath.NAME()" in the message.
    let label = if max == 1 {
        format!("cmath.{name}")
    } else {
        name.to_string()
    };
    check_arity(vm, &label, args.values.len(), min, max)?;
    Ok(args.values)
}

/// The one complex argument of `cmath.NAME(z)`.
fn one_complex(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C64> {
    let a = positional(vm, args, name, 1, 1)?;
    complex_arg(vm, &a[0])
}

/// A complex result as a Python value, or the error it raised.
fn complex_result(vm: &Vm, r: CResult) -> PyResult<Value> {
    r.map(|(re, im)| new_complex(vm, re, im))
        .map_err(|e| math_error(vm, e))
}

/// `cmath.NAME(z)` for a complex function of one complex.
fn complex_1(vm: &mut Vm, args: &Args, name: &str, f: fn(C64) -> CResult) -> PyResult<Value> {
    let z = one_complex(vm, args, name)?;
    complex_result(vm, f(z))
}

/// `cmath.NAME(z)` for a function that is `-i * f(i*z)`.
fn rotated(vm: &mut Vm, args: &Args, name: &str, f: fn(C64) -> CResult) -> PyResult<Value> {
    let z = one_complex(vm, args, name)?;
    complex_result(vm, functions::via_hyperbolic(f, z))
}

/// `cmath.NAME(z)` for a test of one complex.
fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let (re, im) = one_complex(vm, args, name)?;
    Ok(Value::Bool(f(re) || f(im)))
}

/// `cmath.isfinite(z)`: both parts finite.
fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = one_complex(vm, args, "isfinite")?;
    Ok(Value::Bool(re.is_finite() && im.is_finite()))
}

/// `cmath.phase(z)`: the argument of `z`.
fn phase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = one_complex(vm, args, "phase")?;
    let phi = im.atan2(re);
    // The C library reports an angle that underflows to zero as a range error.
    if phi == 0.0 && im != 0.0 && im.is_finite() && re.is_finite() {
        return Err(math_error(vm, MathErr::Range));
    }
    Ok(Value::Float(phi))
}

/// `cmath.polar(z)`: `(abs(z), phase(z))`.
fn polar(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let z = one_complex(vm, args, "polar")?;
    let (r, phi) = functions::polar(z).map_err(|e| math_error(vm, e))?;
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)]))
}

/// `cmath.rect(r, phi)`.
fn rect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "rect", 2, 2)?;
    let (r, phi) = (real(vm, &a[0])?, real(vm, &a[1])?);
    complex_result(vm, functions::rect(r, phi))
}

/// `cmath.log(z[, base])`.
fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "log", 1, 2)?;
    let z = complex_arg(vm, &a[0])?;
    let base = a.get(1).map(|b| complex_arg(vm, b)).transpose()?;
    let r = functions::log(z).and_then(|lz| match base {
        Some(b) => functions::quot(lz, functions::log(b)?),
        None => Ok(lz),
    });
    complex_result(vm, r)
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let slots = bind_args(vm, args, &ISCLOSE)?;
    let a = complex_arg(vm, slots[0].as_ref().unwrap())?;
    let b = complex_arg(vm, slots[1].as_ref().unwrap())?;
    let mut tol = |v: &Option<Value>, default: f64| v.as_ref().map_or(Ok(default), |v| real(vm, v));
    let (rel_tol, abs_tol) = (tol(&slots[2], 1e-9)?, tol(&slots[3], 0.0)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    let infinite = |z: C64| z.0.is_infinite() || z.1.is_infinite();
    if infinite(a) || infinite(b) {
        return Ok(Value::Bool(false));
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    let (abs_a, abs_b) = (a.0.hypot(a.1), b.0.hypot(b.1));
    Ok(Value::Bool(
        diff <= rel_tol * abs_b || diff <= rel_tol * abs_a || diff <= abs_tol,
    ))
}

wrappers! {
    sqrt => complex_1(functions::sqrt);
    exp => complex_1(functions::exp);
    log10 => complex_1(functions::log10);
    acos => complex_1(functions::acos);
    acosh => complex_1(functions::acosh);
    asinh => complex_1(functions::asinh);
    atanh => complex_1(functions::atanh);
    cos => complex_1(functions::cos);
    cosh => complex_1(functions::cosh);
    sinh => complex_1(functions::sinh);
    tanh => complex_1(functions::tanh);
    asin => rotated(functions::asinh);
    atan => rotated(functions::atanh);
    sin => rotated(functions::sinh);
    tan => rotated(functions::tanh);
    isinf => predicate(f64::is_infinite);
    isnan => predicate(f64::is_nan);
}

/// Create the `cmath` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "cmath");
    let functions: &[(&str, NativeFn)] = &[
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
        ("sqrt", sqrt),
        ("acos", acos),
        ("asin", asin),
        ("atan", atan),
        ("cos", cos),
        ("sin", sin),
        ("tan", tan),
        ("acosh", acosh),
        ("asinh", asinh),
        ("atanh", atanh),
        ("cosh", cosh),
        ("sinh", sinh),
        ("tanh", tanh),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ];
    for (n, f) in functions {
        module::add_function(vm, &m, n, *f);
    }
    let (inf, nan) = (f64::INFINITY, f64::NAN);
    module::set_attr(vm, &m, "pi", Value::Float(std::f64::consts::PI));
    module::set_attr(vm, &m, "e", Value::Float(std::f64::consts::E));
    module::set_attr(vm, &m, "tau", Value::Float(std::f64::consts::TAU));
    module::set_attr(vm, &m, "inf", Value::Float(inf));
    module::set_attr(vm, &m, "nan", Value::Float(nan));
    let infj = new_complex(vm, 0.0, inf);
    module::set_attr(vm, &m, "infj", infj);
    let nanj = new_complex(vm, 0.0, nan);
    module::set_attr(vm, &m, "nanj", nanj);
    Ok(m)
}
