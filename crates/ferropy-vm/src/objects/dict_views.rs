//! `dict.keys()`, `.values()`, `.items()` views: set operations and methods.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::objects::set;
use crate::value::Value;
use crate::vm::Vm;

/// A set holding a keys or items view's elements.
pub fn as_set(vm: &mut Vm, view: &Value) -> PyResult<Value> {
    let Some(Payload::DictView(d, kind)) = view.payload() else {
        return Err(vm.type_error("expected a dict view"));
    };
    let items = vm.view_items(d, *kind);
    set::new_set_from(vm, items, false)
}

fn isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "isdisjoint", args.values.len() - 1, 1, 1)?;
    let view = args.values[0].clone();
    for v in vm.collect_iterable(&args.values[1])? {
        if vm.contains(&view, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let view = args
        .values
        .first()
        .filter(|v| matches!(v.payload(), Some(Payload::DictView(..))));
    view.and_then(|v| crate::objects::iterators::reversed_dict(vm, v))
        .ok_or_else(|| vm.type_error("expected a dict view"))
}

/// Register view methods.
pub fn install(vm: &mut Vm) {
    for t in [
        vm.types.dict_keys.clone(),
        vm.types.dict_items.clone(),
        vm.types.dict_values.clone(),
    ] {
        crate::objects::add_method(vm, &t, "isdisjoint", isdisjoint);
        crate::objects::add_method(vm, &t, "__reversed__", reversed);
    }
}
