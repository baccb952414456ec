//! The Python-visible methods of `float`: the constructor, `hex` and
//! `fromhex`, `as_integer_ratio`, `__round__`, `__format__`, the
//! conversion and unary dunders, and `__pow__` (which refuses a modulus).
//! `self` may be a float or a float-subclass instance.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::float::{self, to_f64};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int;
use crate::objects::numbers::{self, descriptor_error, no_args, positional};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_text::float_repr;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// `self` of a float method.
fn self_float(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let v = args.values.first().cloned().unwrap_or_default();
    to_f64(&v).ok_or_else(|| descriptor_error(vm, name, "float", &v))
}

/// `float(x=0.0, /)`.
fn float_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = numbers::new_cls(vm, args, "float")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let f = match pos.first() {
        Some(x) => float::to_float(vm, x)?,
        None => 0.0,
    };
    if Rc::ptr_eq(&cls, &vm.types.float) {
        return Ok(Value::Float(f));
    }
    Ok(numbers::instance_of(vm, &cls, Payload::Float(f)))
}

/// Methods returning a float computed from `self` alone: `__float__`,
/// `conjugate`, `__pos__`, `__neg__`, `__abs__`.
fn float_unary<const N: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["__float__", "conjugate", "__pos__", "__neg__", "__abs__"];
    no_args(vm, args, NAMES[N])?;
    let f = self_float(vm, args, NAMES[N])?;
    Ok(Value::Float(match N {
        3 => -f,
        4 => f.abs(),
        _ => f,
    }))
}

/// `__int__`/`__trunc__`, `__floor__`, `__ceil__`: an int.
fn float_to_int<const N: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["__int__", "__trunc__", "__floor__", "__ceil__"];
    no_args(vm, args, NAMES[N])?;
    let f = self_float(vm, args, NAMES[N])?;
    int::float_to_int(
        vm,
        match N {
            2 => f.floor(),
            3 => f.ceil(),
            _ => f,
        },
    )
}

fn float_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = self_float(vm, args, "__bool__")?;
    Ok(Value::Bool(f != 0.0))
}

fn float_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = self_float(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(f)]))
}

fn float_is_integer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "is_integer")?;
    let f = self_float(vm, args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "hex")?;
    let f = self_float(vm, args, "hex")?;
    Ok(vm.new_str(float_repr::float_to_hex(f)))
}

/// `float.fromhex(string)` (a classmethod; subclasses get `cls(value)`).
fn float_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    positional(vm, args, "fromhex", 1, 1)?;
    let Some(s) = args.values[1].as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = float_repr::float_from_hex(s).map_err(|e| match e {
        float_repr::FromHexError::Overflow => vm.overflow_error(e.message()),
        float_repr::FromHexError::Invalid => vm.value_error(e.message()),
    })?;
    match &args.values[0] {
        cls @ Value::Obj(c) if !Rc::ptr_eq(c, &vm.types.float) => {
            vm.call(cls, vec![Value::Float(f)], &[])
        }
        _ => Ok(Value::Float(f)),
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "as_integer_ratio")?;
    let f = self_float(vm, args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let Some((n, d)) = float_repr::float_as_integer_ratio(f) else {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    };
    let (n, d) = (int::from_bigint(vm, n), int::from_bigint(vm, d));
    Ok(vm.new_tuple(vec![n, d]))
}

/// `float.__getformat__(typestr)` (a classmethod).
fn float_getformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    positional(vm, args, "__getformat__", 1, 1)?;
    match args.values[1].as_str() {
        Some("double" | "float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(&args.values[1])
        ))),
    }
}

/// `float.__round__(ndigits=None)`: an int without `ndigits`, else a float
/// rounded half-even on its exact value.
fn float_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    positional(vm, args, "__round__", 0, 1)?;
    let f = self_float(vm, args, "__round__")?;
    let nd = match args.values.get(1) {
        Some(v) if !v.is_none() => vm.index(v)?,
        _ => return int::float_to_int(vm, f.round_ties_even()),
    };
    let nd = int::to_bigint(&nd).unwrap_or_default();
    let n = nd
        .to_i64()
        .unwrap_or(if nd.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    match float_repr::round_float(f, n) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(vm.overflow_error("rounded value too large to represent")),
    }
}

fn float_repr_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = self_float(vm, args, "__repr__")?;
    Ok(vm.new_str(float_repr::float_repr(f)))
}

/// `float.__format__(spec)`: `str(self)` for an empty spec.
fn float_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = self_float(vm, args, "__format__")?;
    let spec = numbers::format_spec_arg(vm, args)?;
    let this = args.values[0].clone();
    if spec.is_empty() {
        let s = vm.str_of(&this)?;
        return Ok(vm.new_str(s));
    }
    let s = format_float_value(vm, f, &vm.type_name(&this), &spec)?;
    Ok(vm.new_str(s))
}

/// `format(f, spec)` for a float whose type is called `type_name`.
pub fn format_float_value(vm: &Vm, f: f64, type_name: &str, spec: &str) -> PyResult<String> {
    use ferropy_text::format_spec::{format_float, parse_format_spec};
    let fs = parse_format_spec(spec, type_name).map_err(|m| vm.value_error(m))?;
    format_float(f, &fs, type_name).map_err(|e| numbers::format_error(vm, e))
}

/// `float.__pow__(self, value, mod=None)` and `__rpow__`.
fn float_pow<const REFLECTED: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rpow__" } else { "__pow__" };
    let this = self_float(vm, args, name)?;
    positional(vm, args, name, 1, 2)?;
    if args.values.get(2).is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let other = match float::coerce_f64(vm, &args.values[1]) {
        Some(o) => o?,
        None => return Ok(vm.not_implemented.clone()),
    };
    let (base, exp) = if REFLECTED {
        (other, this)
    } else {
        (this, other)
    };
    float::float_pow(vm, base, exp)
}

/// Register `float`'s constructor and methods.
pub fn install(vm: &mut Vm) {
    use crate::objects::{add_method, mark_classmethod, mark_static};
    let f = vm.types.float.clone();
    add_method(vm, &f, "__new__", float_new);
    mark_static(vm, &f, "__new__");
    let methods: &[(&str, NativeFn)] = &[
        ("__float__", float_unary::<0>),
        ("conjugate", float_unary::<1>),
        ("__pos__", float_unary::<2>),
        ("__neg__", float_unary::<3>),
        ("__abs__", float_unary::<4>),
        ("__int__", float_to_int::<0>),
        ("__trunc__", float_to_int::<1>),
        ("__floor__", float_to_int::<2>),
        ("__ceil__", float_to_int::<3>),
        ("__bool__", float_bool),
        ("__getnewargs__", float_getnewargs),
        ("is_integer", float_is_integer),
        ("hex", float_hex),
        ("fromhex", float_fromhex),
        ("as_integer_ratio", float_as_integer_ratio),
        ("__getformat__", float_getformat),
        ("__round__", float_round),
        ("__repr__", float_repr_method),
        ("__format__", float_format),
        ("__pow__", float_pow::<false>),
        ("__rpow__", float_pow::<true>),
    ];
    for (name, fun) in methods {
        add_method(vm, &f, name, *fun);
    }
    mark_classmethod(vm, &f, "fromhex");
    mark_classmethod(vm, &f, "__getformat__");
}
