//! `complex` numbers: arithmetic with CPython's exact algorithms (so
//! results, nans and infinities match bit for bit), construction from
//! numbers and strings, repr, formatting and the Python-visible methods.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::{Args, NativeFn};
use crate::objects::{float, int, numbers};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};
use ferropy_text::float_repr::{format_float_short, FloatFormatFlags};
use std::rc::Rc;

/// A complex number as (real, imag).
pub type C64 = (f64, f64);

/// A new complex value.
pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(Obj::new(vm.types.complex.clone(), Payload::Complex(re, im)))
}

/// The parts of a complex (or complex-subclass) instance.
pub fn complex_parts(v: &Value) -> Option<C64> {
    match v.payload()? {
        Payload::Complex(r, i) => Some((*r, *i)),
        _ => None,
    }
}

/// An int, float or complex operand as (re, im); `None` for other types,
/// OverflowError for ints beyond the float range.
pub fn coerce_complex(vm: &Vm, v: &Value) -> Option<PyResult<C64>> {
    if let Some(c) = complex_parts(v) {
        return Some(Ok(c));
    }
    float::coerce_f64(vm, v).map(|r| r.map(|f| (f, 0.0)))
}

/// `a <op> b` when either operand is a complex and the other a number;
/// `Ok(None)` otherwise (or for operators complex lacks).
pub fn complex_binop_values(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOp,
) -> PyResult<Option<Value>> {
    if complex_parts(a).is_none() && complex_parts(b).is_none() {
        return Ok(None);
    }
    match (coerce_complex(vm, a), coerce_complex(vm, b)) {
        (Some(x), Some(y)) => complex_binop(vm, op, x?, y?),
        _ => Ok(None),
    }
}

/// Complex binary operation; `Ok(None)` when unsupported.
pub fn complex_binop(vm: &mut Vm, op: BinOp, a: C64, b: C64) -> PyResult<Option<Value>> {
    let (r, i) = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mul => c_prod(a, b),
        BinOp::TrueDiv => {
            c_quot(a, b).ok_or_else(|| vm.zero_division("complex division by zero"))?
        }
        BinOp::Pow => return complex_pow(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, r, i)))
}

/// The complex product, by the textbook formula (as CPython computes it).
fn c_prod(a: C64, b: C64) -> C64 {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// The complex quotient by Smith's method; `None` when dividing by zero.
fn c_quot(a: C64, b: C64) -> Option<C64> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a complex power failed: the C `errno` values (`EDOM`, `ERANGE`)
/// CPython turns into exceptions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PowError {
    /// Zero to a negative or complex power (or a libm domain error).
    Domain,
    /// A part of the result overflowed.
    Range,
}

/// `a ** b` for complex operands: exact repeated multiplication for small
/// integer exponents, polar form otherwise.
pub fn complex_pow(vm: &Vm, a: C64, b: C64) -> PyResult<Value> {
    let small_int = b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0;
    let result = if small_int {
        c_powi(a, b.0 as i64)
    } else {
        c_pow(a, b)
    };
    match result {
        Ok((r, i)) => Ok(new_complex(vm, r, i)),
        Err(PowError::Domain) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Err(PowError::Range) => Err(vm.overflow_error("complex exponentiation")),
    }
}

/// The final `errno` check: an infinite part means overflow unless an
/// error is already pending.
fn check_range(c: C64, errno: Option<PowError>) -> Result<C64, PowError> {
    let overflow = c.0.is_infinite() || c.1.is_infinite();
    match errno {
        Some(PowError::Domain) => Err(PowError::Domain),
        _ if overflow => Err(PowError::Range),
        _ => Ok(c),
    }
}

/// `x ** n` for an integer `n` with `|n| <= 100`.
fn c_powi(x: C64, n: i64) -> Result<C64, PowError> {
    let r = if n > 0 {
        c_powu(x, n as u64)
    } else {
        c_quot((1.0, 0.0), c_powu(x, n.unsigned_abs())).ok_or(PowError::Domain)?
    };
    check_range(r, None)
}

