//! Module objects.

use crate::object::{Obj, Payload};
use crate::objects::dict;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A new module named `name` with an empty namespace.
pub fn new_module(vm: &Vm, name: &str) -> ObjRef {
    let d = vm.new_dict();
    dict::set_str(vm, &d, "__name__", vm.new_str(name));
    dict::set_str(vm, &d, "__doc__", Value::None);
    dict::set_str(vm, &d, "__package__", Value::None);
    dict::set_str(vm, &d, "__loader__", Value::None);
    dict::set_str(vm, &d, "__spec__", Value::None);
    Obj::with_dict(vm.types.module.clone(), Payload::Module, d)
}

/// The module's `__name__`.
pub fn module_name(_vm: &Vm, m: &Value) -> String {
    m.as_obj()
        .and_then(|o| o.dict.as_ref())
        .and_then(|d| dict::get_str(d, "__name__"))
        .and_then(|n| n.as_str().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

/// Add a builtin function to a module namespace.
pub fn add_function(vm: &Vm, m: &ObjRef, name: &str, f: crate::objects::function::NativeFn) {
    let module_name = module_name(vm, &Value::Obj(m.clone()));
    let func = Value::Obj(crate::object::Obj::new(
        vm.types.builtin_function.clone(),
        crate::object::Payload::NativeFunction(crate::objects::function::NativeFunction {
            name: name.into(),
            qualname: name.into(),
            func: f,
            self_: Value::Undef,
            module: Some(module_name.into()),
        }),
    ));
    dict::set_str(vm, m.dict.as_ref().unwrap(), name, func);
}

/// Set a module attribute.
pub fn set_attr(vm: &Vm, m: &ObjRef, name: &str, v: Value) {
    dict::set_str(vm, m.dict.as_ref().unwrap(), name, v);
}
