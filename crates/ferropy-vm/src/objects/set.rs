//! `set` and `frozenset`: membership with Python equality, and methods.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::set::{SetStep, SetStore};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

fn store(v: &Value) -> &RefCell<SetStore> {
    match v.payload() {
        Some(Payload::Set(s)) => s,
        _ => panic!("not a set"),
    }
}

/// Whether `v` is a set or frozenset.
pub fn is_set(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_)))
}

/// Snapshot of the keys in table order.
pub fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Set(s)) => s.borrow().iter().cloned().collect(),
        _ => Vec::new(),
    }
}

enum Found {
    Yes(usize),
    No(usize),
}

fn find(vm: &mut Vm, set: &Value, key: &Value, hash: i64) -> PyResult<Found> {
    let s = store(set);
    let mut probe = s.borrow().probe(hash);
    loop {
        let (slot, candidate) = {
            let st = s.borrow();
            match st.next_candidate(&mut probe, hash) {
                SetStep::Absent(slot) => return Ok(Found::No(slot)),
                SetStep::Candidate(slot) => (slot, st.key_at(slot).clone()),
            }
        };
        if candidate.is(key) || vm.eq(&candidate, key)? {
            return Ok(Found::Yes(slot));
        }
    }
}

/// Add `key` to a set.
pub fn add(vm: &mut Vm, set: &Value, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    add_hashed(vm, set, key, hash)
}

fn add_hashed(vm: &mut Vm, set: &Value, key: Value, hash: i64) -> PyResult<()> {
    if let Found::No(slot) = find(vm, set, &key, hash)? {
        store(set).borrow_mut().insert_at(slot, hash, key);
    }
    Ok(())
}

/// `key in set` for a key with a `quick_hash` `hash`, when every candidate
/// compares without Python code (`dict::quick_eq`); `None` otherwise.
pub fn contains_quick(set: &Value, key: &Value, hash: i64) -> Option<bool> {
    let st = store(set).borrow();
    let mut probe = st.probe(hash);
    loop {
        match st.next_candidate(&mut probe, hash) {
            SetStep::Absent(_) => return Some(false),
            SetStep::Candidate(slot) => {
                if crate::objects::dict::quick_eq(st.key_at(slot), key)? {
                    return Some(true);
                }
            }
        }
    }
}

/// `key in set`.
pub fn contains(vm: &mut Vm, set: &Value, key: &Value) -> PyResult<bool> {
    let hash = match vm.hash(key) {
        Ok(h) => h,
        Err(e) if is_set(key) => {
            let _ = e;
            let frozen = new_set_from(vm, items(key), true)?;
            return contains(vm, set, &frozen);
        }
        Err(e) => return Err(e),
    };
    Ok(matches!(find(vm, set, key, hash)?, Found::Yes(_)))
}

/// Remove `key`; false if absent.
pub fn discard(vm: &mut Vm, set: &Value, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    match find(vm, set, key, hash)? {
        Found::Yes(slot) => {
            store(set).borrow_mut().remove_at(slot);
            Ok(true)
        }
        Found::No(_) => Ok(false),
    }
}

fn new_empty(vm: &Vm, frozen: bool) -> Value {
    let t = if frozen {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    };
    Value::Obj(Obj::new(t, Payload::Set(RefCell::new(SetStore::new()))))
}

/// A new set (or frozenset) of `items`, inserted in order.
pub fn new_set_from(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let s = new_empty(vm, frozen);
    for v in items {
        add(vm, &s, v)?;
    }
    Ok(s)
}

/// Add everything from `iterable`, the way CPython's `set_update_internal` does.
pub fn update(vm: &mut Vm, set: &Value, iterable: &Value) -> PyResult<()> {
    if is_set(iterable) {
        if store(set).borrow().is_empty()
            && !Rc::ptr_eq(set.as_obj().unwrap(), iterable.as_obj().unwrap())
        {
            let other = store(iterable).borrow().clone();
            store(set).borrow_mut().merge_into_empty(&other);
            return Ok(());
        }
        let pairs: Vec<(i64, Value)> = store(iterable)
            .borrow()
            .iter_hashed()
            .map(|(h, k)| (h, k.clone()))
            .collect();
        store(set).borrow_mut().reserve_for(pairs.len());
        for (h, k) in pairs {
            add_hashed(vm, set, k, h)?;
        }
        return Ok(());
    }
    if let Some(Payload::Dict(d)) = iterable.payload() {
        let pairs: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        store(set).borrow_mut().reserve_for(pairs.len());
        for (h, k) in pairs {
            add_hashed(vm, set, k, h)?;
        }
        return Ok(());
    }
    for v in vm.collect_iterable(iterable)? {
        add(vm, set, v)?;
    }
    Ok(())
}

