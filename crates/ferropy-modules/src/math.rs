//! The `math` module, as CPython 3.13 has it: the same functions, results
//! (bit for bit where CPython computes them itself), special cases and error
//! messages.

mod integer;
mod special;
mod sums;

use crate::arg_clinic::{bind_args, Signature, ISCLOSE};
use crate::real_args::{math_error, real, wrappers, MathErr};
use ferropy_vm::builtins::check_arity;
use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::{int, module, numbers};
use ferropy_vm::{ObjRef, PyResult, Value, Vm};
use num_bigint::{BigUint, Sign};
use num_traits::ToPrimitive;

/// Refuse keyword arguments, as CPython's positional-only math functions do.
fn no_keywords(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("math.{name}() takes no keyword arguments")))
    }
}

/// Exactly `n` positional arguments, with CPython's messages.
fn fixed_args<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_keywords(vm, args, name)?;
    let given = args.values.len();
    if given != n {
        // One-argument functions name themselves "math.NAME()" in the message.
        let label = if n == 1 {
            format!("math.{name}")
        } else {
            name.to_string()
        };
        check_arity(vm, &label, given, n, n)?;
    }
    Ok(args.values)
}

/// The one argument of a function of one float.
fn float_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let a = fixed_args(vm, args, name, 1)?;
    real(vm, &a[0])
}

/// The float arguments of a function of `N` floats.
fn float_args<const N: usize>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<[f64; N]> {
    let a = fixed_args(vm, args, name, N)?;
    let mut out = [0.0; N];
    for (o, v) in out.iter_mut().zip(a) {
        *o = real(vm, v)?;
    }
    Ok(out)
}

/// How a function of one float reports a special result from ordinary
/// input: not at all, as a domain error, or (for an infinity) as overflow.
#[derive(Clone, Copy)]
enum Check {
    Plain,
    Domain,
    Overflow,
}

/// CPython's rules for one-argument libm functions: NaN from a non-NaN is a
/// domain error; infinity from a finite input is a domain error or overflow.
fn check_1(x: f64, r: f64, check: Check) -> Result<f64, MathErr> {
    match check {
        Check::Plain => Ok(r),
        _ if r.is_nan() && !x.is_nan() => Err(MathErr::Domain),
        Check::Domain if r.is_infinite() && x.is_finite() => Err(MathErr::Domain),
        Check::Overflow if r.is_infinite() && x.is_finite() => Err(MathErr::Range),
        _ => Ok(r),
    }
}

/// `math.NAME(x)` for a float function `f` of one float.
fn float_1(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    check: Check,
) -> PyResult<Value> {
    let x = float_arg(vm, args, name)?;
    check_1(x, f(x), check)
        .map(Value::Float)
        .map_err(|e| math_error(vm, e))
}

/// `math.NAME(x)` for a float function that reports its own errors.
fn float_1e(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> Result<f64, MathErr>,
) -> PyResult<Value> {
    let x = float_arg(vm, args, name)?;
    f(x).map(Value::Float).map_err(|e| math_error(vm, e))
}

/// `math.NAME(x)` for a test of one float.
fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    Ok(Value::Bool(f(float_arg(vm, args, name)?)))
}

/// `math.NAME(x, y)` for a float function of two floats: NaN from non-NaNs
/// is a domain error, infinity from finite inputs is overflow.
fn float_2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let [x, y] = float_args(vm, args, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Err(math_error(vm, MathErr::Domain))
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Err(math_error(vm, MathErr::Range))
    } else {
        Ok(Value::Float(r))
    }
}

/// `x.<dunder>()`, if the type of `x` defines it.
fn call_special(vm: &mut Vm, x: &Value, dunder: &str) -> Option<PyResult<Value>> {
    let method = vm.lookup_special(x, dunder)?;
    let bound = vm.bind(&method, x);
    Some(vm.call(&bound, vec![], &[]))
}

/// `math.ceil`/`math.floor`: exact floats and ints directly, else the
/// type's `dunder`, else through float.
fn rounding(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = fixed_args(vm, args, name, 1)?;
    let x = &a[0];
    match x {
        Value::FloatBits(bits) => return numbers::float_to_int(vm, f(f64::from_bits(*bits))),
        Value::Int(_) => return Ok(x.clone()),
        _ => {}
    }
    if let Some(r) = call_special(vm, x, dunder) {
        return r;
    }
    let v = real(vm, x)?;
    numbers::float_to_int(vm, f(v))
}

