//! Accurate sums and products: `fsum`, `hypot`, `dist`, `sumprod`, `prod`.

use super::special::{frexp, ldexp};
use super::{bind_args, fixed_args, no_keywords, real, Signature};
use ferropy_text::float_repr::bigint_to_float;
use ferropy_vm::object::Payload;
use ferropy_vm::objects::function::Args;
use ferropy_vm::objects::int;
use ferropy_vm::{PyErr, PyResult, Value, Vm};

/// `(a + b)` exactly, as the rounded sum and its rounding error (needs
/// `|a| >= |b|`).
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, (a - s) + b)
}

/// `(a + b)` exactly, as the rounded sum and its rounding error.
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `(a * b)` exactly, as the rounded product and its rounding error.
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

/// A float sum carried in triple precision (Ogita, Rump and Oishi).
#[derive(Clone, Copy, Default)]
struct Triple {
    hi: f64,
    lo: f64,
    tiny: f64,
}

impl Triple {
    /// `self + x * y`, keeping the rounding errors.
    fn add_product(self, x: f64, y: f64) -> Triple {
        let (p, pe) = two_prod(x, y);
        let (hi, e1) = two_sum(self.hi, p);
        let (lo, e2) = two_sum(self.lo, pe);
        let (lo, e3) = two_sum(lo, e1);
        Triple {
            hi,
            lo,
            tiny: self.tiny + e2 + e3,
        }
    }

    /// The sum rounded to a float.
    fn value(self) -> f64 {
        let (hi, lo) = two_sum(self.lo, self.hi);
        self.tiny + lo + hi
    }
}

/// Euclidean norm of `v` (absolute values, largest `max`), almost always
/// correctly rounded: power-of-two scaling, exact squares, compensated
/// summation and a first-order correction of the square root.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Subnormal maximum: move everything into the normal range first.
        v.iter_mut().for_each(|x| *x /= f64::MIN_POSITIVE);
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -i64::from(max_e));
    let mut acc = NormSum {
        sum: 1.0,
        frac_sq: 0.0,
        frac_sum: 0.0,
    };
    for &x in v.iter() {
        let x = x * scale;
        acc.add(two_prod(x, x));
    }
    let h = acc.value().sqrt();
    acc.add(two_prod(-h, h));
    (h + acc.value() / (2.0 * h)) / scale
}

/// Compensated sum of squares for `vector_norm`. It starts at 1.0, above
/// every scaled square, so the fast two-sum applies; `value` takes the 1.0
/// back out.
struct NormSum {
    sum: f64,
    frac_sq: f64,
    frac_sum: f64,
}

impl NormSum {
    /// Add an exact square given as (rounded, error).
    fn add(&mut self, (sq, sq_err): (f64, f64)) {
        let (s, e) = fast_two_sum(self.sum, sq);
        self.sum = s;
        self.frac_sq += sq_err;
        self.frac_sum += e;
    }

    /// The sum so far, without the initial 1.0.
    fn value(&self) -> f64 {
        self.sum - 1.0 + (self.frac_sq + self.frac_sum)
    }
}

/// Norm of the given coordinates (absolute values).
fn norm_of(mut coords: Vec<f64>) -> f64 {
    let max = coords
        .iter()
        .fold(0.0, |m: f64, &x| if x > m { x } else { m });
    let found_nan = coords.iter().any(|x| x.is_nan());
    vector_norm(&mut coords, max, found_nan)
}

/// `math.hypot(*coordinates)`.
pub fn hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_keywords(vm, args, "hypot")?;
    let coords = args
        .values
        .iter()
        .map(|v| real(vm, v).map(f64::abs))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Float(norm_of(coords)))
}

/// A point of `dist`: a tuple as it is, any other iterable collected.
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(items)) => Ok(items.to_vec()),
        _ => vm.collect_iterable(v),
    }
}

/// `math.dist(p, q)`: Euclidean distance between two points.
pub fn dist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "dist", 2)?;
    let p = point(vm, &a[0])?;
    let q = point(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (px, qx) in p.iter().zip(&q) {
        let px = real(vm, px)?;
        let qx = real(vm, qx)?;
        diffs.push((px - qx).abs());
    }
    Ok(Value::Float(norm_of(diffs)))
}

/// Exact running sum of floats as non-overlapping partials (Shewchuk),
/// with infinities and NaNs tracked apart.
#[derive(Default)]
struct Partials {
    parts: Vec<f64>,
    special: f64,
    infinities: f64,
}

