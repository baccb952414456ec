//! The `sys` module and the standard stream objects.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::Payload;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{dict, int, module};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A `sys` attribute.
pub fn get_attr(vm: &Vm, name: &str) -> Option<Value> {
    dict::get_str(&vm.sys.dict().unwrap(), name)
}

/// Set a `sys` attribute.
pub fn set_attr(vm: &Vm, name: &str, v: Value) {
    dict::set_str(vm, &vm.sys.dict().unwrap(), name, v);
}

/// The file descriptor of one of our standard stream objects.
fn stream_fd(v: &Value) -> Option<i64> {
    let o = v.as_obj()?;
    if !matches!(o.payload, Payload::Instance) {
        return None;
    }
    match dict::get_str(&o.dict()?, "_ferropy_fd")? {
        Value::Int(fd) => Some(fd),
        _ => None,
    }
}

/// Write `s` to standard output (`fd` 1) or error (2) of `stream`,
/// encoded in UTF-8 with the stream's error handler (`errors`), which
/// only lone surrogates can need.
fn write_std(vm: &mut Vm, stream: &Value, fd: i64, s: &str) -> PyResult<()> {
    let escaped;
    let bytes = if ferropy_text::surrogates::has_stand_ins(s) {
        let errors = stream
            .as_obj()
            .and_then(|o| dict::get_str(&o.dict()?, "errors"))
            .and_then(|e| e.as_str().map(str::to_string))
            .unwrap_or_else(|| "strict".into());
        escaped = crate::objects::codecs::encode(vm, s, "utf-8", &errors)?;
        &escaped[..]
    } else {
        s.as_bytes()
    };
    if fd == 1 {
        vm.write_stdout(bytes);
    } else {
        vm.write_stderr(bytes);
    }
    Ok(())
}

/// `file.write(s)`, with a fast path for our stdout/stderr.
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    match stream_fd(file) {
        Some(fd @ (1 | 2)) => write_std(vm, file, fd, s)?,
        _ => {
            let sv = vm.new_str(s);
            vm.call_method(file, "write", vec![sv])?;
        }
    }
    Ok(())
}

/// `file.flush()`.
pub fn flush(vm: &mut Vm, file: &Value) -> PyResult<()> {
    match stream_fd(file) {
        Some(_) => vm.flush_stdout(),
        None => {
            if vm.getattr_opt(file, "flush")?.is_some() {
                vm.call_method(file, "flush", vec![])?;
            }
        }
    }
    Ok(())
}

fn stream_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "write", args.values.len() - 1, 1, 1)?;
    let s = args.values[1]
        .as_str()
        .ok_or_else(|| {
            vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&args.values[1])
            ))
        })?
        .to_string();
    match stream_fd(&args.values[0]) {
        Some(fd @ (1 | 2)) => write_std(vm, &args.values[0], fd, &s)?,
        _ => return Err(vm.new_exc(Exc::OSError, "not writable")),
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    vm.flush_stdout();
    Ok(Value::None)
}

fn stream_readline(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let line = vm
        .os
        .read_stdin_line()
        .map_err(|e| vm.new_exc(Exc::OSError, e.to_string()))?;
    let text = crate::objects::codecs::decode(vm, &line, "utf-8", "surrogateescape")?;
    Ok(vm.new_str(text))
}

fn stream_read(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let mut all = Vec::new();
    loop {
        let line = vm
            .os
            .read_stdin_line()
            .map_err(|e| vm.new_exc(Exc::OSError, e.to_string()))?;
        if line.is_empty() {
            break;
        }
        all.extend(line);
    }
    let text = crate::objects::codecs::decode(vm, &all, "utf-8", "surrogateescape")?;
    Ok(vm.new_str(text))
}

fn stream_isatty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let fd = stream_fd(&args.values[0]).unwrap_or(-1);
    Ok(Value::Bool(fd == 0 && vm.os.stdin_is_tty()))
}

