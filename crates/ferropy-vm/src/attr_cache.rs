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
use std::cell::{Cell, Ref, RefCell};
use std::rc::{Rc, Weak};

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
    /// A `property` (this object) whose getter is a Python function: the
    /// interpreter loop calls its getter, and its setter if that is a
    /// Python function too, by pushing a frame.
    Property(Value),
    /// A plain class attribute that is not a descriptor (a number, string,
    /// tuple, None, ...): instances see it unless their dict shadows it.
    ClassValue(Value),
}

/// What a lookup concluded for one class, valid in one type epoch.
struct CacheEntry {
    /// The class's address, compared (never dereferenced) to identify it.
    class: *const Obj,
    /// Keeps the class's memory, not the class, alive, so the address is
    /// not reused while the entry exists: a cache must not keep a class
    /// alive (CPython's caches hold only a type version).
    class_memory: Weak<Obj>,
    epoch: u64,
    cached: Cached,
}

/// The cache for one name index of a code object: what lookups concluded
/// for the last few classes seen (a site such as `shape.area()` may see
/// several), each valid while no class namespace changes (the type epoch).
#[derive(Default)]
pub struct AttrCache {
    entries: RefCell<Vec<CacheEntry>>,
    /// Where the name was last found in an instance dict: instances built
    /// the same way keep it at the same entry position.
    dict_hint: Cell<u32>,
}

impl AttrCache {
    /// Most classes remembered per name.
    const WAYS: usize = 4;

    /// The cached result for instances of `class`, if still valid. (A
    /// borrow rather than a copy: moving a `Cached` around costs more than
    /// the lookup in the interpreter loop.)
    #[inline]
    pub fn get(&self, class: *const Obj) -> Option<Ref<'_, Cached>> {
        let epoch = types::epoch();
        Ref::filter_map(self.entries.borrow(), |entries| {
            let found = entries
                .iter()
                .find(|e| std::ptr::eq(e.class, class) && e.epoch == epoch);
            found.map(|e| &e.cached)
        })
        .ok()
    }

    fn set(&self, class: &ObjRef, cached: Cached) {
        let epoch = types::epoch();
        let mut entries = self.entries.borrow_mut();
        entries.retain(|e| {
            e.epoch == epoch
                && e.class_memory.strong_count() > 0
                && !std::ptr::eq(e.class, Rc::as_ptr(class))
        });
        if entries.len() == Self::WAYS {
            entries.remove(0);
        }
        entries.push(CacheEntry {
            class: Rc::as_ptr(class),
            class_memory: Rc::downgrade(class),
            epoch,
            cached,
        });
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
    // Every object answers these itself (see `objects/native_attrs.rs`),
    // whatever its class and dict hold.
    if matches!(name.as_str(), Some("__class__" | "__dict__")) {
        return;
    }
    let Value::Obj(o) = obj else { return };
    if let Payload::Slots(_) = o.payload {
        learn_slotted(cache, o, name, object);
        return;
    }
    if !o.has_dict() {
        learn_builtin_method(cache, o, name);
        return;
    }
    if matches!(o.payload, Payload::Module) {
        learn_module_attribute(cache, o, name);
        return;
    }
    let dict_decides = match &o.payload {
        Payload::Instance => true,
        // Exceptions keep a few attributes outside their `__dict__`.
        Payload::Exception(_) => name
            .as_str()
            .is_some_and(|n| !crate::objects::exception::is_native_attr(n)),
        _ => false,
    };
    if !dict_decides {
        return;
    }
    let class = &o.class();
    if !plain_class(class, object) {
        return;
    }
    match types::lookup_name(class, name) {
        None => cache.set(class, Cached::InstanceOnly),
        Some(f) if matches!(f.payload(), Some(Payload::Function(_))) => {
            cache.set(class, Cached::Method(f))
        }
        Some(v) if is_plain_data(&v) => cache.set(class, Cached::ClassValue(v)),
        Some(p) => learn_property(cache, class, &p, object),
    }
}

/// Whether `v` is of a builtin type without `__get__` (so reading it
/// through an instance gives `v` itself).
fn is_plain_data(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            !o.class_is_heap()
                && matches!(
                    o.payload,
                    Payload::Str(_)
                        | Payload::Tuple(_)
                        | Payload::Int(_)
                        | Payload::Bytes(_)
                        | Payload::Complex(..)
                )
        }
        _ => true,
    }
}

