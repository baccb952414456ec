//! The `cmath` module (being written).

use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Vm};

/// Create the `cmath` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(module::new_module(vm, "cmath"))
}
