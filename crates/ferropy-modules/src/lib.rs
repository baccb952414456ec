//! Native modules implemented in Rust, registered with a `Vm` by name.

pub mod math;
pub mod time;

use ferropy_vm::Vm;

/// Make every native module of this crate importable in `vm`.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math".into(), math::init);
    vm.native_modules.insert("time".into(), time::init);
}
