//! `range`: construction, the arithmetic behind `len`, indexing, slicing,
//! `in`, `index`, `count`, `==` and `hash`, and the range iterators.
//!
//! A range whose start, stop and step all fit in an `i64` is
//! `RangeData::Small`; any other is `RangeData::Big`, a boxed
//! `Bounds<BigInt>` (CPython keeps all three as Python ints). The
//! arithmetic is written once, generic over `RangeInt`, and runs on `i128`
//! for small ranges and on `BigInt` for big ones. `i128` is wide enough that
//! nothing overflows: a small range has fewer than 2**64 items, so every
//! index, item and product of steps stays far below 2**127.
//!
//! Iteration makes CPython's choice: a `range_iterator` (the `i64`
//! `IterState::Range` that the fast path runs) when the items, the length
//! and the step fit in 64 bits, else a `longrange_iterator` over `BigInt`s.

use crate::error::PyResult;
use crate::object::{Obj, Payload, RangeData};
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::iterators::{IterKind, IterState};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_text::format_spec::IntValue;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// The bounds of a range whose start, stop or step is beyond 64 bits.
pub type BigRange = Bounds<BigInt>;

/// An integer type the range arithmetic runs on: `i128` or `BigInt`.
pub trait RangeInt: Integer + Signed + Clone + From<i64> + ToPrimitive + Into<BigInt> {
    /// `v` in this type. `i128` saturates: a saturated value lies outside
    /// every small range and beyond its length, so every use here treats it
    /// as it would treat the true value (slice steps are never saturated).
    fn from_int(v: IntValue<'_>) -> Self;

    /// `(a / b, a % b)` for `a >= 0` and `b > 0`.
    fn div_rem_nonneg(a: Self, b: Self) -> (Self, Self);
}

impl RangeInt for i128 {
    fn from_int(v: IntValue<'_>) -> i128 {
        match v {
            IntValue::Small(i) => i.into(),
            IntValue::Big(b) => b.to_i128().unwrap_or(if b.is_negative() {
                i128::MIN
            } else {
                i128::MAX
            }),
        }
    }

    fn div_rem_nonneg(a: i128, b: i128) -> (i128, i128) {
        // The divisions of a small range have operands below 2**64: a
        // 64-bit division is several times cheaper than a 128-bit one.
        match (u64::try_from(a), u64::try_from(b)) {
            (Ok(a), Ok(b)) => ((a / b).into(), (a % b).into()),
            _ => (a / b, a % b),
        }
    }
}

impl RangeInt for BigInt {
    fn from_int(v: IntValue<'_>) -> BigInt {
        match v {
            IntValue::Small(i) => i.into(),
            IntValue::Big(b) => b.clone(),
        }
    }

    fn div_rem_nonneg(a: BigInt, b: BigInt) -> (BigInt, BigInt) {
        a.div_rem(&b)
    }
}

/// The value of `v`, an int (as `vm.index` returns), in type `T`.
fn int_of<T: RangeInt>(v: &Value) -> T {
    int::int_value(v).map_or_else(T::zero, T::from_int)
}

/// `x` as a Python int.
#[inline(always)]
fn to_value<T: RangeInt>(vm: &Vm, x: T) -> Value {
    match x.to_i64() {
        Some(i) => Value::Int(i),
        None => big_value(vm, x.into()),
    }
}

/// `x`, beyond 64 bits, as a Python int (kept out of line: rare).
#[cold]
#[inline(never)]
fn big_value(vm: &Vm, x: BigInt) -> Value {
    int::from_bigint(vm, x)
}

/// A range's start, stop and step (never zero), in one integer type.
#[derive(Clone, Debug)]
pub struct Bounds<T> {
    start: T,
    stop: T,
    step: T,
}

impl<T: RangeInt> Bounds<T> {
    /// The bounds of `range(start, stop, step)`; `step` is not zero.
    fn new(start: T, stop: T, step: T) -> Self {
        Bounds { start, stop, step }
    }

