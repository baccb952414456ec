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
use std::cell::RefCell;
use std::rc::Rc;

/// What the cached lookup found for `class`.
#[derive(Clone)]
pub enum Cached {
    /// No class attribute: the name lives only in instance dicts.
    InstanceOnly,
    /// A Python function on the class (a method).
    Method(Value),
}

/// One cache slot (per name index of a code object).
#[derive(Default)]
pub struct AttrCache {
    entry: RefCell<Option<(ObjRef, u64, Cached)>>,
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
    if !td.is_heap || !td.instance_dict || td.slots.is_some() {
        return false;
    }
    let sp = types::specials(class, object);
    sp.custom_getattribute.is_none() && sp.custom_setattr.is_none()
}

/// Record what a full lookup of `name` on `obj` would do, if cacheable.
pub fn learn(cache: &AttrCache, obj: &Value, name: &Value, object: &ObjRef) {
    let Value::Obj(o) = obj else { return };
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
    let (class, d) = instance_dict(obj)?;
    match cache.get(class)? {
        Cached::InstanceOnly => dict::get_str_value(d, name, hash)?,
        Cached::Method(f) => match dict::get_str_value(d, name, hash)? {
            Some(v) => Some(v),
            None => Some(Value::Obj(Obj::new_bound_method(f, obj.clone()))),
        },
    }
}

/// Fast `obj.name(...)`: the method function if `obj`'s dict does not shadow it.
pub fn load_method(cache: &AttrCache, obj: &Value, name: &Value, hash: i64) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    if o.dict.is_none() {
        return match cache.get(o.class())? {
            Cached::Method(f) => Some(f),
            Cached::InstanceOnly => None,
        };
    }
    let (class, d) = instance_dict(obj)?;
    match cache.get(class)? {
        Cached::Method(f) => match dict::get_str_value(d, name, hash)? {
            None => Some(f),
            Some(_) => None,
        },
        Cached::InstanceOnly => None,
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
    let Some((class, d)) = instance_dict(obj) else {
        return Err(value);
    };
    match cache.get(class) {
        Some(Cached::InstanceOnly) => {
            dict::set_str_key(d, name, hash, value);
            Ok(())
        }
        _ => Err(value),
    }
}
