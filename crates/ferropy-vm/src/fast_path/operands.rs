//! Operations and checks on values that the fast path makes without the
//! `Vm`: small-int and float arithmetic, truth, subscripts and iteration
//! of builtin containers. Each gives up (`None`/`Err`) where Python code
//! could run or an error must be raised.

use crate::object::Payload;
use crate::objects::iterators::IterState;
use crate::objects::{dict, int};
use crate::ops::cmp_ord;
use crate::value::Value;
use crate::vm::BuiltinTypes;
use ferropy_compiler::bytecode::{BinOp, CmpOp};

/// The cached hash of an interned name (`str`).
#[inline]
pub(super) fn name_hash(name: &Value) -> i64 {
    crate::objects::str::pystr(name)
        .map(|p| p.hash())
        .unwrap_or(0)
}

/// `int::small_binop` with the commonest operators inline.
#[inline(always)]
pub(super) fn int_binop(op: BinOp, a: i64, b: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::And => Some(a & b),
        _ => return int::small_binop(op, a, b),
    };
    r.map(Value::Int)
}

/// `a <op> b` for two ints or two floats.
#[inline]
pub(super) fn number_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(a), Value::Int(b)) => Some(cmp_ord(op, a.cmp(b))),
        (Value::FloatBits(a), Value::FloatBits(b)) => {
            Some(float_cmp(op, f64::from_bits(*a), f64::from_bits(*b)))
        }
        _ => None,
    }
}

#[inline]
fn float_cmp(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

#[inline]
pub(super) fn float_op(op: BinOp, a: f64, b: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv if b != 0.0 => a / b,
        _ => return None,
    }))
}

/// `a <op> b` for what `int_binop` and `float_op` leave out: an int with a
/// float (the int converts to float, as in Python), the power of a
/// positive float base with a finite result, and `str + str` when `concat`
/// gives the types to make the new str with. `None` for anything else
/// (complex results and overflow errors included).
#[inline(never)]
pub(super) fn other_binop(
    op: BinOp,
    a: &Value,
    b: &Value,
    concat: Option<&BuiltinTypes>,
) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Obj(_), Value::Obj(_)) if op == BinOp::Add => return str_concat(a, b, concat?),
        (Value::Int(i), Value::FloatBits(f)) => (*i as f64, f64::from_bits(*f)),
        (Value::FloatBits(f), Value::Int(i)) => (f64::from_bits(*f), *i as f64),
        (Value::FloatBits(f), Value::FloatBits(g)) => (f64::from_bits(*f), f64::from_bits(*g)),
        _ => return None,
    };
    match op {
        BinOp::Pow if x > 0.0 => {
            let r = x.powf(y);
            r.is_finite().then(|| Value::Float(r))
        }
        BinOp::Pow => None,
        _ => float_op(op, x, y),
    }
}

/// `a + b` for two `str`s themselves (subclasses may define `__add__`).
fn str_concat(a: &Value, b: &Value, types: &BuiltinTypes) -> Option<Value> {
    let (Payload::Str(x), Payload::Str(y)) = (exact_builtin(a)?, exact_builtin(b)?) else {
        return None;
    };
    let mut text = compact_str::CompactString::with_capacity(x.as_str().len() + y.as_str().len());
    text.push_str(x.as_str());
    text.push_str(y.as_str());
    let s = crate::objects::str::PyStr::new(text);
    Some(Value::Obj(crate::object::Obj::new(
        types.str_.clone(),
        Payload::Str(s),
    )))
}

/// The truth of a non-bool `v` when no Python code decides it: None,
/// numbers, and `str`/`list`/`tuple`/`dict` themselves (not subclasses).
#[inline(never)]
pub(super) fn quick_truth(v: &Value) -> Option<bool> {
    match v {
        Value::True => Some(true),
        Value::False | Value::None => Some(false),
        Value::Int(i) => Some(*i != 0),
        Value::FloatBits(bits) => Some(f64::from_bits(*bits) != 0.0),
        _ => match exact_builtin(v)? {
            Payload::Str(s) => Some(!s.as_str().is_empty()),
            Payload::List(l) => Some(!l.borrow().is_empty()),
            Payload::Tuple(t) => Some(!t.is_empty()),
            Payload::Dict(d) => Some(!d.borrow().is_empty()),
            _ => None,
        },
    }
}

/// The items of a list or tuple itself with exactly `n` items, for
/// unpacking; `None` when the general path must decide.
#[inline]
pub(super) fn exact_sequence_items(seq: &Value, n: usize) -> Option<Vec<Value>> {
    match exact_builtin(seq)? {
        Payload::Tuple(t) if t.len() == n => Some(t.to_vec()),
        Payload::List(l) if l.borrow().len() == n => Some(l.borrow().clone()),
        _ => None,
    }
}

