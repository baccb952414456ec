//! Native modules implemented in Rust, registered with a `Vm` by name.

mod arg_clinic;
pub mod cmath;
pub mod gc;
pub mod itertools;
pub mod math;
pub mod operator;
mod real_args;
pub mod sitebuiltins;
pub mod time;
pub mod weakref;

use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Vm};

/// A new module `name` whose namespace is what running the Python
/// `source` in it leaves (for modules written in Python).
pub(crate) fn module_from_source(vm: &mut Vm, name: &str, source: &str) -> PyResult<ObjRef> {
    let m = module::new_module(vm, name);
    let ns = m.dict().expect("module namespace");
    operator::exec_into(vm, source, &ns)?;
    Ok(m)
}

/// Make every native module of this crate importable in `vm`.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math".into(), math::init);
    vm.native_modules.insert("time".into(), time::init);
    vm.native_modules.insert("gc".into(), gc::init);
    vm.native_modules.insert("cmath".into(), cmath::init);
    vm.native_modules
        .insert("itertools".into(), itertools::init);
    vm.native_modules.insert("_operator".into(), operator::init);
    // Until the standard library's operator.py is embedded.
    vm.native_modules.insert("operator".into(), operator::init);
    vm.native_modules.insert("_weakref".into(), weakref::init);
    vm.native_modules
        .insert("_sitebuiltins".into(), sitebuiltins::init);
    // Until the standard library's weakref.py is embedded.
    vm.native_modules.insert("weakref".into(), weakref::init);
}
