//! Module objects.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::dict;
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A new module named `name` with an empty namespace.
pub fn new_module(vm: &Vm, name: &str) -> ObjRef {
    module_of_class(vm, vm.types.module.clone(), vm.new_str(name), Value::None)
}

/// A module of class `class` (`module` or a subclass) with the namespace
/// CPython starts a module with.
fn module_of_class(vm: &Vm, class: ObjRef, name: Value, doc: Value) -> ObjRef {
    let d = vm.new_dict();
    dict::set_str(vm, &d, "__name__", name);
    dict::set_str(vm, &d, "__doc__", doc);
    dict::set_str(vm, &d, "__package__", Value::None);
    dict::set_str(vm, &d, "__loader__", Value::None);
    dict::set_str(vm, &d, "__spec__", Value::None);
    Obj::with_dict(class, Payload::Module, d)
}

/// `module(name, doc=None)` (`types.ModuleType`).
fn module_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(class)) = pos.first() else {
        return Err(vm.type_error("module.__new__(): not enough arguments"));
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("module() takes no keyword arguments"));
    }
    let given = &pos[1..];
    let name = match given {
        [] => return Err(vm.type_error("module() missing required argument 'name' (pos 1)")),
        [_, _, _, ..] => {
            return Err(vm.type_error(format!(
                "module() takes at most 2 arguments ({} given)",
                given.len()
            )))
        }
        [name, ..] if name.as_str().is_some() => name.clone(),
        [other, ..] => {
            return Err(vm.type_error(format!(
                "module() argument 'name' must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let doc = given.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Obj(module_of_class(vm, class.clone(), name, doc)))
}

/// The `module` type's constructor.
pub fn install(vm: &mut Vm) {
    let t = vm.types.module.clone();
    crate::objects::add_method(vm, &t, "__new__", module_new);
    crate::objects::mark_static(vm, &t, "__new__");
}

/// The module's `__name__`.
pub fn module_name(_vm: &Vm, m: &Value) -> String {
    m.as_obj()
        .and_then(|o| o.dict())
        .and_then(|d| dict::get_str(&d, "__name__"))
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
    dict::set_str(vm, &m.dict().unwrap(), name, func);
}

/// Set a module attribute.
pub fn set_attr(vm: &Vm, m: &ObjRef, name: &str, v: Value) {
    dict::set_str(vm, &m.dict().unwrap(), name, v);
}