/// `x ** n` by binary powering, starting from 1 (as CPython does).
fn c_powu(x: C64, n: u64) -> C64 {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask <= n {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `a ** b` in polar form. The libm calls' `errno` side effects decide
/// the error as in CPython: the last one set wins (overflow of `hypot`,
/// `pow` or `exp`; `cos`/`sin` of an infinite phase is a domain error).
fn c_pow(a: C64, b: C64) -> Result<C64, PowError> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        return if b.1 != 0.0 || b.0 < 0.0 {
            Err(PowError::Domain)
        } else {
            Ok((0.0, 0.0))
        };
    }
    let mut errno = None;
    let overflowed = |result: f64, inputs: &[f64]| {
        (result.is_infinite() && inputs.iter().all(|x| x.is_finite())).then_some(PowError::Range)
    };
    let vabs = a.0.hypot(a.1);
    errno = overflowed(vabs, &[a.0, a.1]).or(errno);
    let mut len = vabs.powf(b.0);
    errno = overflowed(len, &[vabs, b.0]).or(errno);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        let e = (at * b.1).exp();
        errno = overflowed(e, &[at * b.1]).or(errno);
        len /= e;
        phase += b.1 * vabs.ln();
    }
    if phase.is_infinite() {
        errno = Some(PowError::Domain);
    }
    check_range((len * phase.cos(), len * phase.sin()), errno)
}

/// `abs(z)`: inf if either part is infinite, else the hypotenuse
/// (OverflowError "absolute value too large" if that overflows).
pub fn complex_abs(vm: &Vm, re: f64, im: f64) -> PyResult<Value> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

/// `repr(z)`: `(1+2j)`, or just `2j` when the real part is `+0.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let flags = FloatFormatFlags::default();
    let imag = format_float_short(im, 'r', 0, flags);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = format_float_short(re, 'r', 0, flags);
    let imag = format_float_short(
        im,
        'r',
        0,
        FloatFormatFlags {
            always_sign: true,
            ..flags
        },
    );
    format!("({real}{imag}j)")
}

/// `format(z, spec)` for a complex value (empty spec: `str(z)`).
pub fn format_complex_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.str_of(v);
    }
    let (re, im) = complex_parts(v).unwrap_or_default();
    let type_name = vm.type_name(v);
    let fs = ferropy_text::format_spec::parse_format_spec(spec, &type_name)
        .map_err(|m| vm.value_error(m))?;
    ferropy_text::format_spec::format_complex(re, im, &fs, &type_name)
        .map_err(|e| numbers::format_error(vm, e))
}

/// `complex == other` and `!=`; `None` (NotImplemented) for non-numbers
/// and for ordering comparisons.
pub fn complex_compare(z: C64, other: &Value, op: CmpOp) -> Option<bool> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    let equal = if let Some((r, i)) = complex_parts(other) {
        z == (r, i)
    } else if float::to_f64(other).is_some() || int::is_int(other) {
        z.1 == 0.0 && float::compare_numbers(&Value::Float(z.0), other, CmpOp::Eq)
    } else {
        return None;
    };
    Some(equal == (op == CmpOp::Eq))
}

// ----- complex(...) ------------------------------------------------------

/// `complex(real=0, imag=0)`, also from a string or via `__complex__`.
pub fn complex_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = numbers::new_cls(vm, args, "complex")?;
    let sig = numbers::Sig {
        name: "complex",
        params: &["real", "imag"],
        max_pos: 2,
        required: 0,
    };
    let bound = sig.bind(vm, &args.pos()[1..], args)?;
    let (re, im) = (bound[0].clone(), bound[1].clone());
    let z = match (re, im) {
        (None, None) => (0.0, 0.0),
        (Some(r), None) if Rc::ptr_eq(&cls, &vm.types.complex) && is_exact_complex(vm, &r) => {
            return Ok(r)
        }
        (Some(r), im) => complex_from_args(vm, &r, im.as_ref())?,
        (None, Some(i)) => complex_from_args(vm, &Value::Int(0), Some(&i))?,
    };
    Ok(numbers::instance_of(vm, &cls, Payload::Complex(z.0, z.1)))
}

fn is_exact_complex(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class_is(&vm.types.complex))
}