    /// Whether the range has no items.
    fn is_empty(&self) -> bool {
        if self.step.is_positive() {
            self.start >= self.stop
        } else {
            self.start <= self.stop
        }
    }

    /// The number of items.
    fn len(&self) -> T {
        if self.is_empty() {
            return T::zero();
        }
        let span = (self.stop.clone() - self.start.clone()).abs() - T::one();
        T::div_rem_nonneg(span, self.step.abs()).0 + T::one()
    }

    /// The `i`-th item (no bounds check).
    fn item(&self, i: &T) -> T {
        self.start.clone() + i.clone() * self.step.clone()
    }

    /// `self[i]`, counting a negative `i` from the end; `None` out of range.
    fn at(&self, i: T) -> Option<T> {
        let len = self.len();
        let i = if i.is_negative() { i + len.clone() } else { i };
        (!i.is_negative() && i < len).then(|| self.item(&i))
    }

    /// The position of `x` among the items, if it is one.
    fn position(&self, x: &T) -> Option<T> {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        if !inside {
            return None;
        }
        let offset = x.clone() - self.start.clone();
        let (q, r) = T::div_rem_nonneg(offset.abs(), self.step.abs());
        r.is_zero().then_some(q)
    }

    /// Whether `x` is one of the items.
    fn has(&self, x: &T) -> bool {
        self.position(x).is_some()
    }

    /// `self[start:stop:step]` for a slice whose `step` (not zero) is
    /// resolved; `start` and `stop` are the slice's, clamped here as
    /// `slice.indices` clamps them, with no limit on their size.
    fn slice(&self, vm: &mut Vm, step: T, start: &Value, stop: &Value) -> PyResult<Self> {
        let len = self.len();
        let (lower, upper) = if step.is_negative() {
            (-T::one(), len.clone() - T::one())
        } else {
            (T::zero(), len.clone())
        };
        let clamp = |i: T| {
            if i.is_negative() {
                (i + len.clone()).max(lower.clone())
            } else {
                i.min(upper.clone())
            }
        };
        let (first, end) = if step.is_negative() {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        let start = slice_index(vm, start)?.map_or(first, |i| clamp(int_of(&i)));
        let stop = slice_index(vm, stop)?.map_or(end, |i| clamp(int_of(&i)));
        Ok(Bounds::new(
            self.item(&start),
            self.item(&stop),
            self.step.clone() * step,
        ))
    }

    /// Whether both hold the same items (CPython's range equality: the
    /// same length, and the same start and step where they matter).
    fn same_items(&self, other: &Self) -> bool {
        let len = self.len();
        len == other.len()
            && (len.is_zero()
                || (self.start == other.start && (len.is_one() || self.step == other.step)))
    }

    /// The same bounds as `BigInt`s.
    fn into_big(self) -> BigRange {
        Bounds {
            start: self.start.into(),
            stop: self.stop.into(),
            step: self.step.into(),
        }
    }
}

impl Bounds<i128> {
    /// The bounds of a small range, widened.
    fn small(start: i64, stop: i64, step: i64) -> Self {
        Bounds::new(start.into(), stop.into(), step.into())
    }
}

/// Evaluates `$body` with `$b` bound to the bounds of range `$r`:
/// `&Bounds<i128>` for a small range, `&Bounds<BigInt>` for a big one (the
/// same code instantiated at both types, as a generic closure would be).
macro_rules! on_bounds {
    ($r:expr, |$b:ident| $body:expr) => {
        match $r {
            RangeData::Small { start, stop, step } => {
                let $b = &Bounds::small(*start, *stop, *step);
                $body
            }
            RangeData::Big(big) => {
                let $b: &BigRange = big;
                $body
            }
        }
    };
}

impl RangeData {
    /// The range with these bounds: small when start, stop and step all fit
    /// in an `i64`.
    fn from_bounds<T: RangeInt>(b: Bounds<T>) -> RangeData {
        match (b.start.to_i64(), b.stop.to_i64(), b.step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => RangeData::Small { start, stop, step },
            _ => RangeData::Big(Box::new(b.into_big())),
        }
    }

