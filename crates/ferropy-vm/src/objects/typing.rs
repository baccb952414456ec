//! Objects for PEP 695 syntax: `TypeVar`-like parameters and `type` aliases.

use crate::object::{Obj, Payload};
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
