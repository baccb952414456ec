//! ferropy as a library: create an interpreter, run source, get the result.
//!
//! The `ferropy` command is built on this API; embedders use it to run Python
//! with the host `Os` (or, later, a sandbox).

pub mod cli;
pub mod host_os;

use ferropy_vm::objects::{dict, module};
use ferropy_vm::os::Os;
use ferropy_vm::{PyErr, Value, Vm};

pub use ferropy_vm;

/// Exit code meaning "end the process by SIGINT" (an uncaught
/// `KeyboardInterrupt`, as CPython does).
pub const EXIT_BY_SIGINT: i32 = -2;

/// How a run of a program ended.
pub enum RunOutcome {
    /// Normal completion.
    Ok,
    /// `SystemExit` or an uncaught exception: the process exit code.
    Exit(i32),
}

/// One Python interpreter with its `__main__` module.
pub struct Interpreter {
    pub vm: Vm,
}

/// Configuration for a new interpreter.
pub struct Config {
    pub argv: Vec<String>,
    /// Entries placed at the front of `sys.path`.
    pub path: Vec<String>,
    /// `PYTHONHASHSEED` value, if set.
    pub hash_seed: Option<u32>,
    /// Do what CPython's `site` does to builtins (`exit`, `help`, ...);
    /// `-S` turns it off.
    pub site: bool,
    /// `sys.flags` set by command-line options (see `sys::set_flags`).
    pub flags: Vec<(&'static str, i64)>,
    /// The error handler of `sys.stdin` and `sys.stdout` (their encoding
    /// is UTF-8), if not `strict`: CPython picks it from the locale and
    /// `PYTHONIOENCODING`.
    pub stdio_errors: Option<String>,
}

impl Interpreter {
    /// Create an interpreter talking to the world through `os`.
    pub fn new(mut os: Box<dyn Os>, config: Config) -> Interpreter {
        let secret = match config.hash_seed {
            Some(seed) => ferropy_text::hash::HashSecret::from_seed(seed),
            None => {
                let mut bytes = [0u8; 24];
                os.random_bytes(&mut bytes);
                ferropy_text::hash::HashSecret::from_random_bytes(bytes)
            }
        };
        ferropy_vm::objects::str::init_hash_secret(secret);
        let mut vm = Vm::new(os, secret);
        ferropy_modules::register(&mut vm);
        let argv = config.argv.iter().map(|a| vm.new_str(a.clone())).collect();
        ferropy_vm::sys::set_attr(&vm, "argv", vm.new_list(argv));
        ferropy_vm::sys::set_flags(&mut vm, &config.flags);
        let path = config.path.iter().map(|p| vm.new_str(p.clone())).collect();
        ferropy_vm::sys::set_attr(&vm, "path", vm.new_list(path));
        let modules = vm.modules.clone();
        dict::set_str(&vm, &modules, "sys", Value::Obj(vm.sys.clone()));
        dict::set_str(&vm, &modules, "builtins", Value::Obj(vm.builtins.clone()));
        if let Some(errors) = &config.stdio_errors {
            for stream in ["stdin", "stdout"] {
                if let Some(s) = ferropy_vm::sys::get_attr(&vm, stream) {
                    let errors = vm.new_str(errors.as_str());
                    if let Some(d) = s.as_obj().and_then(|o| o.dict()) {
                        dict::set_str(&vm, &d, "errors", errors);
                    }
                }
            }
        }
        let mut interp = Interpreter { vm };
        if config.site {
            if let Err(e) = ferropy_modules::sitebuiltins::install_site_builtins(&mut interp.vm) {
                // Only a bug in ferropy gets here: report it, and go on
                // without the site builtins.
                interp.handle_uncaught(e);
            }
        }
        interp
    }

    /// The `__main__` module (created on first use).
    pub fn main_module(&mut self) -> ferropy_vm::ObjRef {
        if let Some(Value::Obj(m)) = dict::get_str(&self.vm.modules, "__main__") {
            return m;
        }
        let m = module::new_module(&self.vm, "__main__");
        module::set_attr(
            &self.vm,
            &m,
            "__builtins__",
            Value::Obj(self.vm.builtins.clone()),
        );
        let modules = self.vm.modules.clone();
        dict::set_str(&self.vm, &modules, "__main__", Value::Obj(m.clone()));
        m
    }

    /// Run `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str) -> RunOutcome {
        let m = self.main_module();
        if !filename.starts_with('<') {
            module::set_attr(&self.vm, &m, "__file__", self.vm.new_str(filename));
        }
        let r = ferropy_vm::import::run_source_in(&mut self.vm, source, filename, &m);
        self.finish(r.map(|_| ()))
    }