    /// The bounds of a small range, widened to `i128`; `None` for a big one.
    fn wide(&self) -> Option<Bounds<i128>> {
        match *self {
            RangeData::Small { start, stop, step } => Some(Bounds::small(start, stop, step)),
            RangeData::Big(_) => None,
        }
    }

    /// The bounds as `BigInt`s (borrowed for a big range).
    fn to_big(&self) -> Cow<'_, BigRange> {
        match self {
            RangeData::Small { start, stop, step } => {
                Cow::Owned(Bounds::small(*start, *stop, *step).into_big())
            }
            RangeData::Big(b) => Cow::Borrowed(b),
        }
    }

    /// The number of items, if it fits in an `i64` (`len()` raises
    /// `OverflowError` otherwise; see `len`).
    pub fn len_i64(&self) -> Option<i64> {
        on_bounds!(self, |b| b.len().to_i64())
    }

    /// Whether the range has no items.
    pub fn is_empty(&self) -> bool {
        on_bounds!(self, |b| b.is_empty())
    }

    /// `start`, `stop` and `step` as Python ints.
    pub fn parts(&self, vm: &Vm) -> [Value; 3] {
        match self {
            RangeData::Small { start, stop, step } => {
                [Value::Int(*start), Value::Int(*stop), Value::Int(*step)]
            }
            RangeData::Big(b) => {
                [&b.start, &b.stop, &b.step].map(|x| int::from_bigint(vm, x.clone()))
            }
        }
    }
}

/// A new range object.
pub fn new_range(vm: &Vm, r: RangeData) -> Value {
    Value::Obj(Obj::new(vm.types.range.clone(), Payload::Range(r)))
}

/// `len(r)`: `OverflowError` beyond `sys.maxsize`, as in CPython.
pub fn len(vm: &Vm, r: &RangeData) -> PyResult<i64> {
    r.len_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// A slice bound or step: `None`, or an int from `__index__`.
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if v.is_none() {
        return Ok(None);
    }
    if !int::is_int(v) && vm.lookup_special(v, "__index__").is_none() {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    vm.index(v).map(Some)
}

/// `r[start:stop:step]`.
fn slice(
    vm: &mut Vm,
    r: &RangeData,
    start: &Value,
    stop: &Value,
    step: &Value,
) -> PyResult<RangeData> {
    let step = slice_index(vm, step)?.unwrap_or(Value::Int(1));
    let small_step = int::to_i64(&step);
    if small_step == Some(0) {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let sliced = match (r.wide(), small_step) {
        (Some(w), Some(s)) => RangeData::from_bounds(w.slice(vm, s.into(), start, stop)?),
        _ => RangeData::from_bounds(r.to_big().slice(vm, int_of(&step), start, stop)?),
    };
    Ok(sliced)
}

/// `r[key]`: an item for an int (or `__index__`) key, a range for a slice.
pub fn getitem(vm: &mut Vm, r: &RangeData, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(start, stop, step)) = key.payload() {
        let sliced = slice(vm, r, start, stop, step)?;
        return Ok(new_range(vm, sliced));
    }
    if !int::is_int(key) && vm.lookup_special(key, "__index__").is_none() {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = vm.index(key)?;
    let item = on_bounds!(r, |b| b.at(int_of(&i)).map(|x| to_value(vm, x)));
    item.ok_or_else(|| vm.index_error("range object index out of range"))
}

/// Whether `x` is an exact `int` or a `bool`: those are looked up by
/// arithmetic; anything else is compared with each item, as in CPython.
fn is_exact_int(vm: &Vm, x: &Value) -> bool {
    matches!(x, Value::True | Value::False) || int::is_exact_int(vm, x)
}

/// What comparing each item of a range with a value found.
struct Found {
    count: i64,
    first: Option<i64>,
}

/// Compare `x` with each item of `range` in turn (stopping at the first
/// equal one when `first_only`), as CPython does for values that are not
/// exact ints. Out of line, to keep it from weighing on the int paths.
#[inline(never)]
fn search(vm: &mut Vm, range: &Value, x: &Value, first_only: bool) -> PyResult<Found> {
    let it = vm.iter(range)?;
    let mut found = Found {
        count: 0,
        first: None,
    };
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if item.is(x) || vm.eq(&item, x)? {
            found.first.get_or_insert(i);
            found.count += 1;
            if first_only {
                break;
            }
        }
        i += 1;
    }
    Ok(found)
}

/// `x in range` (`r` is `range`'s payload).
pub fn contains(vm: &mut Vm, range: &Value, r: &RangeData, x: &Value) -> PyResult<bool> {
    // The common case first, in a small function: an int in a small range.
    if let (RangeData::Small { start, stop, step }, Value::Int(i)) = (r, x) {
        return Ok(Bounds::small(*start, *stop, *step).has(&(*i).into()));
    }
    contains_any(vm, range, r, x)
}

/// `x in range` for any range and value.
#[inline(never)]
fn contains_any(vm: &mut Vm, range: &Value, r: &RangeData, x: &Value) -> PyResult<bool> {
    if is_exact_int(vm, x) {
        return Ok(on_bounds!(r, |b| b.has(&int_of(x))));
    }
    Ok(search(vm, range, x, true)?.first.is_some())
}

/// `range == other` for two ranges: the same items.
pub fn eq(x: &RangeData, y: &RangeData) -> bool {
    match (x.wide(), y.wide()) {
        (Some(a), Some(b)) => a.same_items(&b),
        _ => x.to_big().same_items(&y.to_big()),
    }
}

/// `hash(r)`: CPython hashes `(len, start, step)`, with `None` for what
/// equality ignores (start and step when empty, step for one item).
pub fn hash(vm: &mut Vm, r: &RangeData) -> PyResult<i64> {
    let [start, _, step] = r.parts(vm);
    let (empty, single, len) = on_bounds!(r, |b| {
        let len = b.len();
        (len.is_zero(), len.is_one(), to_value(vm, len))
    });
    let key = match (empty, single) {
        (true, _) => vec![len, Value::None, Value::None],
        (false, true) => vec![len, start, Value::None],
        (false, false) => vec![len, start, step],
    };
    let key = vm.new_tuple(key);
    vm.hash(&key)
}

/// `repr(r)`: `range(start, stop)`, with the step when it is not 1.
pub fn repr(vm: &Vm, r: &RangeData) -> PyResult<String> {
    let [start, stop, step] = r.parts(vm);
    let (start, stop) = (int::int_to_str(vm, &start)?, int::int_to_str(vm, &stop)?);
    Ok(if matches!(step, Value::Int(1)) {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {})", int::int_to_str(vm, &step)?)
    })
}

/// The state of a `longrange_iterator`: a range iterator whose items or
/// length do not fit in 64 bits.
pub struct LongRangeIter {
    next: BigInt,
    step: BigInt,
    remaining: BigInt,
}

impl LongRangeIter {
    /// The next item, or `None` when exhausted.
    pub fn next(&mut self, vm: &Vm) -> Option<Value> {
        if !self.remaining.is_positive() {
            return None;
        }
        self.remaining -= 1;
        let item = self.next.clone();
        self.next += &self.step;
        Some(int::from_bigint(vm, item))
    }

