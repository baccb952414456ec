//! `_sitebuiltins`, and `install_site_builtins`, which does what CPython's
//! `site` module does to builtins at start-up (unless `-S`): adds `exit`,
//! `quit`, `help`, `copyright`, `credits` and `license`. Written in Python
//! (`sitebuiltins/impl.py`), as these objects are plain classes.

use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Value, Vm};

const SOURCE: &str = include_str!("sitebuiltins/impl.py");

/// Create the `_sitebuiltins` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    crate::module_from_source(vm, "_sitebuiltins", SOURCE)
}

const CREDITS: &str = "    Thanks to the CPython and PyPy projects, whose designs ferropy\n    \
                       follows, and to everyone who tests it.";
const LICENSE: &str = "ferropy is distributed under the MIT license.";

/// Add the site builtins (`exit`, `help`, ...) to the builtins module.
pub fn install_site_builtins(vm: &mut Vm) -> PyResult<()> {
    let m = ferropy_vm::import::import_module(vm, "_sitebuiltins")?;
    let eof = vm.new_str("Ctrl-D (i.e. EOF)");
    let copyright = ferropy_vm::sys::get_attr(vm, "copyright").unwrap_or(Value::None);
    let objects = [
        ("exit", "Quitter", vec![vm.new_str("exit"), eof.clone()]),
        ("quit", "Quitter", vec![vm.new_str("quit"), eof]),
        ("help", "_Helper", vec![]),
        (
            "copyright",
            "_Printer",
            vec![vm.new_str("copyright"), copyright],
        ),
        (
            "credits",
            "_Printer",
            vec![vm.new_str("credits"), vm.new_str(CREDITS)],
        ),
        (
            "license",
            "_Printer",
            vec![vm.new_str("license"), vm.new_str(LICENSE)],
        ),
    ];
    let builtins = vm.builtins.clone();
    for (name, class, args) in objects {
        let class = vm.getattr_str(&m, class)?;
        let object = vm.call(&class, args, &[])?;
        module::set_attr(vm, &builtins, name, object);
    }
    Ok(())
}