fn stream_fileno(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(stream_fd(&args.values[0]).unwrap_or(-1)))
}

fn stream_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let _ = vm;
    Ok(args.values[0].clone())
}

fn stream_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = stream_readline(vm, args)?;
    if l.as_str() == Some("") {
        return Err(vm.new_exc_args(Exc::StopIteration, vec![]));
    }
    Ok(l)
}

fn make_stream(vm: &Vm, t: &ObjRef, fd: i64, name: &str) -> Value {
    let o = crate::objects::type_type::alloc_instance(vm, t);
    let d = &o.dict().unwrap();
    dict::set_str(vm, d, "_ferropy_fd", Value::Int(fd));
    dict::set_str(vm, d, "name", vm.new_str(name));
    dict::set_str(vm, d, "encoding", vm.new_str("utf-8"));
    // CPython's handlers in a UTF-8 locale; the command line sets stdin's
    // and stdout's for the locale and `PYTHONIOENCODING`.
    let errors = if fd == 2 {
        "backslashreplace"
    } else {
        "strict"
    };
    dict::set_str(vm, d, "errors", vm.new_str(errors));
    Value::Obj(o)
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "exit", args.values.len(), 0, 1)?;
    let a = args.values.to_vec();
    Err(vm.new_exc_args(Exc::SystemExit, a))
}

fn getrecursionlimit(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "setrecursionlimit", args.values.len(), 1, 1)?;
    let v = &args.values[0];
    if !int::is_int(v) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    let n = vm.index_value(v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.frames.len() {
        return Err(vm.new_exc(
            Exc::RecursionError,
            format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            vm.frames.len()
        ),
        ));
    }
    vm.recursion_limit = (n as usize).min(1_000_000);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e));
    let tb = crate::objects::exception::traceback_of(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn exception(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(vm.exc_info.clone())
}

fn getframe(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let depth = match args.values.first() {
        Some(d) => vm.index_value(d)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(crate::objects::frame_obj::snapshot_chain(
        vm,
        (n - 1 - depth) as usize,
    ))
}

fn getrefcount(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "getrefcount", args.values.len(), 1, 1)?;
    Ok(Value::Int(match &args.values[0] {
        Value::Obj(o) => std::rc::Rc::strong_count(o) as i64,
        _ => 1 << 30,
    }))
}

fn intern(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "intern", args.values.len(), 1, 1)?;
    match args.values[0].as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&args.values[0])
        ))),
    }
}

fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.values[0];
    let n = match v.payload() {
        Some(Payload::Str(s)) => 40 + s.as_str().len(),
        Some(Payload::List(l)) => 56 + 8 * l.borrow().len(),
        Some(Payload::Tuple(t)) => 40 + 8 * t.len(),
        Some(Payload::Dict(d)) => 64 + 24 * d.borrow().len(),
        _ => 24,
    };
    let _ = vm;
    Ok(Value::Int(n as i64))
}

fn get_int_max_str_digits(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.int_max_str_digits.get() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args
        .values
        .first()
        .or(args.kwarg("maxdigits"))
        .cloned()
        .unwrap_or(Value::Int(0));
    let n = vm.index_value(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(Value::None)
}

/// `sys.excepthook(type, value, tb)`: print the traceback to stderr.
fn excepthook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "excepthook", args.values.len(), 3, 3)?;
    if let Value::Obj(e) = &args.values[1] {
        if matches!(e.payload, Payload::Exception(_)) {
            let text = crate::traceback::format_exception(vm, e);
            vm.write_stderr(text.as_bytes());
            return Ok(Value::None);
        }
    }
    let s = vm.str_of(&args.values[1])?;
    vm.write_stderr(format!("{s}\n").as_bytes());
    Ok(Value::None)
}

fn displayhook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::display_hook(vm, args.values[0].clone())?;
    Ok(Value::None)
}