/// `real + imag*1j` where either part may itself be complex.
fn complex_from_args(vm: &mut Vm, real: &Value, imag: Option<&Value>) -> PyResult<C64> {
    if let Some(s) = real.as_str() {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let s = s.to_string();
        return parse_complex_str(vm, &s, real);
    }
    if imag.is_some_and(|i| i.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (real, real_is_complex) = match special_complex(vm, real)? {
        Some(c) => (c, true),
        None => number_arg(
            vm,
            real,
            "complex() first argument must be a string or a number",
        )?,
    };
    let Some(imag) = imag else { return Ok(real) };
    let (imag, imag_is_complex) =
        number_arg(vm, imag, "complex() second argument must be a number")?;
    // Only complex parts contribute across: adding a zero could lose a -0.0.
    let re = if imag_is_complex {
        real.0 - imag.1
    } else {
        real.0
    };
    let im = if real_is_complex {
        imag.0 + real.1
    } else {
        imag.0
    };
    Ok((re, im))
}

/// The result of `v.__complex__()`, if `v` has one (complex instances are
/// taken as they are).
fn special_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<C64>> {
    if let Some(c) = complex_parts(v) {
        return Ok(Some(c));
    }
    let Some(f) = vm.lookup_special(v, "__complex__") else {
        return Ok(None);
    };
    let r = vm.call(&vm.bind(&f, v), vec![], &[])?;
    match complex_parts(&r) {
        Some(c) => Ok(Some(c)),
        None => Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// A constructor argument that must be a number: complex parts (and
/// `true`), or a float via `__float__`/`__index__` (and `false`).
fn number_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<(C64, bool)> {
    if let Some(c) = complex_parts(v) {
        return Ok((c, true));
    }
    let numeric = float::to_f64(v).is_some()
        || int::is_int(v)
        || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some();
    if !numeric {
        return Err(vm.type_error(format!("{what}, not '{}'", vm.type_name(v))));
    }
    Ok(((float::to_float(vm, v)?, 0.0), false))
}

/// `complex(text)`.
fn parse_complex_str(vm: &mut Vm, s: &str, orig: &Value) -> PyResult<C64> {
    use ferropy_text::number_parse::{parse_complex, ParseComplexError};
    parse_complex(s).map_err(|e| match e {
        ParseComplexError::Malformed => vm.value_error("complex() arg is a malformed string"),
        ParseComplexError::Underscore => match vm.repr(orig) {
            Ok(r) => vm.value_error(format!("could not convert string to complex: {r}")),
            Err(e) => e,
        },
    })
}

// ----- methods -----------------------------------------------------------

/// `self` of a complex method (a complex or complex-subclass instance).
fn self_parts(vm: &Vm, args: &Args, name: &str) -> PyResult<C64> {
    let v = args.values.first().cloned().unwrap_or_default();
    complex_parts(&v).ok_or_else(|| numbers::descriptor_error(vm, name, "complex", &v))
}

fn complex_conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    numbers::no_args(vm, args, "conjugate")?;
    let (r, i) = self_parts(vm, args, "conjugate")?;
    Ok(new_complex(vm, r, -i))
}

fn complex_complex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    numbers::no_args(vm, args, "__complex__")?;
    let (r, i) = self_parts(vm, args, "__complex__")?;
    Ok(new_complex(vm, r, i))
}

fn complex_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(i)]))
}

fn complex_repr_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, args, "__repr__")?;
    Ok(vm.new_str(complex_repr(r, i)))
}

fn complex_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    self_parts(vm, args, "__format__")?;
    let spec = numbers::format_spec_arg(vm, args)?;
    let s = format_complex_value(vm, &args.values[0], &spec)?;
    Ok(vm.new_str(s))
}

fn complex_abs_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, args, "__abs__")?;
    complex_abs(vm, r, i)
}

fn complex_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, args, "__bool__")?;
    Ok(Value::Bool(r != 0.0 || i != 0.0))
}

fn complex_neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, args, "__neg__")?;
    Ok(new_complex(vm, -r, -i))
}

fn complex_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (r, i) = self_parts(vm, args, "__pos__")?;
    Ok(new_complex(vm, r, i))
}

/// `complex.__pow__(self, other, mod=None)` and `__rpow__`: any modulus
/// is a ValueError.
fn pow_with_mod<const REFLECTED: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = if REFLECTED { "__rpow__" } else { "__pow__" };
    let z = self_parts(vm, args, name)?;
    crate::builtins::check_arity(vm, name, args.values.len() - 1, 1, 2)?;
    if args.values.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    let w = match coerce_complex(vm, &args.values[1]) {
        Some(w) => w?,
        None => return Ok(vm.not_implemented.clone()),
    };
    let (base, exp) = if REFLECTED { (w, z) } else { (z, w) };
    complex_pow(vm, base, exp)
}

/// Register `complex`'s constructor and methods.
pub fn install(vm: &mut Vm) {
    let c: ObjRef = vm.types.complex.clone();
    crate::objects::add_method(vm, &c, "__new__", complex_new);
    crate::objects::mark_static(vm, &c, "__new__");
    let methods: &[(&str, NativeFn)] = &[
        ("conjugate", complex_conjugate),
        ("__complex__", complex_complex),
        ("__getnewargs__", complex_getnewargs),
        ("__repr__", complex_repr_method),
        ("__format__", complex_format),
        ("__abs__", complex_abs_method),
        ("__bool__", complex_bool),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__pow__", pow_with_mod::<false>),
        ("__rpow__", pow_with_mod::<true>),
    ];
    for (name, f) in methods {
        crate::objects::add_method(vm, &c, name, *f);
    }
}
