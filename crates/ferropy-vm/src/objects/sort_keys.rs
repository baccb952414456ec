//! Sorting without Python comparisons when the keys allow it.
//!
//! `list.sort` and `sorted` compare keys with `<`, which may run Python
//! code. When every key is an `int`, every key a `float` other than NaN,
//! every key an exact `str`, or every key an exact `tuple` whose items at
//! each position are all of one of those kinds, `<` cannot run Python code
//! and is a total order, so the keys can be compared natively and sorted
//! with the standard library's stable sort (like CPython's specialised
//! comparisons in `listobject.c`). Results equal those of the general sort:
//! both are stable sorts by the same order.

use crate::object::Payload;
use crate::value::Value;
use std::cmp::Ordering;

/// The kind shared by all keys, or by all items at one tuple position.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
}

/// The kind of a non-tuple key, if it compares natively.
fn scalar_kind(v: &Value) -> Option<Kind> {
    match v {
        Value::Int(_) => Some(Kind::Int),
        Value::FloatBits(bits) if !f64::from_bits(*bits).is_nan() => Some(Kind::Float),
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && !o.class_is_heap() => {
            Some(Kind::Str)
        }
        _ => None,
    }
}

/// The items of an exact tuple.
fn exact_tuple(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Obj(o) if !o.class_is_heap() => match &o.payload {
            Payload::Tuple(items) => Some(items),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `keys` compare natively (see the module comment).
pub fn natively_comparable<'a>(mut keys: impl Iterator<Item = &'a Value>) -> bool {
    let Some(first) = keys.next() else {
        return true;
    };
    if exact_tuple(first).is_none() {
        let Some(kind) = scalar_kind(first) else {
            return false;
        };
        return keys.all(|k| scalar_kind(k) == Some(kind));
    }
    let mut positions: Vec<Kind> = Vec::new();
    std::iter::once(first).chain(keys).all(|k| {
        let Some(items) = exact_tuple(k) else {
            return false;
        };
        items.iter().enumerate().all(|(i, item)| {
            let Some(kind) = scalar_kind(item) else {
                return false;
            };
            if i == positions.len() {
                positions.push(kind);
            }
            positions[i] == kind
        })
    })
}

/// The order of two keys that passed `natively_comparable` together.
pub fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::FloatBits(x), Value::FloatBits(y)) => f64::from_bits(*x)
            .partial_cmp(&f64::from_bits(*y))
            .unwrap_or(Ordering::Equal),
        _ => match (exact_tuple(a), exact_tuple(b)) {
            (Some(x), Some(y)) => x
                .iter()
                .zip(y)
                .map(|(p, q)| compare(p, q))
                .find(|o| o.is_ne())
                .unwrap_or_else(|| x.len().cmp(&y.len())),
            _ => match (a.as_str(), b.as_str()) {
                (Some(x), Some(y)) => ferropy_text::surrogates::cmp_str(x, y),
                (x, y) => x.cmp(&y),
            },
        },
    }
}