/// `math.trunc(x)`: through `__trunc__`.
fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "trunc", 1)?;
    let x = &a[0];
    match x {
        Value::FloatBits(bits) => numbers::float_to_int(vm, f64::from_bits(*bits)),
        Value::Int(_) => Ok(x.clone()),
        _ => call_special(vm, x, "__trunc__").unwrap_or_else(|| {
            Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name(x)
            )))
        }),
    }
}

/// A positive int beyond the float range as (m, e): m in [0.5, 1]
/// correctly rounded from its top bits, value ~= m * 2**e.
fn frexp_big(n: &BigUint) -> (f64, i64) {
    let bits = n.bits();
    let shift = bits - 64;
    let top = (n >> shift).to_u64().unwrap_or(u64::MAX);
    // A sticky low bit makes the rounding to 53 bits see the discarded tail.
    let sticky = n.trailing_zeros().is_some_and(|tz| tz < shift);
    let m = (top | u64::from(sticky)) as f64 / special::TWO_POW_64;
    if m == 1.0 {
        (0.5, bits as i64 + 1)
    } else {
        (m, bits as i64)
    }
}

/// `f` (a logarithm) of `v`; ints of any size work, through their binary
/// exponent when they exceed the float range.
fn log_value(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::Int(i) = v {
        return if *i > 0 {
            Ok(f(*i as f64))
        } else {
            Err(math_error(vm, MathErr::Domain))
        };
    }
    if !int::is_int(v) {
        let x = real(vm, v)?;
        return check_1(x, f(x), Check::Domain).map_err(|e| math_error(vm, e));
    }
    let n = int::to_bigint(v).unwrap_or_default();
    if n.sign() != Sign::Plus {
        return Err(math_error(vm, MathErr::Domain));
    }
    Ok(match ferropy_text::float_repr::bigint_to_float(&n) {
        Some(x) => f(x),
        None => {
            let (m, e) = frexp_big(n.magnitude());
            f(m) + f(2.0) * e as f64
        }
    })
}

/// `math.log2(x)` and `math.log10(x)`.
fn log_1(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = fixed_args(vm, args, name, 1)?;
    log_value(vm, &a[0], f).map(Value::Float)
}

/// `math.log(x[, base])`.
fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_keywords(vm, args, "log")?;
    check_arity(vm, "log", args.values.len(), 1, 2)?;
    let num = log_value(vm, &args.values[0], f64::ln)?;
    let Some(base) = args.values.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_value(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

/// `math.pow(x, y)`.
fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [x, y] = float_args(vm, args, "pow")?;
    special::pow(x, y)
        .map(Value::Float)
        .map_err(|e| math_error(vm, e))
}

