//! `obj.__class__ = C`: the checks CPython makes before it lets an object
//! change class, and the change itself (`Obj::replace_class`).
//!
//! An object may move between two classes made by `class` statements (or
//! between `module` and its subclasses) when instances of both have the
//! same native layout: the same builtin base payload, both or neither with
//! a `__dict__`, and the same `__slots__`.

use crate::error::{PyErr, PyResult};
use crate::objects::exception;
use crate::objects::type_type::{instances_have_dict, instances_have_weakref};
use crate::types::{is_subtype, tdata};
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
        && instances_have_dict(vm, &sa) == instances_have_dict(vm, &sb)
        && instances_have_weakref(vm, &sa) == instances_have_weakref(vm, &sb)
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
        || (instances_have_dict(vm, t) && !instances_have_dict(vm, base))
        || (instances_have_weakref(vm, t) && !instances_have_weakref(vm, base))
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