impl Partials {
    /// Add `x`; `Err` on overflow of a finite intermediate sum.
    fn add(&mut self, x: f64) -> Result<(), ()> {
        let original = x;
        let mut x = x;
        let mut kept = 0;
        for j in 0..self.parts.len() {
            let mut y = self.parts[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.parts[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.parts.truncate(kept);
        if x == 0.0 {
            return Ok(());
        }
        if x.is_finite() {
            self.parts.push(x);
            return Ok(());
        }
        if original.is_finite() {
            return Err(());
        }
        if original.is_infinite() {
            self.infinities += original;
        }
        self.special += original;
        self.parts.clear();
        Ok(())
    }

    /// The correctly rounded total of the partials.
    fn total(&self) -> f64 {
        let p = &self.parts;
        let Some(&top) = p.last() else { return 0.0 };
        let (mut hi, mut lo) = (top, 0.0);
        let mut n = p.len() - 1;
        while n > 0 {
            n -= 1;
            let (x, y) = (hi, p[n]);
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across partials: if the next partial pushes the
        // same way as the error, a tie is not really a tie.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        hi
    }
}

/// `math.fsum(iterable)`: the correctly rounded sum of floats.
pub fn fsum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "fsum", 1)?;
    let it = vm.iter(&a[0])?;
    let mut sum = Partials::default();
    while let Some(item) = vm.next(&it)? {
        let x = real(vm, &item)?;
        if sum.add(x).is_err() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
    }
    if sum.special != 0.0 {
        if sum.infinities.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(sum.special));
    }
    Ok(Value::Float(sum.total()))
}

/// A Python binary operator, applied through the operands' dunders.
#[derive(Clone, Copy)]
enum Op {
    Add,
    Mul,
}

/// `a + b` or `a * b` with Python semantics: machine fast paths, then
/// `__op__`/`__rop__` dispatch and CPython's TypeError.
fn arith(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    match (op, a, b) {
        (Op::Mul, Value::Int(x), Value::Int(y)) => {
            if let Some(r) = x.checked_mul(*y) {
                return Ok(Value::Int(r));
            }
        }
        (Op::Add, Value::Int(x), Value::Int(y)) => {
            if let Some(r) = x.checked_add(*y) {
                return Ok(Value::Int(r));
            }
        }
        (Op::Mul, Value::FloatBits(x), Value::FloatBits(y)) => {
            return Ok(Value::Float(f64::from_bits(*x) * f64::from_bits(*y)))
        }
        (Op::Add, Value::FloatBits(x), Value::FloatBits(y)) => {
            return Ok(Value::Float(f64::from_bits(*x) + f64::from_bits(*y)))
        }
        _ => {}
    }
    let (name, rname, symbol) = match op {
        Op::Add => ("__add__", "__radd__", "+"),
        Op::Mul => ("__mul__", "__rmul__", "*"),
    };
    if let Some(r) = vm.binary_dispatch(a, b, name, rname)? {
        return Ok(r);
    }
    Err(arith_type_error(vm, a, b, op, symbol))
}

/// Whether `v` is a str, bytes, list or tuple.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Str(..) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
    )
}

/// CPython's TypeError for an unsupported `a <op> b`.
fn arith_type_error(vm: &Vm, a: &Value, b: &Value, op: Op, symbol: &str) -> PyErr {
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    let msg = match op {
        Op::Add if is_sequence(a) => match a.payload() {
            Some(Payload::Str(..)) => format!("can only concatenate str (not \"{tb}\") to str"),
            Some(Payload::Bytes(_)) => format!("can't concat {tb} to bytes"),
            _ => format!("can only concatenate {ta} (not \"{tb}\") to {ta}"),
        },
        Op::Mul if is_sequence(a) => format!("can't multiply sequence by non-int of type '{tb}'"),
        Op::Mul if is_sequence(b) => format!("can't multiply sequence by non-int of type '{ta}'"),
        _ => format!("unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'"),
    };
    vm.type_error(msg)
}

/// `prod(iterable, /, *, start=1)`.
const PROD: Signature = Signature {
    name: "prod",
    params: &["iterable", "start"],
    posonly: 1,
    maxpos: 1,
    required: 1,
};

