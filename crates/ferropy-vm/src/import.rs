//! The import system: `import`, `from ... import`, relative imports, and
//! finding `.py` modules and packages on `sys.path` through the `Os`.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::interp::Exit;
use crate::object::Payload;
use crate::objects::{dict, exception, module};
use crate::os::PathKind;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `IMPORT_NAME`: import `name` and return the module the statement binds.
pub fn import_name(vm: &mut Vm, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let name_s = name.as_str().unwrap_or("").to_string();
    let level = crate::objects::int::to_i64(level).unwrap_or(0);
    let full = if level > 0 {
        resolve_relative(vm, &name_s, level)?
    } else {
        name_s.clone()
    };
    if full.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let module = import_module(vm, &full)?;
    let has_fromlist = !fromlist.is_none() && vm.truthy(fromlist)?;
    if has_fromlist {
        return Ok(module);
    }
    if level > 0 && name_s.is_empty() {
        return Ok(module);
    }
    let top = if level > 0 {
        let base_len = full.len() - name_s.len();
        let first = name_s.split('.').next().unwrap();
        format!("{}{}", &full[..base_len], first)
    } else {
        full.split('.').next().unwrap().to_string()
    };
    get_module(vm, &top).ok_or_else(|| module_not_found(vm, &top))
}

fn resolve_relative(vm: &mut Vm, name: &str, level: i64) -> PyResult<String> {
    let globals = vm.frames.last().map(|f| f.globals.clone());
    let package = globals.as_ref().and_then(|g| {
        dict::get_str(g, "__package__")
            .filter(|p| p.as_str().is_some())
            .or_else(|| {
                let is_pkg = dict::get_str(g, "__path__").is_some();
                dict::get_str(g, "__name__").map(|n| {
                    let n = n.as_str().unwrap_or("").to_string();
                    if is_pkg {
                        vm.new_str(n)
                    } else {
                        vm.new_str(
                            n.rsplit_once('.')
                                .map(|(p, _)| p.to_string())
                                .unwrap_or_default(),
                        )
                    }
                })
            })
    });
    let package = package
        .and_then(|p| p.as_str().map(str::to_string))
        .unwrap_or_default();
    if package.is_empty() {
        return Err(vm.new_exc(
            Exc::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() || parts.is_empty() {
            return Err(vm.new_exc(
                Exc::ImportError,
                "attempted relative import beyond top-level package",
            ));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

fn get_module(vm: &Vm, name: &str) -> Option<Value> {
    dict::get_str(&vm.modules, name).filter(|m| !m.is_none())
}

fn module_not_found(vm: &Vm, name: &str) -> crate::error::PyErr {
    module_error(vm, name, format!("No module named '{name}'"))
}

/// A `ModuleNotFoundError` for module `name` with its `name` attribute.
fn module_error(vm: &Vm, name: &str, message: String) -> crate::error::PyErr {
    let err = vm.new_exc(Exc::ModuleNotFoundError, message);
    exception::set_attr_raw(vm, &err.0, "name", vm.new_str(name));
    err
}

/// `sys.modules[name]` is None: the import is blocked (CPython's error).
fn import_halted(vm: &Vm, name: &str) -> crate::error::PyErr {
    module_error(
        vm,
        name,
        format!("import of {name} halted; None in sys.modules"),
    )
}

/// Import a dotted module name, importing parents first.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult<Value> {
    match dict::get_str(&vm.modules, full) {
        Some(Value::None) => return Err(import_halted(vm, full)),
        Some(m) => return Ok(m),
        None => {}
    }
    let (parent, child) = match full.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, full),
    };
    let search_path = match parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            if let Some(m) = get_module(vm, full) {
                return Ok(m);
            }
            match vm.getattr_opt(&pm, "__path__")? {
                Some(path) => vm.collect_iterable(&path)?,
                None => {
                    let message = format!("No module named '{full}'; '{p}' is not a package");
                    return Err(module_error(vm, full, message));
                }
            }
        }
        None => {
            if let Some(init) = vm.native_modules.get(full).copied() {
                let m = init(vm)?;
                crate::docs::document_module(vm, full, &m);
                dict::set_str(vm, &vm.modules.clone(), full, Value::Obj(m.clone()));
                return Ok(Value::Obj(m));
            }
            let p = crate::sys::get_attr(vm, "path").unwrap_or(Value::None);
            vm.collect_iterable(&p)?
        }
    };
    let dirs: Vec<String> = search_path
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let module = load_from_path(vm, full, child, &dirs)?;
    if let Some(p) = parent {
        if let Some(pm) = get_module(vm, p) {
            let cn = vm.intern(child);
            vm.setattr(&pm, &cn, module.clone())?;
        }
    }
    Ok(module)
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir == "." {
        name.to_string()
    } else if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// Where module `name` would be loaded from: its source file, and whether
/// it is a package (`-m` needs this to run it as `__main__`).
pub fn find_module_file(vm: &mut Vm, name: &str) -> PyResult<Option<(String, bool)>> {
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let dirs: Vec<Value> = match parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            match vm.getattr_opt(&pm, "__path__")? {
                Some(path) => vm.collect_iterable(&path)?,
                None => return Ok(None),
            }
        }
        None => {
            let p = crate::sys::get_attr(vm, "path").unwrap_or(Value::None);
            vm.collect_iterable(&p)?
        }
    };
    for d in dirs.iter().filter_map(|v| v.as_str().map(str::to_string)) {
        let pkg_dir = join(&d, child);
        if vm.os.path_kind(&join(&pkg_dir, "__init__.py")) == Some(PathKind::File) {
            return Ok(Some((join(&pkg_dir, "__init__.py"), true)));
        }
        let file = join(&d, &format!("{child}.py"));
        if vm.os.path_kind(&file) == Some(PathKind::File) {
            return Ok(Some((file, false)));
        }
    }
    Ok(None)
}