fn self_set(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.values.first() {
        Some(v) if is_set(v) => Ok(v.clone()),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn result_like(vm: &Vm, s: &Value) -> Value {
    let frozen = s.as_obj().unwrap().class_is(&vm.types.frozenset);
    new_empty(vm, frozen)
}

fn copy_of(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let r = result_like(vm, s);
    update(vm, &r, s)?;
    Ok(r)
}

fn set_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    crate::builtins::check_arity(vm, "add", args.values.len() - 1, 1, 1)?;
    add(vm, &s, args.values[1].clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    crate::builtins::check_arity(vm, "discard", args.values.len() - 1, 1, 1)?;
    discard(vm, &s, &args.values[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    crate::builtins::check_arity(vm, "remove", args.values.len() - 1, 1, 1)?;
    if !discard(vm, &s, &args.values[1])? {
        return Err(vm.key_error(args.values[1].clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    let v = store(&s).borrow_mut().pop_first();
    v.ok_or_else(|| vm.new_exc(crate::exc_kinds::Exc::KeyError, "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    store(&s).borrow_mut().clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    copy_of(vm, &s)
}

fn set_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    for other in &args.values[1..] {
        update(vm, &s, other)?;
    }
    Ok(Value::None)
}

/// `a | b` etc. for sets; `None` when `b` is not a set.
pub fn set_binop(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: ferropy_compiler::bytecode::BinOp,
) -> PyResult<Option<Value>> {
    use ferropy_compiler::bytecode::BinOp;
    if !is_set(a) || !is_set(b) {
        return Ok(None);
    }
    Ok(Some(match op {
        BinOp::Or => {
            let r = copy_of(vm, a)?;
            update(vm, &r, b)?;
            r
        }
        BinOp::And => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::Xor => {
            let r = result_like(vm, a);
            update(vm, &r, b)?;
            for v in items(a) {
                if !discard(vm, &r, &v)? {
                    add(vm, &r, v)?;
                }
            }
            r
        }
        _ => return Ok(None),
    }))
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` on a mutable set: `a` itself,
/// changed in place; NotImplemented when `b` is not a set.
fn set_inplace<const OP: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = self_set(vm, args)?;
    let op = ferropy_compiler::bytecode::BinOp::ALL[OP];
    let b = crate::objects::dunder_operand(vm, args)?;
    if op == ferropy_compiler::bytecode::BinOp::Or && is_set(b) {
        update(vm, &a, b)?;
        return Ok(a);
    }
    let Some(result) = set_binop(vm, &a, b, op)? else {
        return Ok(vm.not_implemented.clone());
    };
    let new = store(&result).borrow().clone();
    *store(&a).borrow_mut() = new;
    Ok(a)
}

fn intersection(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = result_like(vm, a);
    let (small, big) = if is_set(b) && store(b).borrow().len() > store(a).borrow().len() {
        (a, b)
    } else {
        (b, a)
    };
    let small_items = if is_set(small) {
        items(small)
    } else {
        vm.collect_iterable(small)?
    };
    for v in small_items {
        if contains(vm, big, &v)? {
            add(vm, &r, v)?;
        }
    }
    Ok(r)
}

fn difference(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = result_like(vm, a);
    let other = if is_set(b) {
        b.clone()
    } else {
        let it = vm.collect_iterable(b)?;
        new_set_from(vm, it, false)?
    };
    for v in items(a) {
        if !contains(vm, &other, &v)? {
            add(vm, &r, v)?;
        }
    }
    Ok(r)
}

fn as_set_arg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_set(v) {
        return Ok(v.clone());
    }
    let it = vm.collect_iterable(v)?;
    new_set_from(vm, it, false)
}

fn set_union(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    let r = copy_of(vm, &s)?;
    for other in &args.values[1..] {
        update(vm, &r, other)?;
    }
    Ok(r)
}

fn set_intersection(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    let mut r = copy_of(vm, &s)?;
    for other in &args.values[1..] {
        let o = as_set_arg(vm, other)?;
        r = intersection(vm, &r, &o)?;
    }
    Ok(r)
}

fn set_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    let mut r = copy_of(vm, &s)?;
    for other in &args.values[1..] {
        r = difference(vm, &r, other)?;
    }
    Ok(r)
}

fn set_symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    crate::builtins::check_arity(vm, "symmetric_difference", args.values.len() - 1, 1, 1)?;
    let o = as_set_arg(vm, &args.values[1])?;
    Ok(set_binop(vm, &s, &o, ferropy_compiler::bytecode::BinOp::Xor)?.unwrap())
}

fn set_issubset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    crate::builtins::check_arity(vm, "issubset", args.values.len() - 1, 1, 1)?;
    let o = as_set_arg(vm, &args.values[1])?;
    for v in items(&s) {
        if !contains(vm, &o, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_issuperset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    crate::builtins::check_arity(vm, "issuperset", args.values.len() - 1, 1, 1)?;
    let o = as_set_arg(vm, &args.values[1])?;
    for v in items(&o) {
        if !contains(vm, &s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    crate::builtins::check_arity(vm, "isdisjoint", args.values.len() - 1, 1, 1)?;
    for v in vm.collect_iterable(&args.values[1])? {
        if contains(vm, &s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    for other in &args.values[1..] {
        for v in vm.collect_iterable(other)? {
            discard(vm, &s, &v)?;
        }
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    let r = set_intersection(vm, args)?;
    let new = store(&r).borrow().clone();
    *store(&s).borrow_mut() = new;
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    let r = set_symmetric_difference(vm, args)?;
    let new = store(&r).borrow().clone();
    *store(&s).borrow_mut() = new;
    Ok(Value::None)
}

/// `set(iterable)` / `frozenset(iterable)` construction.
fn set_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("set.__new__(X): X is not a type object"));
    };
    let frozen = crate::types::tdata(cls).layout == crate::types::Layout::FrozenSet;
    let td = crate::types::tdata(cls);
    let obj = if td.instance_dict {
        Obj::with_dict(
            cls.clone(),
            Payload::Set(RefCell::new(SetStore::new())),
            vm.new_dict(),
        )
    } else {
        Obj::new(cls.clone(), Payload::Set(RefCell::new(SetStore::new())))
    };
    let v = Value::Obj(obj);
    if frozen {
        if pos.len() > 2 {
            return Err(vm.type_error(format!(
                "frozenset expected at most 1 argument, got {}",
                pos.len() - 1
            )));
        }
        if let Some(it) = pos.get(1) {
            update(vm, &v, it)?;
        }
    }
    Ok(v)
}

fn set_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = self_set(vm, args)?;
    if crate::types::tdata(&s.as_obj().unwrap().class()).layout == crate::types::Layout::FrozenSet {
        return Ok(Value::None);
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    store(&s).borrow_mut().clear();
    if let Some(it) = args.values.get(1) {
        update(vm, &s, it)?;
    }
    Ok(Value::None)
}

/// Register the set and frozenset methods.
pub fn install(vm: &mut Vm) {
    let common: &[(&str, crate::objects::function::NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__new__", set_new),
        ("__init__", set_init),
    ];
    use ferropy_compiler::bytecode::BinOp;
    let mutating: &[(&str, crate::objects::function::NativeFn)] = &[
        ("__ior__", set_inplace::<{ BinOp::Or as usize }>),
        ("__iand__", set_inplace::<{ BinOp::And as usize }>),
        ("__isub__", set_inplace::<{ BinOp::Sub as usize }>),
        ("__ixor__", set_inplace::<{ BinOp::Xor as usize }>),
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("difference_update", set_difference_update),
        ("intersection_update", set_intersection_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    for t in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        for (n, f) in common {
            crate::objects::add_method(vm, &t, n, *f);
        }
        crate::objects::mark_static(vm, &t, "__new__");
    }
    let t = vm.types.set.clone();
    for (n, f) in mutating {
        crate::objects::add_method(vm, &t, n, *f);
    }
}
