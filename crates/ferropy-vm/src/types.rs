//! Type objects: `TypeData`, C3 MRO computation and attribute lookup along
//! the MRO.

use crate::object::Payload;
use crate::value::{ObjRef, Value};
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// Bumped whenever any class namespace changes; method-cache entries
    /// from an older epoch are stale.
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// The current type epoch (see `invalidate_caches`).
pub fn epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// Invalidate every type's attribute cache (a class namespace changed).
pub fn invalidate_caches() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

/// Per-type cache of MRO lookups: name → (epoch, result).
pub type LookupCache = RefCell<FxHashMap<Box<str>, (u64, Option<Value>)>>;

/// Per-type cache keyed by the address of a name `str` object; the entry
/// keeps the name alive so the address cannot be reused while cached.
pub type NameCache = RefCell<FxHashMap<usize, (Value, u64, Option<Value>)>>;

/// The native layout a type's instances carry (the "solid base").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    /// Types whose instances only the VM creates (functions, iterators, ...).
    Native,
}

/// State of a type object.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// Method resolution order, starting with the type itself (stored weakly
    /// for the type itself to avoid a self-cycle; see `mro_with_self`).
    pub mro: RefCell<Vec<ObjRef>>,
    /// The class namespace (a dict object).
    pub dict: ObjRef,
    pub layout: Layout,
    /// Defined by a `class` statement (attributes settable, has `__dict__`).
    pub is_heap: bool,
    /// Instances get a `__dict__`.
    pub instance_dict: bool,
    /// `__slots__` names, if the class declared them.
    pub slots: Option<Vec<String>>,
    /// How many slot values instances carry: this class's `__slots__`
    /// plus those of its bases.
    pub slot_count: usize,
    /// Incremented when the namespace of this type or a base changes.
    pub version: Cell<u64>,
    /// Whether instances may be created by `tp.__new__` from Python.
    pub allow_new: bool,
    /// Whether this type can be subclassed.
    pub base_ok: Cell<bool>,
    /// Cached results of `lookup` along the MRO.
    pub cache: LookupCache,
    /// Cached results of `lookup_name`.
    pub name_cache: NameCache,
    /// Instances need `__del__` called when they die.
    pub has_del: Cell<bool>,
    /// Direct subclasses, for `__subclasses__()`.
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::object::Obj>>>,
    /// Cached special methods used on every attribute access and call.
    pub specials: RefCell<Option<Rc<Specials>>>,
}

/// The special methods the VM consults on hot paths, looked up once per
/// type (and again after any class namespace changes).
pub struct Specials {
    epoch: u64,
    pub new: Option<Value>,
    pub init: Option<Value>,
    /// `__getattr__` (the fallback hook), if defined.
    pub getattr: Option<Value>,
    /// A `__getattribute__` written in Python, if any.
    pub custom_getattribute: Option<Value>,
    pub custom_setattr: Option<Value>,
    pub custom_delattr: Option<Value>,
    /// `__new__` / `__init__` are `object`'s own.
    pub object_new: bool,
    pub object_init: bool,
}

fn python_defined(v: Option<Value>) -> Option<Value> {
    v.filter(|f| !matches!(f.payload(), Some(Payload::NativeFunction(_))))
}

/// The special methods of type `t` (cached per epoch).
pub fn specials(t: &ObjRef, object: &ObjRef) -> Rc<Specials> {
    let epoch = TYPE_EPOCH.with(|e| e.get());
    let td = tdata(t);
    if let Some(sp) = td.specials.borrow().as_ref() {
        if sp.epoch == epoch {
            return sp.clone();
        }
    }
    let same = |name: &str| match (lookup(t, name), lookup(object, name)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    let sp = Rc::new(Specials {
        epoch,
        new: lookup(t, "__new__"),
        init: lookup(t, "__init__"),
        getattr: lookup(t, "__getattr__"),
        custom_getattribute: python_defined(lookup(t, "__getattribute__")),
        custom_setattr: python_defined(lookup(t, "__setattr__")),
        custom_delattr: python_defined(lookup(t, "__delattr__")),
        object_new: same("__new__"),
        object_init: same("__init__"),
    });
    *td.specials.borrow_mut() = Some(sp.clone());
    sp
}

impl TypeData {
    /// The type's `__name__`.
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}

/// The type data of a type object (panics if `t` is not a type).
pub fn tdata(t: &ObjRef) -> &TypeData {
    match &t.payload {
        Payload::Type(td) => td,
        _ => panic!("not a type object"),
    }
}

/// The MRO of `t` including `t` itself first.
pub fn mro_of(t: &ObjRef) -> Vec<ObjRef> {
    let td = tdata(t);
    let mut v = Vec::with_capacity(td.mro.borrow().len() + 1);
    v.push(t.clone());
    v.extend(td.mro.borrow().iter().cloned());
    v
}

/// Whether `sub` is `sup` or derives from it.
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    tdata(sub).mro.borrow().iter().any(|t| Rc::ptr_eq(t, sup))
}

/// Look `name` up in the namespaces along the MRO of `t` (cached).
pub fn lookup(t: &ObjRef, name: &str) -> Option<Value> {
    let td = tdata(t);
    let epoch = TYPE_EPOCH.with(|e| e.get());
    if let Some((e, v)) = td.cache.borrow().get(name) {
        if *e == epoch {
            return v.clone();
        }
    }
    let found = lookup_uncached(t, name);
    td.cache
        .borrow_mut()
        .insert(name.into(), (epoch, found.clone()));
    found
}

/// `lookup` for a name given as a `str` object (attribute names from code
/// are interned, so this cache is keyed by object identity).
pub fn lookup_name(t: &ObjRef, name: &Value) -> Option<Value> {
    let Value::Obj(o) = name else { return None };
    let key = Rc::as_ptr(o) as usize;
    let td = tdata(t);
    let epoch = TYPE_EPOCH.with(|e| e.get());
    if let Some((_, e, v)) = td.name_cache.borrow().get(&key) {
        if *e == epoch {
            return v.clone();
        }
    }
    let found = lookup(t, name.as_str().unwrap_or(""));
    td.name_cache
        .borrow_mut()
        .insert(key, (name.clone(), epoch, found.clone()));
    found
}

fn lookup_uncached(t: &ObjRef, name: &str) -> Option<Value> {
    let hash = crate::objects::str::hash_str(name);
    if let Some(v) = crate::objects::dict::get_str_hashed(&tdata(t).dict, name, hash) {
        return Some(v);
    }
    for base in tdata(t).mro.borrow().iter() {
        if let Some(v) = crate::objects::dict::get_str_hashed(&tdata(base).dict, name, hash) {
            return Some(v);
        }
    }
    None
}

/// C3 linearization of `bases` (the MRO without the type itself), or the
/// names of the bases that could not be ordered.
pub fn compute_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<String>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(mro_of).collect();
    seqs.push(bases.to_vec());
    let mut result: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|other| other[1..].iter().any(|t| Rc::ptr_eq(t, head)));
            (!in_tail).then(|| head.clone())
        });
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if Rc::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                result.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = tdata(&s[0]).name();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(names);
            }
        }
    }
}
