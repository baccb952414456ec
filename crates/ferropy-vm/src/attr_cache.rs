//! Per-name attribute caches in code objects (a simple form of PEP 659
//! specialization).
//!
//! For an attribute name used by `LoadAttr`/`StoreAttr`/`LoadMethod`, a code
//! object remembers the last instance type seen and what the full lookup
//! concluded for it, valid while no class namespace changes (the type
//! epoch). A hit skips the descriptor protocol: plain instance attributes go
//! straight to the instance `__dict__`, plain methods straight to the
//! function.

use crate::object::{Obj, Payload};
use crate::objects::dict;
use crate::types::{self, tdata};
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What the cached lookup found for `class`.
#[derive(Clone)]
pub enum Cached {
    /// No class attribute: the name lives only in instance dicts.
    InstanceOnly,
    /// A Python function on the class (a method).
    Method(Value),
    /// A `__slots__` member: the value is at this index of the instance's
    /// `Slots` payload.
    Slot(usize),
}

/// One cache slot (per name index of a code object).
#[derive(Default)]
pub struct AttrCache {
    entry: RefCell<Option<(ObjRef, u64, Cached)>>,
    /// Where the name was last found in an instance dict: instances built
    /// the same way keep it at the same entry position.
    dict_hint: Cell<u32>,
}

impl AttrCache {
    /// The cached result for instances of `class`, if still valid.
    pub fn get(&self, class: &ObjRef) -> Option<Cached> {
        let e = self.entry.borrow();
        let (c, epoch, cached) = e.as_ref()?;
        (Rc::ptr_eq(c, class) && *epoch == types::epoch()).then(|| cached.clone())
    }

    fn set(&self, class: &ObjRef, cached: Cached) {
        *self.entry.borrow_mut() = Some((class.clone(), types::epoch(), cached));
    }
}

/// Whether instances of `class` use only the generic attribute protocol
/// (heap type, instance dict, no custom `__getattribute__`/`__setattr__`).
fn plain_class(class: &ObjRef, object: &ObjRef) -> bool {
    let td = tdata(class);
    td.instance_dict && td.slots.is_none() && plain_protocol(class, object)
}

/// Whether `class` is a Python class without custom `__getattribute__` or
/// `__setattr__`.
fn plain_protocol(class: &ObjRef, object: &ObjRef) -> bool {
    let sp = types::specials(class, object);
    tdata(class).is_heap && sp.custom_getattribute.is_none() && sp.custom_setattr.is_none()
}

/// Record what a full lookup of `name` on `obj` would do, if cacheable.
pub fn learn(cache: &AttrCache, obj: &Value, name: &Value, object: &ObjRef) {
    let Value::Obj(o) = obj else { return };
    if let Payload::Slots(_) = o.payload {
        learn_slotted(cache, o, name, object);
        return;
    }
    if o.dict.is_none() {
        learn_builtin_method(cache, o, name);
        return;
    }
    if !matches!(o.payload, Payload::Instance) {
        return;
    }
    let class = o.class();
    if !plain_class(class, object) {
        return;
    }
    match types::lookup_name(class, name) {
        None => cache.set(class, Cached::InstanceOnly),
        Some(f) if matches!(f.payload(), Some(Payload::Function(_))) => {
            cache.set(class, Cached::Method(f))
        }
        Some(_) => {}
    }
}

/// Instances of `__slots__` classes without a `__dict__`: slot members and
/// methods, which nothing in the instance can shadow.
fn learn_slotted(cache: &AttrCache, o: &ObjRef, name: &Value, object: &ObjRef) {
    let class = o.class();
    if o.dict.is_some() || !plain_protocol(class, object) {
        return;
    }
    let Some(attr) = types::lookup_name(class, name) else {
        return;
    };
    match attr.payload() {
        Some(Payload::Member(m)) => cache.set(class, Cached::Slot(m.index)),
        Some(Payload::Function(_)) => cache.set(class, Cached::Method(attr.clone())),
        _ => {}
    }
}

/// The value in slot `index` of a slotted instance, if set.
fn slot_value(obj: &Value, index: usize) -> Option<Value> {
    let Some(Payload::Slots(values)) = obj.payload() else {
        return None;
    };
    Some(values.borrow()[index].clone()).filter(|v| !v.is_undef())
}

