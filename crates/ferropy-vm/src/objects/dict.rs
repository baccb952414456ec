//! `dict`: lookups with Python key equality, and the dict type's methods.

use crate::dict::{DictStore, ProbeStep};
use crate::error::PyResult;
use crate::object::{DictViewKind, Obj, Payload};
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// The store of a dict object (panics on non-dicts: callers check).
pub fn store(d: &ObjRef) -> &RefCell<DictStore> {
    match &d.payload {
        Payload::Dict(s) => s,
        _ => panic!("not a dict"),
    }
}

/// Keys equal without running Python code, if that can be decided.
pub(crate) fn quick_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::FloatBits(y)) | (Value::FloatBits(y), Value::Int(x)) => {
            Some((*x as f64) == f64::from_bits(*y))
        }
        (Value::FloatBits(x), Value::FloatBits(y)) => {
            Some(f64::from_bits(*x) == f64::from_bits(*y))
        }
        (b @ (Value::False | Value::True), Value::Int(y))
        | (Value::Int(y), b @ (Value::False | Value::True)) => {
            Some(*y == matches!(b, Value::True) as i64)
        }
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(p), Payload::Str(q)) if both_builtin(x, y) => {
                Some(p.as_str() == q.as_str())
            }
            (Payload::Tuple(p), Payload::Tuple(q)) if both_builtin(x, y) => quick_tuple_eq(p, q),
            _ => None,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) if both_builtin(x, x) => match &x.payload {
            Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `x` and `y` are both of builtin types (a subclass may define
/// its own `__eq__`).
fn both_builtin(x: &ObjRef, y: &ObjRef) -> bool {
    !x.class_is_heap() && !y.class_is_heap()
}

/// `p == q` for two tuples when every item pair compares without Python
/// code (as `tuple.__eq__` compares, item by item up to the shorter one).
fn quick_tuple_eq(p: &[Value], q: &[Value]) -> Option<bool> {
    for (a, b) in p.iter().zip(q) {
        if !quick_eq(a, b)? {
            return Some(false);
        }
    }
    Some(p.len() == q.len())
}

/// The entry index of `key` (with hash `hash`) in `st` when its keys
/// compare without Python code; `None` when a candidate key needs `__eq__`.
pub fn find_key_quick(st: &DictStore, key: &Value, hash: i64) -> Option<Option<usize>> {
    let mut probe = st.probe(hash);
    loop {
        match st.next_candidate(&mut probe, hash) {
            ProbeStep::Empty => return Some(None),
            ProbeStep::Candidate(i) => {
                if quick_eq(&st.entry(i).key, key)? {
                    return Some(Some(i));
                }
            }
        }
    }
}

/// `d[key]` for a key with a `quick_hash` whose comparisons need no
/// Python code: `Some(None)` when absent, `None` when the general path
/// must decide.
pub fn get_quick(d: &ObjRef, key: &Value, hash: i64) -> Option<Option<Value>> {
    let st = store(d).borrow();
    Some(find_key_quick(&st, key, hash)?.map(|i| st.entry(i).value.clone()))
}

/// `key in d` like `get_quick`.
pub fn contains_quick(d: &ObjRef, key: &Value, hash: i64) -> Option<bool> {
    Some(find_key_quick(&store(d).borrow(), key, hash)?.is_some())
}

/// `d[key] = value` like `get_quick`; gives the value back when the
/// general path must decide.
pub fn set_quick(d: &ObjRef, key: &Value, hash: i64, value: Value) -> Result<(), Value> {
    let s = store(d);
    let found = find_key_quick(&s.borrow(), key, hash);
    match found {
        Some(Some(i)) => {
            // Drop the old value after the borrow ends.
            let old = s.borrow_mut().set_value(i, value);
            drop(old);
        }
        Some(None) => s.borrow_mut().insert_new(hash, key.clone(), value),
        None => return Err(value),
    }
    Ok(())
}

/// Find the entry index of `key` (with hash `hash`) in dict `d`.
pub fn lookup(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let s = store(d);
    let mut probe = s.borrow().probe(hash);
    loop {
        // Keys that compare without Python code are settled under the
        // borrow; others are cloned out, since `__eq__` may change the dict.
        let (idx, candidate) = {
            let st = s.borrow();
            match st.next_candidate(&mut probe, hash) {
                ProbeStep::Empty => return Ok(None),
                ProbeStep::Candidate(i) => match quick_eq(&st.entry(i).key, key) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => continue,
                    None => (i, st.entry(i).key.clone()),
                },
            }
        };
        if vm.eq(&candidate, key)? {
            return Ok(Some(idx));
        }
    }
}

/// `d[key]` if present.
pub fn get_item(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    Ok(lookup(vm, d, key, hash)?.map(|i| store(d).borrow().entry(i).value.clone()))
}

/// `d[key] = value`.
pub fn set_item(vm: &mut Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    match lookup(vm, d, &key, hash)? {
        Some(i) => {
            store(d).borrow_mut().set_value(i, value);
        }
        None => store(d).borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// `del d[key]`; returns the removed value or `None` if absent.
pub fn del_item(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    Ok(lookup(vm, d, key, hash)?.map(|i| store(d).borrow_mut().remove(i).value))
}

/// Fast lookup of a `str` key object with its hash. `None` means a
/// non-`str` key with the same hash was met and the caller must fall back
/// to `get_item` (which may run `__eq__`). `get_quick` could serve here
/// too, but giving it these callers changed what the compiler inlines into
/// the interpreter loop: +3% instructions in call-heavy code, measured.
#[inline]
pub fn get_str_value(d: &ObjRef, key: &Value, hash: i64) -> Option<Option<Value>> {
    let Payload::Dict(s) = &d.payload else {
        return None;
    };
    let st = s.borrow();
    Some(find_str_key(&st, key, hash)?.map(|i| st.entry(i).value.clone()))
}

/// The value at entry `index` of dict `d` (found by a lookup).
#[inline]
pub fn value_at(d: &ObjRef, index: usize) -> Value {
    store(d).borrow().entry(index).value.clone()
}

/// The entry index of the `str` key object `key` in `st`, without running
/// Python code; `None` when a non-`str` key with the same hash is met.
#[inline]
pub fn find_str_key(st: &DictStore, key: &Value, hash: i64) -> Option<Option<usize>> {
    let mut probe = st.probe(hash);
    let text = key.as_str()?;
    loop {
        match st.next_candidate(&mut probe, hash) {
            ProbeStep::Empty => return Some(None),
            ProbeStep::Candidate(i) => {
                let k = &st.entry(i).key;
                if k.is(key) {
                    return Some(Some(i));
                }
                match k.as_str() {
                    Some(k) if k == text => return Some(Some(i)),
                    Some(_) => {}
                    None => return None,
                }
            }
        }
    }
}

/// `find_str_key`, trying the entry at `hint` first and remembering where
/// the key was found. Instances built the same way hold an attribute at the
/// same entry position, so an attribute cache's hint usually hits without
/// hashing or probing.
#[inline]
pub fn find_str_key_hinted(
    st: &DictStore,
    key: &Value,
    hash: i64,
    hint: &Cell<u32>,
) -> Option<Option<usize>> {
    let guess = hint.get() as usize;
    if st.get_entry(guess).is_some_and(|e| e.key.is(key)) {
        return Some(Some(guess));
    }
    let found = find_str_key(st, key, hash)?;
    if let Some(i) = found {
        hint.set(i as u32);
    }
    Some(found)
}

/// Look up a `str` key without a VM (keys compared by content).
pub fn get_str(d: &ObjRef, key: &str) -> Option<Value> {
    let hash = crate::objects::str::hash_str(key);
    get_str_hashed(d, key, hash)
}

/// `get_str` with a precomputed hash.
pub fn get_str_hashed(d: &ObjRef, key: &str, hash: i64) -> Option<Value> {
    let Payload::Dict(s) = &d.payload else {
        return None;
    };
    let st = s.borrow();
    let mut probe = st.probe(hash);
    loop {
        match st.next_candidate(&mut probe, hash) {
            ProbeStep::Empty => return None,
            ProbeStep::Candidate(i) => {
                let e = st.entry(i);
                if e.key.as_str() == Some(key) {
                    return Some(e.value.clone());
                }
            }
        }
    }
}

/// Set a `str` key (creating the key object) without running Python code.
pub fn set_str(vm: &Vm, d: &ObjRef, key: &str, value: Value) {
    let hash = crate::objects::str::hash_str(key);
    if let Some(i) = find_str(d, key, hash) {
        store(d).borrow_mut().set_value(i, value);
        return;
    }
    store(d)
        .borrow_mut()
        .insert_new(hash, vm.intern(key), value);
}

/// `d[key] = value` for a `str` key object with its hash, without running
/// Python code, trying the entry at `hint` first (see
/// `find_str_key_hinted`); gives the value back when a non-`str` key with
/// the same hash is met and the general `set_item` must decide.
pub fn set_str_key(
    d: &ObjRef,
    key: &Value,
    hash: i64,
    value: Value,
    hint: &Cell<u32>,
) -> Result<(), Value> {
    let s = store(d);
    let found = find_str_key_hinted(&s.borrow(), key, hash, hint);
    match found {
        Some(Some(i)) => {
            // Drop the old value after the borrow ends.
            let old = s.borrow_mut().set_value(i, value);
            drop(old);
        }
        Some(None) => {
            let mut st = s.borrow_mut();
            st.insert_new(hash, key.clone(), value);
            hint.set(st.capacity_index() as u32 - 1);
        }
        None => return Err(value),
    }
    Ok(())
}

fn find_str(d: &ObjRef, key: &str, hash: i64) -> Option<usize> {
    let st = store(d).borrow();
    let mut probe = st.probe(hash);
    loop {
        match st.next_candidate(&mut probe, hash) {
            ProbeStep::Empty => return None,
            ProbeStep::Candidate(i) if st.entry(i).key.as_str() == Some(key) => return Some(i),
            ProbeStep::Candidate(_) => {}
        }
    }
}

/// Remove a `str` key without running Python code.
pub fn del_str(d: &ObjRef, key: &str) -> Option<Value> {
    let hash = crate::objects::str::hash_str(key);
    del_str_hashed(d, key, hash)
}

/// `del_str` with a precomputed hash.
pub fn del_str_hashed(d: &ObjRef, key: &str, hash: i64) -> Option<Value> {
    let idx = find_str(d, key, hash)?;
    Some(store(d).borrow_mut().remove(idx).value)
}

/// Snapshot of (key, value) pairs.
pub fn items(d: &ObjRef) -> Vec<(Value, Value)> {
    match &d.payload {
        Payload::Dict(s) => s
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// Snapshot of keys.
pub fn keys(d: &ObjRef) -> Vec<Value> {
    match &d.payload {
        Payload::Dict(s) => s.borrow().iter().map(|e| e.key.clone()).collect(),
        _ => Vec::new(),
    }
}

/// Number of items.
pub fn len(d: &ObjRef) -> usize {
    store(d).borrow().len()
}

/// Set one merged item; `strict` rejects a key already present.
fn merge_one(vm: &mut Vm, d: &ObjRef, k: Value, v: Value, strict: bool) -> PyResult<()> {
    if strict && get_item(vm, d, &k)?.is_some() {
        let ks = vm.str_of(&k)?;
        return Err(vm.type_error(format!("got multiple values for keyword argument '{ks}'")));
    }
    set_item(vm, d, k, v)
}

/// `d.update(other)` for a mapping or iterable of pairs; `strict` rejects
/// duplicate keys (for `f(**a, **b)`).
pub fn update_from(vm: &mut Vm, d: &ObjRef, other: &Value, strict: bool) -> PyResult<()> {
    if let Some(Payload::Dict(_)) = other.payload() {
        for (k, v) in items(other.as_obj().unwrap()) {
            merge_one(vm, d, k, v, strict)?;
        }
        return Ok(());
    }
    if vm.lookup_special(other, "keys").is_some() {
        let keys = vm.call_method(other, "keys", vec![])?;
        for k in vm.collect_iterable(&keys)? {
            let v = vm.getitem(other, &k)?;
            merge_one(vm, d, k, v, strict)?;
        }
        return Ok(());
    }
    if strict {
        return Err(vm.type_error(format!(
            "argument after ** must be a mapping, not {}",
            vm.type_name(other)
        )));
    }
    let pairs = vm.collect_iterable(other)?;
    for (i, pair) in pairs.into_iter().enumerate() {
        let kv = vm.collect_iterable(&pair).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut it = kv.into_iter();
        set_item(vm, d, it.next().unwrap(), it.next().unwrap())?;
    }
    Ok(())
}

/// A new dict view object.
pub fn new_view(vm: &Vm, d: &ObjRef, kind: DictViewKind) -> Value {
    let t = match kind {
        DictViewKind::Keys => vm.types.dict_keys.clone(),
        DictViewKind::Values => vm.types.dict_values.clone(),
        DictViewKind::Items => vm.types.dict_items.clone(),
    };
    Value::Obj(Obj::new(t, Payload::DictView(d.clone(), kind)))
}

// ----- methods ---------------------------------------------------------

fn self_dict(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let pos = args.pos();
    crate::builtins::check_arity(vm, "get", pos.len() - 1, 1, 2)?;
    Ok(get_item(vm, &d, &pos[1])?.unwrap_or_else(|| pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let pos = args.pos();
    crate::builtins::check_arity(vm, "setdefault", pos.len() - 1, 1, 2)?;
    if let Some(v) = get_item(vm, &d, &pos[1])? {
        return Ok(v);
    }
    let default = pos.get(2).cloned().unwrap_or(Value::None);
    set_item(vm, &d, pos[1].clone(), default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let pos = args.pos();
    crate::builtins::check_arity(vm, "pop", pos.len() - 1, 1, 2)?;
    match del_item(vm, &d, &pos[1])? {
        Some(v) => Ok(v),
        None => pos
            .get(2)
            .cloned()
            .ok_or_else(|| vm.key_error(pos[1].clone())),
    }
}

fn dict_popitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let last = store(&d).borrow().last_index();
    match last {
        Some(i) => {
            let e = store(&d).borrow_mut().remove(i);
            Ok(vm.new_tuple(vec![e.key, e.value]))
        }
        None => Err(vm.new_exc(
            crate::exc_kinds::Exc::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn dict_keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    Ok(new_view(vm, &d, DictViewKind::Keys))
}

fn dict_values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    Ok(new_view(vm, &d, DictViewKind::Values))
}

fn dict_items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    Ok(new_view(vm, &d, DictViewKind::Items))
}

fn dict_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let pos = args.pos();
    crate::builtins::check_arity(vm, "update", pos.len() - 1, 0, 1)?;
    if let Some(other) = pos.get(1) {
        update_from(vm, &d, other, false)?;
    }
    for (k, v) in args.kw() {
        let key = vm.new_str(k);
        set_item(vm, &d, key, v.clone())?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    store(&d).borrow_mut().clear();
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let copy = store(&d).borrow().clone();
    Ok(Value::Obj(Obj::new(
        vm.types.dict.clone(),
        Payload::Dict(RefCell::new(copy)),
    )))
}

fn dict_fromkeys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    crate::builtins::check_arity(vm, "fromkeys", pos.len() - 1, 1, 2)?;
    let cls = pos[0].clone();
    let value = pos.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, vec![], &[])?;
    for k in vm.collect_iterable(&pos[1])? {
        vm.setitem(&d, k, value.clone())?;
    }
    Ok(d)
}

/// `dict.__init__(self, other=(), **kw)`.
fn dict_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(other) = pos.get(1) {
        update_from(vm, &d, other, false)?;
    }
    for (k, v) in args.kw() {
        let key = vm.new_str(k);
        set_item(vm, &d, key, v.clone())?;
    }
    Ok(Value::None)
}

/// Register the dict methods.
/// `d |= other` (`dict.__ior__`): update in place from a mapping or an
/// iterable of pairs, as `dict.update` does.
fn dict_ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let other = crate::objects::dunder_operand(vm, args)?;
    let Value::Obj(d) = &args.values[0] else {
        return Err(vm.type_error("descriptor '__ior__' requires a 'dict' object"));
    };
    update_from(vm, d, other, false)?;
    Ok(args.values[0].clone())
}

/// `d.__reversed__()`: the keys, last inserted first.
fn dict_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = args
        .values
        .first()
        .filter(|v| matches!(v.payload(), Some(Payload::Dict(_))));
    d.and_then(|d| crate::objects::iterators::reversed_dict(vm, d))
        .ok_or_else(|| vm.type_error("descriptor '__reversed__' requires a 'dict' object"))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__init__", dict_init),
        ("__reversed__", dict_reversed),
        ("__ior__", dict_ior),
    ];
    for (name, f) in methods {
        crate::objects::add_method(vm, &t, name, *f);
    }
    crate::objects::add_method(vm, &t, "fromkeys", dict_fromkeys);
    crate::objects::mark_classmethod(vm, &t, "fromkeys");
}