    /// Run module `name` as `__main__` (`-m`); a package runs its `__main__`.
    pub fn run_module(&mut self, name: &str) -> RunOutcome {
        match ferropy_vm::import::find_module_file(&mut self.vm, name) {
            Ok(None) => {
                self.vm
                    .write_stderr(format!("ferropy: No module named {name}\n").as_bytes());
                return RunOutcome::Exit(1);
            }
            Err(e) => return self.finish(Err(e)),
            Ok(Some(_)) => {}
        }
        let r = self.run_module_inner(name);
        self.finish(r)
    }

    fn run_module_inner(&mut self, name: &str) -> Result<(), PyErr> {
        let found = ferropy_vm::import::find_module_file(&mut self.vm, name)?;
        let (path, is_pkg) = match found {
            Some(f) => f,
            None => {
                let msg = format!("No module named {name}");
                return Err(self
                    .vm
                    .new_exc(ferropy_vm::exc_kinds::Exc::ModuleNotFoundError, msg));
            }
        };
        if is_pkg {
            ferropy_vm::import::import_module(&mut self.vm, name)?;
            return self.run_module_inner(&format!("{name}.__main__"));
        }
        let argv = ferropy_vm::sys::get_attr(&self.vm, "argv").unwrap_or(Value::None);
        if let Some(ferropy_vm::object::Payload::List(l)) = argv.payload() {
            if let Some(first) = l.borrow_mut().first_mut() {
                *first = self.vm.new_str(path.clone());
            }
        }
        let source = self.vm.os.read_file(&path).map_err(|e| {
            self.vm
                .new_exc(ferropy_vm::exc_kinds::Exc::OSError, e.to_string())
        })?;
        let m = self.main_module();
        module::set_attr(&self.vm, &m, "__file__", self.vm.new_str(path.clone()));
        let package = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        module::set_attr(&self.vm, &m, "__package__", self.vm.new_str(package));
        ferropy_vm::import::run_source_in(
            &mut self.vm,
            &String::from_utf8_lossy(&source),
            &path,
            &m,
        )
        .map(|_| ())
    }

    /// Report the end of a run: print an uncaught exception, compute the exit code.
    pub fn finish(&mut self, r: Result<(), PyErr>) -> RunOutcome {
        let outcome = match r {
            Ok(()) => RunOutcome::Ok,
            Err(e) => self.handle_uncaught(e),
        };
        self.vm.flush_stdout();
        outcome
    }

    /// End the program as CPython does: drop `__main__` and collect what
    /// it held, so `__del__` methods run and generators close, then flush
    /// output. Call once, after the last run.
    pub fn shutdown(&mut self) {
        ferropy_vm::finalize::at_exit(&mut self.vm);
        self.vm.flush_stdout();
    }

    /// Print an uncaught exception (or honour `SystemExit`) and return the exit code.
    pub fn handle_uncaught(&mut self, e: PyErr) -> RunOutcome {
        let v = Value::Obj(e.0.clone());
        if self.vm.is_exc(&v, ferropy_vm::exc_kinds::Exc::SystemExit) {
            let code =
                ferropy_vm::objects::exception::get_attr_raw(&e.0, "code").unwrap_or(Value::None);
            return RunOutcome::Exit(self.exit_code(code));
        }
        let interrupted = self
            .vm
            .is_exc(&v, ferropy_vm::exc_kinds::Exc::KeyboardInterrupt);
        let hook = ferropy_vm::sys::get_attr(&self.vm, "excepthook").unwrap_or(Value::None);
        let t = Value::Obj(self.vm.type_of(&v));
        let tb = ferropy_vm::objects::exception::traceback_of(&v);
        if let Err(hook_err) = self.vm.call(&hook, vec![t, v, tb], &[]) {
            let text = ferropy_vm::traceback::format_exception(&mut self.vm, &hook_err.0);
            self.vm.write_stderr(
                format!("Error in sys.excepthook:\n{text}\nOriginal exception was:\n").as_bytes(),
            );
            let text = ferropy_vm::traceback::format_exception(&mut self.vm, &e.0);
            self.vm.write_stderr(text.as_bytes());
        }
        RunOutcome::Exit(if interrupted { EXIT_BY_SIGINT } else { 1 })
    }

    fn exit_code(&mut self, code: Value) -> i32 {
        match &code {
            Value::None => 0,
            Value::False => 0,
            Value::True => 1,
            Value::Int(i) => *i as i32,
            _ => {
                let s = self.vm.str_of(&code).unwrap_or_default();
                self.vm.flush_stdout();
                self.vm.write_stderr(format!("{s}\n").as_bytes());
                1
            }
        }
    }
}