/// A `sys` struct sequence instance (`sys.version_info`, ...).
/// `sys.flags` as ferropy starts by default: what CPython 3.13 reports
/// in a UTF-8 locale, except that ferropy never writes bytecode.
const DEFAULT_FLAGS: [(&str, i64); 18] = [
    ("debug", 0),
    ("inspect", 0),
    ("interactive", 0),
    ("optimize", 0),
    ("dont_write_bytecode", 1),
    ("no_user_site", 0),
    ("no_site", 0),
    ("ignore_environment", 0),
    ("verbose", 0),
    ("bytes_warning", 0),
    ("quiet", 0),
    ("hash_randomization", 1),
    ("isolated", 0),
    ("dev_mode", 0),
    ("utf8_mode", 0),
    ("warn_default_encoding", 0),
    ("safe_path", 0),
    ("int_max_str_digits", 4300),
];

/// Set `sys.flags`: the defaults with `overrides` (from the command line).
pub fn set_flags(vm: &mut Vm, overrides: &[(&str, i64)]) {
    let flags: Vec<(&str, Value)> = DEFAULT_FLAGS
        .iter()
        .map(|&(name, default)| {
            let value = overrides
                .iter()
                .rev()
                .find(|(n, _)| *n == name)
                .map_or(default, |(_, v)| *v);
            // These two are bools in CPython.
            let value = match name {
                "dev_mode" | "safe_path" => Value::Bool(value != 0),
                _ => Value::Int(value),
            };
            (name, value)
        })
        .collect();
    let flags = struct_seq(vm, "sys.flags", &flags);
    set_attr(vm, "flags", flags);
}

fn struct_seq(vm: &mut Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let name = name.trim_start_matches("sys.");
    let t = crate::objects::struct_seq::new_type(vm, "sys", name, &names, names.len());
    let values = fields.iter().map(|(_, v)| v.clone()).collect();
    crate::objects::struct_seq::new(vm, &t, values)
}