/// `math.fma(x, y, z)`: `x * y + z` with a single rounding.
fn fma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [x, y, z] = float_args(vm, args, "fma")?;
    let r = x.mul_add(y, z);
    if r.is_nan() && !x.is_nan() && !y.is_nan() && !z.is_nan() {
        return Err(vm.value_error("invalid operation in fma"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(vm.overflow_error("overflow in fma"));
    }
    Ok(Value::Float(r))
}

/// `math.ldexp(x, i)`: `x * 2**i` for an int `i`.
fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "ldexp", 2)?;
    let x = real(vm, &a[0])?;
    let Some(i) = int::to_bigint(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let n = i.to_i64().unwrap_or(if i.sign() == Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    let r = special::ldexp(x, n);
    if r.is_infinite() {
        return Err(math_error(vm, MathErr::Range));
    }
    Ok(Value::Float(r))
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e`, `0.5 <= abs(m) < 1`.
fn frexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (m, e) = special::frexp(float_arg(vm, args, "frexp")?);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(i64::from(e))]))
}

/// `math.modf(x)`: fractional and integer parts, both with the sign of `x`.
fn modf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let x = float_arg(vm, args, "modf")?;
    let (frac, whole) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        (x - x.trunc(), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac.copysign(x)), Value::Float(whole)]))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let slots = bind_args(vm, args, &ISCLOSE)?;
    let mut vals = [0.0, 0.0, 1e-9, 0.0];
    for (out, slot) in vals.iter_mut().zip(&slots) {
        if let Some(v) = slot {
            *out = real(vm, v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// `nextafter(x, y, /, *, steps=None)`.
const NEXTAFTER: Signature = Signature {
    name: "nextafter",
    params: &["x", "y", "steps"],
    posonly: 2,
    maxpos: 2,
    required: 2,
};

/// `math.nextafter(x, y, /, *, steps=None)`.
fn nextafter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let slots = bind_args(vm, args, &NEXTAFTER)?;
    let x = real(vm, slots[0].as_ref().unwrap())?;
    let y = real(vm, slots[1].as_ref().unwrap())?;
    let steps = match slots[2].as_ref().filter(|s| !s.is_none()) {
        None => 1,
        Some(s) => {
            let n = vm.index(s)?;
            let n = int::to_bigint(&n).unwrap_or_default();
            if n.sign() == Sign::Minus {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            n.to_u64().unwrap_or(u64::MAX)
        }
    };
    Ok(Value::Float(special::nextafter(x, y, steps)))
}

/// `math.fmod(x, y)`: C's fmod, with `fmod(x, inf) == x` for finite `x`.
fn c_fmod(x: f64, y: f64) -> f64 {
    if y.is_infinite() && x.is_finite() {
        x
    } else {
        x % y
    }
}

// `math.NAME` functions, each by the shared helper that implements it.
wrappers! {
    sqrt => float_1(f64::sqrt, Check::Domain);
    cbrt => float_1(special::cbrt, Check::Domain);
    exp => float_1(f64::exp, Check::Overflow);
    exp2 => float_1(f64::exp2, Check::Overflow);
    expm1 => float_1(f64::exp_m1, Check::Overflow);
    log1p => float_1(f64::ln_1p, Check::Domain);
    fabs => float_1(f64::abs, Check::Plain);
    sin => float_1(f64::sin, Check::Domain);
    cos => float_1(f64::cos, Check::Domain);
    tan => float_1(f64::tan, Check::Domain);
    asin => float_1(f64::asin, Check::Domain);
    acos => float_1(f64::acos, Check::Domain);
    atan => float_1(f64::atan, Check::Domain);
    sinh => float_1(f64::sinh, Check::Overflow);
    cosh => float_1(f64::cosh, Check::Overflow);
    tanh => float_1(f64::tanh, Check::Domain);
    asinh => float_1(special::asinh, Check::Domain);
    acosh => float_1(special::acosh, Check::Domain);
    atanh => float_1(special::atanh, Check::Domain);
    erf => float_1(special::erf, Check::Domain);
    erfc => float_1(special::erfc, Check::Domain);
    ulp => float_1(special::ulp, Check::Plain);
    degrees => float_1(|x| x * (180.0 / std::f64::consts::PI), Check::Plain);
    radians => float_1(|x| x * (std::f64::consts::PI / 180.0), Check::Plain);
    gamma => float_1e(special::gamma);
    lgamma => float_1e(special::lgamma);
    isfinite => predicate(f64::is_finite);
    isinf => predicate(f64::is_infinite);
    isnan => predicate(f64::is_nan);
    copysign => float_2(f64::copysign);
    atan2 => float_2(f64::atan2);
    remainder => float_2(special::remainder);
    fmod => float_2(c_fmod);
    ceil => rounding("__ceil__", f64::ceil);
    floor => rounding("__floor__", f64::floor);
    log2 => log_1(f64::log2);
    log10 => log_1(f64::log10);
}

/// Create the `math` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "math");
    let functions: &[(&str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", integer::comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", sums::dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", integer::factorial),
        ("floor", floor),
        ("fma", fma),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", sums::fsum),
        ("gamma", gamma),
        ("gcd", integer::gcd),
        ("hypot", sums::hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", integer::isqrt),
        ("lcm", integer::lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", integer::perm),
        ("pow", pow),
        ("prod", sums::prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("sumprod", sums::sumprod),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
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