/// The payload of `v` if it is an instance of a builtin type itself (not
/// of a subclass, which may override `__getitem__`).
#[inline]
fn exact_builtin(v: &Value) -> Option<&Payload> {
    let o = v.as_obj()?;
    (!o.class_is_heap()).then_some(&o.payload)
}

/// `container[key]` for a list or tuple with an int index in range, or a
/// dict with a key present that hashes and compares without Python code
/// (`ops::quick_hash`); `None` when the slow path must decide.
#[inline]
pub(super) fn builtin_item(container: &Value, key: &Value) -> Option<Value> {
    match (exact_builtin(container)?, key) {
        (Payload::List(l), Value::Int(i)) => {
            let l = l.borrow();
            Some(l[in_range(*i, l.len())?].clone())
        }
        (Payload::Tuple(t), Value::Int(i)) => Some(t[in_range(*i, t.len())?].clone()),
        (Payload::Dict(_), _) => {
            let hash = crate::ops::quick_hash(key)?;
            dict::get_quick(container.as_obj()?, key, hash)?
        }
        _ => None,
    }
}

/// `ContainsOp(negate)` on `[item, container]` for a dict, set or
/// frozenset itself and an item that hashes and compares without Python
/// code: replaces the pair with the result. False, with the stack
/// untouched, when the slow path must decide.
#[inline(never)]
pub(super) fn quick_contains(stack: &mut Vec<Value>, negate: bool) -> bool {
    let n = stack.len();
    let (item, container) = (&stack[n - 2], &stack[n - 1]);
    let found = match (exact_builtin(container), crate::ops::quick_hash(item)) {
        (Some(Payload::Dict(_)), Some(hash)) => container
            .as_obj()
            .and_then(|d| dict::contains_quick(d, item, hash)),
        (Some(Payload::Set(_)), Some(hash)) => {
            crate::objects::set::contains_quick(container, item, hash)
        }
        _ => None,
    };
    let Some(found) = found else {
        return false;
    };
    stack.truncate(n - 2);
    stack.push(Value::Bool(found != negate));
    true
}

/// `CheckExcMatch` with a class `t` deriving from `BaseException`: whether
/// the exception `exc` is an instance of it. `None` when the slow path
/// must decide (a tuple of classes; anything else, which raises).
#[inline(never)]
pub(super) fn quick_exc_match(exc: &Value, t: &Value) -> Option<bool> {
    let t = t.as_obj()?;
    let Payload::Type(td) = &t.payload else {
        return None;
    };
    if td.layout != crate::types::Layout::Exception {
        return None;
    }
    Some(crate::types::is_subtype(&exc.as_obj()?.class(), t))
}

/// `container[key] = value` for a list with an int index in range or a
/// dict with a key like `builtin_item`'s; gives the value back when the
/// slow path must decide.
#[inline]
pub(super) fn set_builtin_item(container: &Value, key: &Value, value: Value) -> Result<(), Value> {
    match (exact_builtin(container), key) {
        (Some(Payload::List(l)), Value::Int(i)) => {
            let Some(index) = in_range(*i, l.borrow().len()) else {
                return Err(value);
            };
            // Drop the old item after the borrow ends.
            let old = std::mem::replace(&mut l.borrow_mut()[index], value);
            drop(old);
            Ok(())
        }
        (Some(Payload::Dict(_)), _) => match (container.as_obj(), crate::ops::quick_hash(key)) {
            (Some(d), Some(hash)) => dict::set_quick(d, key, hash, value),
            _ => Err(value),
        },
        _ => Err(value),
    }
}

/// `index` as a position in a sequence of `len` items (negative counts
/// from the end), if in range.
#[inline]
fn in_range(index: i64, len: usize) -> Option<usize> {
    let i = if index < 0 { index + len as i64 } else { index };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// Next item of a range or list iterator without calling into the VM;
/// `None` when the iterator needs the general path.
#[inline]
pub(super) fn next_fast(it: &Value) -> Option<Option<Value>> {
    let Some(Payload::Iterator(cell)) = it.payload() else {
        return None;
    };
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::Range {
            next,
            step,
            remaining,
        } => Some(crate::objects::iterators::range_next(
            next, *step, remaining,
        )),
        IterState::Seq { seq, index } => {
            let r = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                _ => return None,
            };
            *index += 1;
            if r.is_none() {
                *st = IterState::Exhausted;
            }
            Some(r)
        }
        _ => None,
    }
}
