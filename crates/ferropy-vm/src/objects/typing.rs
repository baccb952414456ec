//! Objects for PEP 695 syntax: `TypeVar`-like parameters and `type` aliases.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// A `TypeVar` (kind 0/1), `TypeVarTuple` (2) or `ParamSpec` (3) named `name`.
pub fn new_type_param(vm: &Vm, name: Value, bound: Value, kind: u8) -> Value {
    let n = name.as_str().unwrap_or("T").to_string();
    let shown = match kind {
        2 => format!("*{n}"),
        3 => format!("**{n}"),
        _ => format!("~{n}"),
    };
    Value::Obj(Obj::new(
        vm.types.typevar.clone(),
        Payload::TypeParam(shown, bound),
    ))
}

/// `type Name = value`: the value is computed lazily by `func`.
pub fn new_type_alias(vm: &Vm, name: Value, func: Value) -> Value {
    let n = name.as_str().unwrap_or("?").to_string();
    Value::Obj(Obj::new(
        vm.types.type_alias.clone(),
        Payload::TypeAlias(n, RefCell::new(Value::Undef), func),
    ))
}

/// `list[int]` and friends: a `types.GenericAlias` of the class and arguments.
fn class_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__class_getitem__", args.values.len() - 1, 1, 1)?;
    let origin = args.values[0].clone();
    let params = match args.values[1].payload() {
        Some(Payload::Tuple(_)) => args.values[1].clone(),
        _ => vm.new_tuple(vec![args.values[1].clone()]),
    };
    Ok(Value::Obj(Obj::new(
        vm.types.generic_alias.clone(),
        Payload::GenericAlias(origin, params),
    )))
}

/// Make the builtin containers generic (`list[int]`, `dict[str, int]`, ...).
pub fn install(vm: &mut Vm) {
    let types = [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.tuple.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.type_.clone(),
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
        vm.types.enumerate.clone(),
    ];
    for t in types {
        crate::objects::add_method(vm, &t, "__class_getitem__", class_getitem);
        crate::objects::mark_classmethod(vm, &t, "__class_getitem__");
    }
}