/// `module.name` for a plain module: the namespace decides, unless the
/// `module` type itself has the name (`__dict__`, `__class__`, ...). A
/// name the namespace lacks takes the slow path (PEP 562 `__getattr__`).
fn learn_module_attribute(cache: &AttrCache, o: &ObjRef, name: &Value) {
    let class = &o.class();
    if !tdata(class).is_heap && types::lookup_name(class, name).is_none() {
        cache.set(class, Cached::InstanceOnly);
    }
}

/// A plain `property` (not a subclass, which may override `__get__`) with
/// a Python getter, on a class without `__getattr__` (which would have to
/// run if the getter raised `AttributeError`).
fn learn_property(cache: &AttrCache, class: &ObjRef, attr: &Value, object: &ObjRef) {
    let Some(Payload::Property(p)) = attr.payload() else {
        return;
    };
    let exact = attr.as_obj().is_some_and(|o| !o.class_is_heap());
    let no_fallback = types::specials(class, object).getattr.is_none();
    if exact && no_fallback && matches!(p.fget.payload(), Some(Payload::Function(_))) {
        cache.set(class, Cached::Property(attr.clone()));
    }
}

/// Instances of `__slots__` classes without a `__dict__`: slot members and
/// methods, which nothing in the instance can shadow.
fn learn_slotted(cache: &AttrCache, o: &ObjRef, name: &Value, object: &ObjRef) {
    let class = &o.class();
    if o.has_dict() || !plain_protocol(class, object) {
        return;
    }
    let Some(attr) = types::lookup_name(class, name) else {
        return;
    };
    match attr.payload() {
        Some(Payload::Member(m)) => cache.set(class, Cached::Slot(m.index)),
        Some(Payload::Function(_)) => cache.set(class, Cached::Method(attr.clone())),
        _ => learn_property(cache, class, &attr, object),
    }
}

/// The value in slot `index` of a slotted instance, if set.
#[inline]
fn slot_value(obj: &Value, index: usize) -> Option<Value> {
    let Some(Payload::Slots(values)) = obj.payload() else {
        return None;
    };
    Some(values.borrow()[index].clone()).filter(|v| !v.is_undef())
}

/// Methods of builtin types (`list.append`, `str.join`): instances have no
/// `__dict__` to shadow them, so the class alone decides.
fn learn_builtin_method(cache: &AttrCache, o: &ObjRef, name: &Value) {
    let class = &o.class();
    if tdata(class).is_heap || o.as_type().is_some() || matches!(o.payload, Payload::Super(..)) {
        return;
    }
    if let Some(f) = types::lookup_name(class, name) {
        if matches!(f.payload(), Some(Payload::NativeFunction(nf)) if nf.self_.is_undef()) {
            cache.set(class, Cached::Method(f));
        }
    }
}

#[inline]
fn instance_dict(obj: &Value) -> Option<(*const Obj, &ObjRef)> {
    let Value::Obj(o) = obj else { return None };
    // SAFETY: callers only probe and store into the dict, running no
    // Python code, so nothing replaces it while it is lent.
    Some((o.class_ptr(), unsafe { o.dict_unchecked() }?))
}

/// Fast `obj.name` for a cached instance attribute or method; `None` to
/// take the slow path (or `property_getter`).
#[inline]
pub fn load(cache: &AttrCache, obj: &Value, name: &Value, hash: i64) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let cached = cache.get(o.class_ptr())?;
    // SAFETY: the probes below run no Python code, so nothing replaces the
    // dict while it is lent.
    let Some(d) = (unsafe { o.dict_unchecked() }) else {
        return match &*cached {
            Cached::Slot(index) => slot_value(obj, *index),
            Cached::ClassValue(v) => Some(v.clone()),
            Cached::Method(f) if matches!(o.payload, Payload::Slots(_)) => {
                Some(Value::Obj(Obj::new_bound_method(f.clone(), obj.clone())))
            }
            _ => None,
        };
    };
    match &*cached {
        Cached::InstanceOnly => instance_get(cache, d, name, hash)?,
        Cached::ClassValue(v) => Some(match instance_get(cache, d, name, hash)? {
            Some(found) => found,
            None => v.clone(),
        }),
        Cached::Method(f) => Some(match instance_get(cache, d, name, hash)? {
            Some(found) => found,
            None => Value::Obj(Obj::new_bound_method(f.clone(), obj.clone())),
        }),
        Cached::Slot(_) | Cached::Property(_) => None,
    }
}