/// Methods of builtin types (`list.append`, `str.join`): instances have no
/// `__dict__` to shadow them, so the class alone decides.
fn learn_builtin_method(cache: &AttrCache, o: &ObjRef, name: &Value) {
    let class = o.class();
    if tdata(class).is_heap || o.as_type().is_some() || matches!(o.payload, Payload::Super(..)) {
        return;
    }
    if let Some(f) = types::lookup_name(class, name) {
        if matches!(f.payload(), Some(Payload::NativeFunction(nf)) if nf.self_.is_undef()) {
            cache.set(class, Cached::Method(f));
        }
    }
}

fn instance_dict(obj: &Value) -> Option<(&ObjRef, &ObjRef)> {
    let Value::Obj(o) = obj else { return None };
    Some((o.class(), o.dict.as_ref()?))
}

/// Fast `obj.name` for a cached instance attribute; `None` to take the slow path.
pub fn load(cache: &AttrCache, obj: &Value, name: &Value, hash: i64) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let Some(d) = &o.dict else {
        return match cache.get(o.class())? {
            Cached::Slot(index) => slot_value(obj, index),
            Cached::Method(f) if matches!(o.payload, Payload::Slots(_)) => {
                Some(Value::Obj(Obj::new_bound_method(f, obj.clone())))
            }
            _ => None,
        };
    };
    match cache.get(o.class())? {
        Cached::InstanceOnly => instance_get(cache, d, name, hash)?,
        Cached::Method(f) => match instance_get(cache, d, name, hash)? {
            Some(v) => Some(v),
            None => Some(Value::Obj(Obj::new_bound_method(f, obj.clone()))),
        },
        Cached::Slot(_) => None,
    }
}

/// Fast `obj.name(...)`: the method function if `obj`'s dict does not shadow it.
pub fn load_method(cache: &AttrCache, obj: &Value, name: &Value, hash: i64) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    if o.dict.is_none() {
        return match cache.get(o.class())? {
            Cached::Method(f) => Some(f),
            Cached::InstanceOnly | Cached::Slot(_) => None,
        };
    }
    let (class, d) = instance_dict(obj)?;
    match cache.get(class)? {
        Cached::Method(f) => match instance_get(cache, d, name, hash)? {
            None => Some(f),
            Some(_) => None,
        },
        Cached::InstanceOnly | Cached::Slot(_) => None,
    }
}

/// Fast `obj.name = value`; gives the value back if the slow path is needed.
pub fn store(
    cache: &AttrCache,
    obj: &Value,
    name: &Value,
    hash: i64,
    value: Value,
) -> Result<(), Value> {
    if let Some(Payload::Slots(values)) = obj.payload() {
        let Some(Cached::Slot(index)) = obj.as_obj().and_then(|o| cache.get(o.class())) else {
            return Err(value);
        };
        // Drop the old value after the borrow ends.
        let old = std::mem::replace(&mut values.borrow_mut()[index], value);
        drop(old);
        return Ok(());
    }
    let Some((class, d)) = instance_dict(obj) else {
        return Err(value);
    };
    match cache.get(class) {
        Some(Cached::InstanceOnly) => instance_set(cache, d, name, hash, value),
        _ => Err(value),
    }
}

/// `d[name]` for an instance dict, trying the cache's entry hint first;
/// `None` when the general lookup must decide.
fn instance_get(cache: &AttrCache, d: &ObjRef, name: &Value, hash: i64) -> Option<Option<Value>> {
    let Payload::Dict(s) = &d.payload else {
        return None;
    };
    let st = s.borrow();
    let found = dict::find_str_key_hinted(&st, name, hash, &cache.dict_hint)?;
    Some(found.map(|i| st.entry(i).value.clone()))
}

/// `d[name] = value` for an instance dict, trying the cache's entry hint
/// first; gives the value back when the general path must decide.
fn instance_set(
    cache: &AttrCache,
    d: &ObjRef,
    name: &Value,
    hash: i64,
    value: Value,
) -> Result<(), Value> {
    if !matches!(d.payload, Payload::Dict(_)) {
        return Err(value);
    }
    dict::set_str_key(d, name, hash, value, &cache.dict_hint)
}
