//! `Value`: what a Python variable holds.
//!
//! `None`, `bool`, small `int` and `float` are immediate, so arithmetic on them
//! never allocates; everything else is a reference-counted heap `Obj`.
//! `Undef` is internal only (an unbound local, an empty stack slot) and never
//! reaches Python code.

use crate::object::{Obj, Payload};
use std::rc::Rc;

/// A counted reference to a heap object.
pub type ObjRef = Rc<Obj>;

/// A Python value.
///
/// Every payload is one word (`bool` lives in the tag as `False`/`True`,
/// a float is kept as its bits), so the compiler passes a `Value` in two
/// registers and moves it as two scalars; with a one-byte or a floating
/// payload it would be copied through memory in pieces that stall the
/// processor's store forwarding in the interpreter loop. `Value::Bool(b)`
/// and `Value::Float(f)` build values; `as_bool`/`as_float` read them.
/// `repr(C, u8)` puts the payload at offset 8. Size (16) and niches are
/// the same as a plain enum's.
#[derive(Default)]
#[repr(C, u8)]
pub enum Value {
    /// Internal marker: unbound local / absent value. Never visible to Python.
    #[default]
    Undef,
    None,
    False,
    True,
    /// An `int` that fits in 64 bits (larger ones are `Payload::Int` objects).
    Int(i64),
    /// A `float`, as `f64::to_bits`.
    FloatBits(u64),
    Obj(ObjRef),
}

#[allow(non_snake_case)] // Named like the variants they stand for.
impl Value {
    /// `True` or `False`.
    #[inline(always)]
    pub fn Bool(b: bool) -> Value {
        if b {
            Value::True
        } else {
            Value::False
        }
    }

    /// A `float`.
    #[inline(always)]
    pub fn Float(f: f64) -> Value {
        Value::FloatBits(f.to_bits())
    }
}

impl Clone for Value {
    /// A bitwise copy plus a reference-count increment for heap objects.
    /// The derived clone rebuilds the value variant by variant, and the
    /// copy it then makes of that rebuilt value stalls the processor's
    /// store forwarding in the interpreter loop; a bitwise copy reads
    /// memory that was written long before.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // SAFETY: `o` is a live `Rc`, so its pointer is valid; this is
            // the increment `Rc::clone` makes.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) };
        }
        // SAFETY: every variant is plain data except `Obj`, whose extra
        // reference was counted above, so the copy owns what it holds.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// The bool, if this is `True` or `False`.
    #[inline(always)]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::True => Some(true),
            Value::False => Some(false),
            _ => None,
        }
    }

    /// The float, if this is a `float` (not an int).
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Value::FloatBits(bits) => Some(f64::from_bits(*bits)),
            _ => None,
        }
    }

    /// Wrap a heap object.
    pub fn obj(o: ObjRef) -> Value {
        Value::Obj(o)
    }

    /// The heap object, if this is one.
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap object.
    pub fn payload(&self) -> Option<&Payload> {
        self.as_obj().map(|o| &o.payload)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::False, Value::False) | (Value::True, Value::True) => true,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::FloatBits(a), Value::FloatBits(b)) => a == b,
            _ => false,
        }
    }

    /// A stable identity number (`id()`).
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::None => 0x1000,
            Value::Undef => 0x1008,
            Value::False => 0x1010,
            Value::True => 0x1018,
            Value::Int(i) => (*i).wrapping_mul(2).wrapping_add(1),
            Value::FloatBits(bits) => *bits as i64 | 1,
        }
    }

    /// The `str` contents if this is a `str` (or subclass) object.
    pub fn as_str(&self) -> Option<&str> {
        match self.payload()? {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}
