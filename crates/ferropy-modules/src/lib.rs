//! Native modules implemented in Rust, registered with a `Vm` by name.

pub mod gc;
pub mod math;
pub mod time;
pub mod weakref;

use ferropy_vm::Vm;

/// Make every native module of this crate importable in `vm`.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math".into(), math::init);
    vm.native_modules.insert("time".into(), time::init);
    vm.native_modules.insert("gc".into(), gc::init);
    vm.native_modules.insert("_weakref".into(), weakref::init);
    // Until the standard library's weakref.py is embedded.
    vm.native_modules.insert("weakref".into(), weakref::init);
}