fn load_from_path(vm: &mut Vm, full: &str, child: &str, dirs: &[String]) -> PyResult<Value> {
    let mut namespace_dirs = Vec::new();
    for d in dirs {
        let pkg_dir = join(d, child);
        let init = join(&pkg_dir, "__init__.py");
        if vm.os.path_kind(&init) == Some(PathKind::File) {
            return exec_module_file(vm, full, &init, Some(&pkg_dir));
        }
        let file = join(d, &format!("{child}.py"));
        if vm.os.path_kind(&file) == Some(PathKind::File) {
            return exec_module_file(vm, full, &file, None);
        }
        if vm.os.path_kind(&pkg_dir) == Some(PathKind::Dir) {
            namespace_dirs.push(pkg_dir);
        }
    }
    if !namespace_dirs.is_empty() {
        let m = module::new_module(vm, full);
        let path = namespace_dirs.into_iter().map(|d| vm.new_str(d)).collect();
        module::set_attr(vm, &m, "__path__", vm.new_list(path));
        module::set_attr(vm, &m, "__package__", vm.new_str(full));
        module::set_attr(vm, &m, "__file__", Value::None);
        dict::set_str(vm, &vm.modules.clone(), full, Value::Obj(m.clone()));
        return Ok(Value::Obj(m));
    }
    Err(module_not_found(vm, full))
}

/// Execute a module's source file as module `name`.
pub fn exec_module_file(
    vm: &mut Vm,
    name: &str,
    path: &str,
    pkg_dir: Option<&str>,
) -> PyResult<Value> {
    let source = vm
        .os
        .read_file(path)
        .map_err(|e| vm.new_exc(Exc::OSError, format!("{e}: '{path}'")))?;
    let source = String::from_utf8(source).map_err(|_| {
        vm.new_exc(
            Exc::SyntaxError,
            format!("(unicode error) invalid UTF-8 in {path}"),
        )
    })?;
    let m = module::new_module(vm, name);
    module::set_attr(vm, &m, "__file__", vm.new_str(path));
    match pkg_dir {
        Some(d) => {
            module::set_attr(vm, &m, "__path__", vm.new_list(vec![vm.new_str(d)]));
            module::set_attr(vm, &m, "__package__", vm.new_str(name));
        }
        None => {
            let pkg = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            module::set_attr(vm, &m, "__package__", vm.new_str(pkg));
        }
    }
    module::set_attr(vm, &m, "__builtins__", Value::Obj(vm.builtins.clone()));
    dict::set_str(vm, &vm.modules.clone(), name, Value::Obj(m.clone()));
    let result = run_source_in(vm, &source, path, &m);
    if let Err(e) = result {
        dict::del_str(&vm.modules, name);
        return Err(e);
    }
    Ok(get_module(vm, name).unwrap_or(Value::Obj(m)))
}

/// Compile and run `source` in module `m`'s namespace.
pub fn run_source_in(vm: &mut Vm, source: &str, filename: &str, m: &ObjRef) -> PyResult<Value> {
    let code = crate::loader::compile_source(vm, source, filename, ferropy_compiler::Mode::Exec)?;
    let globals = m.dict().unwrap();
    let frame =
        crate::objects::function::frame_for_code(vm, code, globals.clone(), Some(globals), &[]);
    match vm.run_frame(frame)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Ok(Value::None),
    }
}

/// `IMPORT_FROM`: `from module import name` (may import a submodule).
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    match vm.getattr_opt(module, n)? {
        Some(v) => Ok(v),
        None => {
            let mname = crate::objects::module::module_name(vm, module);
            if matches!(module.payload(), Some(Payload::Module))
                && vm.getattr_opt(module, "__path__")?.is_some()
            {
                let full = format!("{mname}.{n}");
                match import_module(vm, &full) {
                    Ok(m) => return Ok(m),
                    Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), Exc::ModuleNotFoundError) => {}
                    Err(e) => return Err(e),
                }
            }
            let file = module
                .as_obj()
                .and_then(|o| o.dict())
                .and_then(|d| dict::get_str(&d, "__file__"))
                .and_then(|f| f.as_str().map(str::to_string));
            let loc = match file {
                Some(f) => format!(" ({f})"),
                None => " (unknown location)".to_string(),
            };
            let err = vm.new_exc(
                Exc::ImportError,
                format!("cannot import name '{n}' from '{mname}'{loc}"),
            );
            exception::set_attr_raw(vm, &err.0, "name", vm.new_str(mname));
            Err(err)
        }
    }
}

/// `from module import *`.
pub fn import_star(vm: &mut Vm, module: &Value) -> PyResult<()> {
    let names: Vec<Value> = match vm.getattr_opt(module, "__all__")? {
        Some(all) => vm.collect_iterable(&all)?,
        None => {
            let d = module.as_obj().and_then(|o| o.dict());
            match d {
                Some(d) => dict::keys(&d)
                    .into_iter()
                    .filter(|k| !k.as_str().unwrap_or("_").starts_with('_'))
                    .collect(),
                None => Vec::new(),
            }
        }
    };
    let target = {
        let f = vm.frames.last().unwrap();
        f.locals.clone().unwrap_or_else(|| f.globals.clone())
    };
    for n in names {
        let v = vm.getattr(module, &n)?;
        vm.mapping_set(&target, n, v)?;
    }
    Ok(())
}
