//! `getset_descriptor`: the class attribute behind an attribute that a
//! builtin type computes, such as `type.__name__`, `object.__class__` or
//! an instance's `__dict__` and `__weakref__`. The values themselves come
//! from `native_attrs` (and the weakref registry); the descriptor makes
//! them visible in class namespaces, as in CPython
//! (`type.__dict__["__name__"]`, `vars(C)["__dict__"]`).

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{GetSetData, Obj, Payload};
use crate::objects::function::Args;
use crate::objects::native_attrs;
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A new descriptor for attribute `name` of class `owner`.
pub fn new_getset(vm: &Vm, owner: &str, name: &str) -> Value {
    Value::Obj(Obj::new(
        vm.types.getset_descriptor.clone(),
        Payload::GetSet(GetSetData {
            name: name.into(),
            owner: owner.into(),
        }),
    ))
}

/// `obj.<attr>` through the descriptor.
pub fn get(vm: &mut Vm, g: &GetSetData, obj: &Value) -> PyResult<Value> {
    if &*g.name == "__weakref__" {
        let first = obj.as_obj().and_then(crate::finalize::first_weakref);
        return Ok(first.map_or(Value::None, Value::Obj));
    }
    if let Some(v) = native_attrs::get(vm, obj, &g.name)? {
        return Ok(v);
    }
    // What a class keeps in its namespace (`__module__`, `__type_params__`).
    let in_namespace = obj.payload().and_then(|p| match p {
        Payload::Type(td) => crate::objects::dict::get_str(&td.dict, &g.name),
        _ => None,
    });
    in_namespace.ok_or_else(|| vm.attribute_error(obj, &g.name))
}

/// `obj.<attr> = value` (`None`: `del obj.<attr>`) through the descriptor.
/// `Ok(false)` when a class keeps the value in its namespace, for the
/// caller to store it there.
pub fn set(vm: &mut Vm, g: &GetSetData, obj: &Value, value: Option<Value>) -> PyResult<bool> {
    if &*g.name != "__weakref__" {
        if let Some(done) = native_attrs::set(vm, obj, &g.name, value) {
            return done.map(|()| true);
        }
        if matches!(obj.payload(), Some(Payload::Type(_))) {
            return Ok(false);
        }
    }
    Err(vm.new_exc(
        Exc::AttributeError,
        format!(
            "attribute '{}' of '{}' objects is not writable",
            g.name, g.owner
        ),
    ))
}

fn getset_of<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a GetSetData> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::GetSet(g)) => Ok(g),
        _ => Err(vm.type_error("descriptor requires a 'getset_descriptor' object")),
    }
}

/// `descr.__get__(obj, type=None)`.
fn getset_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = getset_of(vm, args)?;
    match crate::objects::descriptor_get_target(vm, args)? {
        Some(obj) => get(vm, g, obj),
        None => Ok(args.values[0].clone()),
    }
}

fn getset_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = getset_of(vm, args)?;
    crate::builtins::check_arity(vm, "__set__", args.values.len() - 1, 2, 2)?;
    let (obj, value) = (&args.values[1], args.values[2].clone());
    if !set(vm, g, obj, Some(value.clone()))? {
        vm.generic_setattr(obj, &vm.new_str(g.name.to_string()), Some(value))?;
    }
    Ok(Value::None)
}

fn getset_delete(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = getset_of(vm, args)?;
    crate::builtins::check_arity(vm, "__delete__", args.values.len() - 1, 1, 1)?;
    let obj = &args.values[1];
    if !set(vm, g, obj, None)? {
        vm.generic_setattr(obj, &vm.new_str(g.name.to_string()), None)?;
    }
    Ok(Value::None)
}

/// The computed attributes of builtin types that CPython lists in their
/// namespaces.
const BUILTIN_GETSETS: [(&str, &[&str]); 2] = [
    ("object", &["__class__"]),
    (
        "type",
        &[
            "__name__",
            "__qualname__",
            "__bases__",
            "__base__",
            "__mro__",
            "__module__",
            "__dict__",
            "__annotations__",
            "__type_params__",
        ],
    ),
];

/// Register the descriptor's methods, and the builtin types' getsets.
pub fn install(vm: &mut Vm) {
    let t = vm.types.getset_descriptor.clone();
    crate::objects::add_method(vm, &t, "__get__", getset_get);
    crate::objects::add_method(vm, &t, "__set__", getset_set);
    crate::objects::add_method(vm, &t, "__delete__", getset_delete);
    for (owner, names) in BUILTIN_GETSETS {
        let class: ObjRef = match owner {
            "object" => vm.types.object.clone(),
            _ => vm.types.type_.clone(),
        };
        for name in names {
            let descr = new_getset(vm, owner, name);
            crate::objects::dict::set_str(vm, &tdata(&class).dict, name, descr);
        }
    }
}
