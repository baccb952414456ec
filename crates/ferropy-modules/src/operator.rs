//! The `operator` module (being written).

use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Vm};

/// Create the `operator` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(module::new_module(vm, "operator"))
}