/// The getter to call for `obj.name` if the name is a cached property.
pub fn property_getter(cache: &AttrCache, obj: &Value) -> Option<Value> {
    property_function(cache, obj, |p| &p.fget)
}

/// The Python setter to call for `obj.name = v` if the name is a cached
/// property with one.
pub fn property_setter(cache: &AttrCache, obj: &Value) -> Option<Value> {
    property_function(cache, obj, |p| &p.fset)
}

fn property_function(
    cache: &AttrCache,
    obj: &Value,
    which: fn(&crate::object::PropertyData) -> &Value,
) -> Option<Value> {
    let Cached::Property(prop) = &*cache.get(obj.as_obj()?.class_ptr())? else {
        return None;
    };
    let Some(Payload::Property(p)) = prop.payload() else {
        return None;
    };
    let f = which(p);
    matches!(f.payload(), Some(Payload::Function(_))).then(|| f.clone())
}

/// What a cached `obj.name(...)` lookup found.
pub enum MethodLookup {
    /// A method of the class: call it with `obj` first.
    Method(Value),
    /// A value from `obj`'s own namespace (instance or module dict): call
    /// it as it is.
    Attribute(Value),
}

/// Fast `obj.name(...)`: the class's method if `obj`'s dict does not
/// shadow it, or the value in the dict for names only dicts hold.
#[inline]
pub fn load_method(
    cache: &AttrCache,
    obj: &Value,
    name: &Value,
    hash: i64,
) -> Option<MethodLookup> {
    let Value::Obj(o) = obj else { return None };
    // SAFETY: as in `load`: probes only, no Python code.
    match (&*cache.get(o.class_ptr())?, unsafe { o.dict_unchecked() }) {
        (Cached::Method(f), None) => Some(MethodLookup::Method(f.clone())),
        (Cached::Method(f), Some(d)) => match instance_find(cache, d, name, hash)? {
            None => Some(MethodLookup::Method(f.clone())),
            Some(_) => None,
        },
        (Cached::InstanceOnly, Some(d)) => {
            let i = instance_find(cache, d, name, hash)??;
            Some(MethodLookup::Attribute(dict::value_at(d, i)))
        }
        _ => None,
    }
}

/// Fast `obj.name = value`; gives the value back if the slow path is needed.
#[inline]
pub fn store(
    cache: &AttrCache,
    obj: &Value,
    name: &Value,
    hash: i64,
    value: Value,
) -> Result<(), Value> {
    if let Some(Payload::Slots(values)) = obj.payload() {
        let cached = obj.as_obj().and_then(|o| cache.get(o.class_ptr()));
        let Some(&Cached::Slot(index)) = cached.as_deref() else {
            return Err(value);
        };
        drop(cached);
        // Drop the old value after the borrow ends.
        let old = std::mem::replace(&mut values.borrow_mut()[index], value);
        drop(old);
        return Ok(());
    }
    let Some((class, d)) = instance_dict(obj) else {
        return Err(value);
    };
    // Without a data descriptor on the class, the value goes in the dict.
    let no_descriptor = matches!(
        cache.get(class).as_deref(),
        Some(Cached::InstanceOnly | Cached::Method(_) | Cached::ClassValue(_))
    );
    if !no_descriptor {
        return Err(value);
    }
    instance_set(cache, d, name, hash, value)
}

/// Where `name` is in the instance dict `d` (`Some(None)`: absent), trying
/// the cache's entry hint first; `None` when the general lookup must decide.
// Out of line: inlined, it crowds the interpreter loop (more spills).
#[inline(never)]
fn instance_find(cache: &AttrCache, d: &ObjRef, name: &Value, hash: i64) -> Option<Option<usize>> {
    let Payload::Dict(s) = &d.payload else {
        return None;
    };
    dict::find_str_key_hinted(&s.borrow(), name, hash, &cache.dict_hint)
}

/// The value of `name` in the instance dict `d` (`Some(None)`: absent),
/// found like `instance_find`.
#[inline(never)]
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
#[inline]
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
