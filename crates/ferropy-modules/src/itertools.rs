//! The `itertools` module.
//!
//! The iterators are lazy classes written in Python (`itertools/impl.py`),
//! compiled once when the module is imported: the VM has no payload for
//! native iterator state and this crate cannot add one, so per-iterator
//! state lives in ordinary instance attributes. Names, reprs and error
//! messages follow CPython 3.13.

use ferropy_vm::{ObjRef, PyResult, Vm};

/// Python source of the iterator classes.
const SOURCE: &str = include_str!("itertools/impl.py");

/// Create the `itertools` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    crate::module_from_source(vm, "itertools", SOURCE)
}