/// `math.prod(iterable, /, *, start=1)`.
pub fn prod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_args(vm, args, &PROD)?;
    let it = vm.iter(a[0].as_ref().unwrap())?;
    let mut acc = a[1].clone().unwrap_or(Value::Int(1));
    while let Some(item) = vm.next(&it)? {
        acc = match (&acc, &item) {
            (Value::FloatBits(x), Value::Int(y)) => Value::Float(f64::from_bits(*x) * *y as f64),
            _ => arith(vm, &acc, &item, Op::Mul)?,
        };
    }
    Ok(acc)
}

/// Whether `v` is exactly an `int` or `bool` (no subclass).
fn int_or_bool(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::False | Value::True => true,
        Value::Obj(o) => o.class_is(&vm.types.int),
        _ => false,
    }
}

/// The pair as floats if sumprod's float path takes it: two floats, or a
/// float with an int or bool that converts.
fn float_pair(vm: &Vm, p: &Value, q: &Value) -> Option<(f64, f64)> {
    let as_float = |v: &Value| -> Option<f64> {
        match v {
            Value::Int(i) => Some(*i as f64),
            Value::False => Some(0.0),
            Value::True => Some(1.0),
            _ => bigint_to_float(&int::to_bigint(v)?),
        }
    };
    match (p, q) {
        (Value::FloatBits(x), Value::FloatBits(y)) => {
            Some((f64::from_bits(*x), f64::from_bits(*y)))
        }
        (Value::FloatBits(x), v) if int_or_bool(vm, v) => Some((f64::from_bits(*x), as_float(v)?)),
        (v, Value::FloatBits(y)) if int_or_bool(vm, v) => Some((as_float(v)?, f64::from_bits(*y))),
        _ => None,
    }
}

/// Running state of `sumprod`: an exact machine-int total and a
/// triple-precision float total, each used until the first item it cannot
/// take, then folded into the generic `total`.
struct SumProd {
    total: Value,
    /// `None` once closed; `Some(None)` while open and unused.
    ints: Option<Option<i64>>,
    /// `None` once closed; `Some(None)` while open and unused.
    floats: Option<Option<Triple>>,
}

impl SumProd {
    /// Try the int path with the pair; `false` when it is (now) closed.
    fn take_int(&mut self, vm: &mut Vm, pair: Option<(&Value, &Value)>) -> PyResult<bool> {
        let Some(acc) = self.ints else {
            return Ok(false);
        };
        if let Some((Value::Int(p), Value::Int(q))) = pair {
            if let Some(t) = p
                .checked_mul(*q)
                .and_then(|m| m.checked_add(acc.unwrap_or(0)))
            {
                self.ints = Some(Some(t));
                return Ok(true);
            }
        }
        self.ints = None;
        if let Some(t) = acc {
            self.total = arith(vm, &self.total, &Value::Int(t), Op::Add)?;
        }
        Ok(false)
    }

    /// Try the float path with the pair; `false` when it is (now) closed.
    fn take_float(&mut self, vm: &mut Vm, pair: Option<(&Value, &Value)>) -> PyResult<bool> {
        let Some(acc) = self.floats else {
            return Ok(false);
        };
        if let Some((x, y)) = pair.and_then(|(p, q)| float_pair(vm, p, q)) {
            let t = acc.unwrap_or_default().add_product(x, y);
            if t.hi.is_finite() {
                self.floats = Some(Some(t));
                return Ok(true);
            }
        }
        self.floats = None;
        if let Some(t) = acc {
            self.total = arith(vm, &self.total, &Value::Float(t.value()), Op::Add)?;
        }
        Ok(false)
    }
}

/// `math.sumprod(p, q)`: sum of products, with extended precision for floats.
pub fn sumprod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "sumprod", 2)?;
    let p_it = vm.iter(&a[0])?;
    let q_it = vm.iter(&a[1])?;
    let mut state = SumProd {
        total: Value::Int(0),
        ints: Some(None),
        floats: Some(None),
    };
    loop {
        let p = vm.next(&p_it)?;
        let q = vm.next(&q_it)?;
        if p.is_some() != q.is_some() {
            return Err(vm.value_error("Inputs are not the same length"));
        }
        let pair = p.as_ref().zip(q.as_ref());
        if state.take_int(vm, pair)? || state.take_float(vm, pair)? {
            continue;
        }
        let Some((p, q)) = pair else {
            return Ok(state.total);
        };
        let term = arith(vm, p, q, Op::Mul)?;
        state.total = arith(vm, &state.total, &term, Op::Add)?;
    }
}