    /// How many items are left (`__length_hint__`).
    pub fn remaining(&self, vm: &Vm) -> Value {
        int::from_bigint(vm, self.remaining.clone())
    }
}

/// A `longrange_iterator` state yielding `len` items from `first` by `step`.
fn long_iter(first: BigInt, step: BigInt, len: BigInt) -> (IterKind, IterState) {
    let it = LongRangeIter {
        next: first,
        step,
        remaining: len,
    };
    (IterKind::LongRange, IterState::LongRange(Box::new(it)))
}

/// `iter(r)`: a `range_iterator` when the length and the step past the last
/// item fit in an `i64` (CPython's test), else a `longrange_iterator`.
pub fn iter_state(r: &RangeData) -> (IterKind, IterState) {
    if let (RangeData::Small { start, step, .. }, Some(w)) = (r, r.wide()) {
        let past_end = w.stop + w.step - w.step.signum();
        let end_fits = w.is_empty() || i64::try_from(past_end).is_ok();
        if let (Ok(remaining), true) = (i64::try_from(w.len()), end_fits) {
            let state = IterState::Range {
                next: *start,
                step: *step,
                remaining,
            };
            return (IterKind::Range, state);
        }
    }
    let b = r.to_big();
    long_iter(b.start.clone(), b.step.clone(), b.len())
}

/// `reversed(r)`: a `range_iterator` when the step, its negation, the item
/// one step before the start and the length fit in an `i64` (CPython's
/// test), else a `longrange_iterator`.
pub fn reversed_state(r: &RangeData) -> (IterKind, IterState) {
    if let Some(w) = r.wide() {
        let len = w.len();
        let fits = (
            i64::try_from(-w.step),
            i64::try_from(w.start - w.step),
            i64::try_from(len),
        );
        if let (Ok(step), Ok(_), Ok(remaining)) = fits {
            if let Ok(next) = i64::try_from(w.item(&(len - 1))) {
                let state = IterState::Range {
                    next,
                    step,
                    remaining,
                };
                return (IterKind::Range, state);
            }
        }
    }
    let b = r.to_big();
    let len = b.len();
    long_iter(b.item(&(&len - BigInt::one())), -&b.step, len)
}

/// `range(stop)`, `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match args.pos().get(1..).unwrap_or_default() {
        [stop] => (Value::Int(0), vm.index(stop)?, Value::Int(1)),
        [start, stop] => (vm.index(start)?, vm.index(stop)?, Value::Int(1)),
        [start, stop, step] => (vm.index(start)?, vm.index(stop)?, vm.index(step)?),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        more => {
            let n = more.len();
            return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}")));
        }
    };
    let r = match (int::to_i64(&start), int::to_i64(&stop), int::to_i64(&step)) {
        (_, _, Some(0)) => return Err(vm.value_error("range() arg 3 must not be zero")),
        (Some(start), Some(stop), Some(step)) => RangeData::Small { start, stop, step },
        _ => {
            let big = |v: &Value| int_of::<BigInt>(v);
            RangeData::from_bounds(Bounds::new(big(&start), big(&stop), big(&step)))
        }
    };
    Ok(new_range(vm, r))
}

