//! `dict.keys()`, `.values()`, `.items()` views: set operations and methods.

use crate::error::PyResult;
use crate::object::{DictViewKind, Payload};
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
    let Some(Payload::DictView(d, kind)) = args.values[0].payload() else {
        return Err(vm.type_error("expected a dict view"));
    };
    let mut items = vm.view_items(d, *kind);
    items.reverse();
    let l = vm.new_list(items);
    vm.iter(&l)
}

/// Register view methods.
pub fn install(vm: &mut Vm) {
    let _ = DictViewKind::Keys;
    for t in [
        vm.types.dict_keys.clone(),
        vm.types.dict_items.clone(),
        vm.types.dict_values.clone(),
    ] {
        crate::objects::add_method(vm, &t, "isdisjoint", isdisjoint);
        crate::objects::add_method(vm, &t, "__reversed__", reversed);
    }
}
