//! `mappingproxy` (`types.MappingProxyType`, what `cls.__dict__` gives):
//! a read-only view of a dict. Reading, iterating, `len` and `in` are
//! handled with the dict protocols; the named methods here forward to the
//! dict's own.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// The dict methods a mappingproxy offers, forwarded as they are.
const FORWARDED: [&str; 6] = ["keys", "values", "items", "get", "copy", "__reversed__"];

/// `proxy.NAME(*args)` for `FORWARDED[I]`: the same call on the dict.
fn forward<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", FORWARDED[I])));
    }
    let Some(Payload::MappingProxy(d)) = args.values[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'mappingproxy' object"));
    };
    let d = Value::Obj(d.clone());
    vm.call_method(&d, FORWARDED[I], args.values[1..].to_vec())
}

/// Register the mappingproxy methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    let methods = [
        forward::<0>,
        forward::<1>,
        forward::<2>,
        forward::<3>,
        forward::<4>,
        forward::<5>,
    ];
    for (name, f) in FORWARDED.iter().zip(methods) {
        crate::objects::add_method(vm, &t, name, f);
    }
}