/// The range a `range` method was called on, or CPython's `TypeError`.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a RangeData)> {
    let Some(v) = args.values.first() else {
        return Err(vm.type_error(format!("unbound method range.{name}() needs an argument")));
    };
    match v.payload() {
        Some(Payload::Range(r)) => Ok((v, r)),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// The range and the single argument of `range.index(x)` / `range.count(x)`.
fn this_and_arg<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, &'a RangeData, &'a Value)> {
    let (v, r) = this(vm, args, name)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("range.{name}() takes no keyword arguments")));
    }
    match &args.values[1..] {
        [x] => Ok((v, r, x)),
        rest => Err(vm.type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// `range.index(x)`.
fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (range, r, x) = this_and_arg(vm, args, "index")?;
    if is_exact_int(vm, x) {
        if let Some(i) = on_bounds!(r, |b| b.position(&int_of(x)).map(|i| to_value(vm, i))) {
            return Ok(i);
        }
        let s = vm.repr(x)?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    match search(vm, range, x, true)?.first {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// `range.count(x)`.
fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (range, r, x) = this_and_arg(vm, args, "count")?;
    if is_exact_int(vm, x) {
        return Ok(Value::Int(on_bounds!(r, |b| b.has(&int_of(x))) as i64));
    }
    Ok(Value::Int(search(vm, range, x, false)?.count))
}

/// `range.__len__()`.
fn range_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this(vm, args, "__len__")?;
    len(vm, r).map(Value::Int)
}

/// `range.__bool__()`.
fn range_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this(vm, args, "__bool__")?;
    Ok(Value::Bool(!r.is_empty()))
}

/// `range.__reversed__()`.
fn range_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this(vm, args, "__reversed__")?;
    Ok(reversed_iter(vm, r))
}