/// Create the `sys` module.
pub fn install(vm: &mut Vm) {
    let s = vm.sys.clone();
    module::set_attr(vm, &s, "__name__", vm.new_str("sys"));
    let stream_t =
        vm.new_native_type_with_dict("TextIOWrapper", std::slice::from_ref(&vm.types.object));
    let stream_methods: &[(&str, NativeFn)] = &[
        ("write", stream_write),
        ("flush", stream_flush),
        ("readline", stream_readline),
        ("read", stream_read),
        ("isatty", stream_isatty),
        ("fileno", stream_fileno),
        ("__iter__", stream_iter),
        ("__next__", stream_next),
    ];
    for (n, f) in stream_methods {
        crate::objects::add_method(vm, &stream_t, n, *f);
    }
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let st = make_stream(vm, &stream_t, fd, &format!("<{name}>"));
        set_attr(vm, name, st.clone());
        set_attr(vm, &format!("__{name}__"), st);
    }
    let functions: &[(&str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("_getframe", getframe),
        ("getrefcount", getrefcount),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("displayhook", displayhook),
        ("excepthook", excepthook),
    ];
    for (n, f) in functions {
        module::add_function(vm, &s, n, *f);
    }
    for hook in ["displayhook", "excepthook"] {
        if let Some(f) = get_attr(vm, hook) {
            set_attr(vm, &format!("__{hook}__"), f);
        }
    }
    set_attr(vm, "modules", Value::Obj(vm.modules.clone()));
    set_attr(vm, "maxsize", Value::Int(i64::MAX));
    set_attr(vm, "byteorder", vm.new_str("little"));
    set_attr(vm, "platform", vm.new_str("linux"));
    set_attr(vm, "version", vm.new_str("3.13.0 (ferropy 0.1.0)"));
    set_attr(vm, "hexversion", Value::Int(0x030d00f0));
    set_attr(vm, "api_version", Value::Int(1013));
    set_attr(
        vm,
        "copyright",
        vm.new_str("Copyright (c) ferropy authors."),
    );
    set_attr(vm, "float_repr_style", vm.new_str("short"));
    set_attr(vm, "dont_write_bytecode", Value::Bool(true));
    set_attr(vm, "path", vm.new_list(vec![]));
    set_attr(vm, "argv", vm.new_list(vec![]));
    set_attr(vm, "warnoptions", vm.new_list(vec![]));
    set_attr(vm, "meta_path", vm.new_list(vec![]));
    set_attr(vm, "path_hooks", vm.new_list(vec![]));
    set_attr(vm, "path_importer_cache", Value::Obj(vm.new_dict()));
    set_attr(vm, "executable", vm.new_str(""));
    set_attr(vm, "prefix", vm.new_str(""));
    set_attr(vm, "base_prefix", vm.new_str(""));
    set_attr(vm, "exec_prefix", vm.new_str(""));
    let vi = [
        ("major", Value::Int(3)),
        ("minor", Value::Int(13)),
        ("micro", Value::Int(0)),
        ("releaselevel", vm.new_str("final")),
        ("serial", Value::Int(0)),
    ];
    let version_info = struct_seq(vm, "sys.version_info", &vi);
    set_attr(vm, "version_info", version_info.clone());
    let impl_dict = vm.new_dict();
    dict::set_str(vm, &impl_dict, "name", vm.new_str("ferropy"));
    dict::set_str(vm, &impl_dict, "cache_tag", Value::None);
    dict::set_str(vm, &impl_dict, "version", version_info);
    dict::set_str(vm, &impl_dict, "_multiarch", vm.new_str("x86_64-linux-gnu"));
    let ns_t = vm.new_native_type_with_dict(
        "types.SimpleNamespace",
        std::slice::from_ref(&vm.types.object),
    );
    let ns = crate::object::Obj::with_dict(ns_t, Payload::Instance, impl_dict);
    set_attr(vm, "implementation", Value::Obj(ns));
    set_flags(vm, &[]);
    let fi = [
        ("max", Value::Float(f64::MAX)),
        ("max_exp", Value::Int(1024)),
        ("max_10_exp", Value::Int(308)),
        ("min", Value::Float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(-1021)),
        ("min_10_exp", Value::Int(-307)),
        ("dig", Value::Int(15)),
        ("mant_dig", Value::Int(53)),
        ("epsilon", Value::Float(f64::EPSILON)),
        ("radix", Value::Int(2)),
        ("rounds", Value::Int(1)),
    ];
    let fi_v = struct_seq(vm, "sys.float_info", &fi);
    set_attr(vm, "float_info", fi_v);
    let ii = [
        ("bits_per_digit", Value::Int(30)),
        ("sizeof_digit", Value::Int(4)),
        ("default_max_str_digits", Value::Int(4300)),
        ("str_digits_check_threshold", Value::Int(640)),
    ];
    let ii_v = struct_seq(vm, "sys.int_info", &ii);
    set_attr(vm, "int_info", ii_v);
    let hi = [
        ("width", Value::Int(64)),
        ("modulus", Value::Int((1i64 << 61) - 1)),
        ("inf", Value::Int(314159)),
        ("nan", Value::Int(0)),
        ("imag", Value::Int(1000003)),
        ("algorithm", vm.new_str("siphash13")),
        ("hash_bits", Value::Int(64)),
        ("seed_bits", Value::Int(128)),
        ("cutoff", Value::Int(0)),
    ];
    let hi_v = struct_seq(vm, "sys.hash_info", &hi);
    set_attr(vm, "hash_info", hi_v);
    let names: Vec<Value> = ["builtins", "sys", "math", "time", "gc"]
        .iter()
        .map(|n| vm.new_str(*n))
        .collect();
    set_attr(vm, "builtin_module_names", vm.new_tuple(names));
    let _ = int::is_int;
}
