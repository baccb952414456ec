//! `obj.__class__ = C`: the checks CPython makes before it lets an object
//! change class, and the change itself (`Obj::replace_class`).
//!
//! An object may move between two classes made by `class` statements (or
//! between `module` and its subclasses) when instances of both have the
//! same native layout: the same builtin base payload, both or neither with
//! a `__dict__`, and the same `__slots__`.

use crate::error::{PyErr, PyResult};
use crate::objects::exception;
use crate::types::{is_subtype, tdata, Layout};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// Assign `value` to `obj.__class__` (`None`: `del obj.__class__`).
pub fn assign(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let new = match &value {
        Value::Obj(t) if t.as_type().is_some() => t.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                vm.type_name(&value)
            )))
        }
    };
    let old = vm.type_of(obj);
    let Value::Obj(o) = obj else {
        return Err(immutable_error(vm));
    };
    let modules = is_subtype(&old, &vm.types.module) && is_subtype(&new, &vm.types.module);
    let both_heap = tdata(&old).is_heap && tdata(&new).is_heap;
    if !(modules || both_heap) {
        return Err(immutable_error(vm));
    }
    if !same_layout(vm, &old, &new) {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            tdata(&new).name(),
            tdata(&old).name()
        )));
    }
    // The old class is dropped only after the slot holds the new one
    // (dropping it can run finalizers).
    let previous = o.replace_class(new);
    drop(previous);
    Ok(())
}

fn immutable_error(vm: &Vm) -> PyErr {
    vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
}

/// Whether instances of `a` and `b` carry the same native state: CPython
/// compares the classes that last added state (`solid_class`), which must
/// be the same, or add the same slots to the same base.
fn same_layout(vm: &Vm, a: &ObjRef, b: &ObjRef) -> bool {
    let (sa, sb) = (solid_class(vm, a), solid_class(vm, b));
    if Rc::ptr_eq(&sa, &sb) {
        return true;
    }
    let same_base = match (layout_base(&sa), layout_base(&sb)) {
        (Some(x), Some(y)) => Rc::ptr_eq(&x, &y),
        _ => false,
    };
    same_base
        && tdata(&sa).is_heap
        && tdata(&sb).is_heap
        && own_slots(&sa) == own_slots(&sb)
        && has_dict(vm, &sa) == has_dict(vm, &sb)
        && has_weakref(vm, &sa) == has_weakref(vm, &sb)
}

/// The nearest class, from `t` up its layout bases, whose instances carry
/// state its layout base's instances lack.
fn solid_class(vm: &Vm, t: &ObjRef) -> ObjRef {
    let mut class = t.clone();
    while let Some(base) = layout_base(&class) {
        if adds_state(vm, &class, &base) {
            break;
        }
        class = base;
    }
    class
}

/// The base whose instance layout `t` extends: the first base with `t`'s
/// builtin layout and slot values.
fn layout_base(t: &ObjRef) -> Option<ObjRef> {
    let td = tdata(t);
    let bases = td.bases.borrow();
    let own = own_slots(t).len();
    let extends = |b: &&ObjRef| {
        let bd = tdata(b);
        bd.layout == td.layout && bd.slot_count + own == td.slot_count
    };
    bases.iter().find(extends).or(bases.first()).cloned()
}

/// Whether instances of `t` carry more state than those of `base`.
fn adds_state(vm: &Vm, t: &ObjRef, base: &ObjRef) -> bool {
    let td = tdata(t);
    if !td.is_heap {
        return td.layout != tdata(base).layout || exception::has_own_fields(vm, t);
    }
    !own_slots(t).is_empty()
        || (has_dict(vm, t) && !has_dict(vm, base))
        || (has_weakref(vm, t) && !has_weakref(vm, base))
}

/// The slot values `t`'s own `__slots__` add, sorted (as CPython lays
/// them out).
fn own_slots(t: &ObjRef) -> Vec<&str> {
    let mut names: Vec<&str> = tdata(t)
        .slots
        .iter()
        .flatten()
        .map(String::as_str)
        .filter(|n| *n != "__dict__" && *n != "__weakref__")
        .collect();
    names.sort_unstable();
    names
}

/// Whether instances of `t` have a `__dict__` (modules always do).
fn has_dict(vm: &Vm, t: &ObjRef) -> bool {
    let td = tdata(t);
    td.instance_dict || (td.is_heap && td.slots.is_none()) || Rc::ptr_eq(t, &vm.types.module)
}

/// Whether instances of `t` can be weakly referenced through a slot of
/// their own (every class without `__slots__`, or with `__weakref__` in
/// them; of the builtin bases, sets, types and modules).
fn has_weakref(vm: &Vm, t: &ObjRef) -> bool {
    let td = tdata(t);
    if !td.is_heap {
        let builtin = matches!(td.layout, Layout::Set | Layout::FrozenSet | Layout::Type);
        return builtin || Rc::ptr_eq(t, &vm.types.module);
    }
    match &td.slots {
        None => true,
        Some(s) => {
            s.iter().any(|n| n == "__weakref__")
                || td.bases.borrow().iter().any(|b| has_weakref(vm, b))
        }
    }
}