/// `reversed(r)` as an iterator object.
pub fn reversed_iter(vm: &Vm, r: &RangeData) -> Value {
    let (kind, state) = reversed_state(r);
    crate::objects::iterators::new_iter(crate::objects::iterators::iter_class(vm, kind), state)
}

/// Register range methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.range.clone();
    crate::objects::add_method(vm, &t, "__new__", range_new);
    crate::objects::mark_static(vm, &t, "__new__");
    crate::objects::add_method(vm, &t, "index", range_index);
    crate::objects::add_method(vm, &t, "count", range_count);
    crate::objects::add_method(vm, &t, "__len__", range_len);
    crate::objects::add_method(vm, &t, "__bool__", range_bool);
    crate::objects::add_method(vm, &t, "__reversed__", range_reversed);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `b`'s bounds and length as `BigInt`s, to compare the two
    /// instantiations.
    fn fields<T: RangeInt>(b: &Bounds<T>) -> [BigInt; 4] {
        [b.start.clone(), b.stop.clone(), b.step.clone(), b.len()].map(Into::into)
    }

    #[test]
    fn i128_and_bigint_agree() {
        let edges = [
            i64::MIN,
            i64::MIN + 1,
            -7,
            -1,
            0,
            1,
            3,
            i64::MAX - 1,
            i64::MAX,
        ];
        let steps = [i64::MIN, -3, -1, 1, 2, i64::MAX];
        for &start in &edges {
            for &stop in &edges {
                for &step in &steps {
                    let w = Bounds::<i128>::new(start.into(), stop.into(), step.into());
                    let b = Bounds::<BigInt>::new(start.into(), stop.into(), step.into());
                    assert_eq!(fields(&w), fields(&b));
                    for &x in &edges {
                        let (xw, xb) = (i128::from(x), BigInt::from(x));
                        assert_eq!(w.has(&xw), b.has(&xb));
                        assert_eq!(w.position(&xw).map(BigInt::from), b.position(&xb));
                        assert_eq!(w.at(xw).map(BigInt::from), b.at(xb));
                    }
                    assert_eq!(w.same_items(&w), b.same_items(&b));
                }
            }
        }
    }

    #[test]
    fn saturated_ints_stay_outside() {
        let huge = BigInt::from(1) << 200u32;
        let w = Bounds::<i128>::new(i64::MIN.into(), i64::MAX.into(), 1);
        let above = i128::from_int(IntValue::Big(&huge));
        let below = i128::from_int(IntValue::Big(&-&huge));
        assert!(!w.has(&above) && !w.has(&below));
        assert_eq!(w.at(above), None);
        assert_eq!(w.at(below), None);
    }

    #[test]
    fn ordinary_ranges_get_the_fast_iterator() {
        let kind = |start, stop, step| iter_state(&RangeData::Small { start, stop, step }).0;
        assert_eq!(kind(0, 3_000_000, 1), IterKind::Range);
        assert_eq!(kind(10, -10, -3), IterKind::Range);
        assert_eq!(kind(0, i64::MAX - 1, 2), IterKind::Range);
        assert_eq!(kind(0, i64::MAX, 2), IterKind::LongRange);
        assert_eq!(kind(i64::MIN, i64::MAX, 1), IterKind::LongRange);
        let back = |start, stop, step| reversed_state(&RangeData::Small { start, stop, step }).0;
        assert_eq!(back(0, 10, 1), IterKind::Range);
        assert_eq!(back(5, 0, i64::MIN), IterKind::LongRange);
        assert_eq!(back(i64::MIN, 0, 1), IterKind::LongRange);
    }

    #[test]
    fn range_data_stays_small() {
        assert!(std::mem::size_of::<RangeData>() <= 32);
    }
}
