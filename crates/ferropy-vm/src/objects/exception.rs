//! Exception objects: their state (`args`, traceback, cause, context),
//! creation, matching for `except`, traceback entries, and the methods of
//! `BaseException` and the subclasses with extra behaviour.

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload, TracebackData};
use crate::objects::function::Args;
use crate::objects::{dict, tuple};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Native state of an exception instance.
pub struct ExceptionData {
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

fn data(o: &ObjRef) -> Option<&RefCell<ExceptionData>> {
    match &o.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// Create an instance of exception type `t` with `args` (no `__init__` call
/// for builtin types; attributes of special subclasses are filled in).
pub fn new_exception(vm: &Vm, t: &ObjRef, args: Vec<Value>) -> ObjRef {
    let args_tuple = vm.new_tuple(args);
    let o = Obj::with_dict(
        t.clone(),
        Payload::Exception(Box::new(RefCell::new(ExceptionData {
            args: args_tuple,
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }))),
        vm.new_dict(),
    );
    init_special_attrs(vm, &o);
    o
}

/// Set derived attributes (`StopIteration.value`, `SystemExit.code`, ...) from args.
/// Exception kinds whose instances carry extra attributes.
const SPECIAL_KINDS: [Exc; 11] = [
    Exc::StopIteration,
    Exc::StopAsyncIteration,
    Exc::SystemExit,
    Exc::ImportError,
    Exc::NameError,
    Exc::AttributeError,
    Exc::OSError,
    Exc::UnicodeDecodeError,
    Exc::UnicodeEncodeError,
    Exc::SyntaxError,
    Exc::BaseExceptionGroup,
];

/// Whether `t` is one of the builtin exceptions whose instances carry
/// more than `BaseException`'s state (CPython gives each its own struct,
/// which decides what `__class__` assignment accepts).
pub fn has_own_fields(vm: &Vm, t: &ObjRef) -> bool {
    SPECIAL_KINDS.iter().any(|k| Rc::ptr_eq(t, vm.exc_type(*k)))
}

/// Whether `class` derives from any kind in `SPECIAL_KINDS` (one MRO walk).
fn has_special_base(vm: &Vm, class: &ObjRef) -> bool {
    let check = |t: &ObjRef| has_own_fields(vm, t);
    check(class) || crate::types::tdata(class).mro.borrow().iter().any(check)
}

fn init_special_attrs(vm: &Vm, o: &ObjRef) {
    if !has_special_base(vm, &o.class()) {
        return;
    }
    let v = Value::Obj(o.clone());
    let args = args_of(o);
    let first = args.first().cloned().unwrap_or(Value::None);
    if vm.is_exc(&v, Exc::StopIteration) || vm.is_exc(&v, Exc::StopAsyncIteration) {
        set_attr_raw(vm, o, "value", first);
    } else if vm.is_exc(&v, Exc::SystemExit) {
        let code = if args.len() > 1 {
            vm.new_tuple(args.clone())
        } else {
            first
        };
        set_attr_raw(vm, o, "code", code);
    } else if vm.is_exc(&v, Exc::ImportError) {
        set_attr_raw(vm, o, "msg", first);
        set_attr_raw(vm, o, "name", Value::None);
        set_attr_raw(vm, o, "path", Value::None);
    } else if vm.is_exc(&v, Exc::NameError) || vm.is_exc(&v, Exc::AttributeError) {
        set_attr_raw(vm, o, "name", Value::None);
        if vm.is_exc(&v, Exc::AttributeError) {
            set_attr_raw(vm, o, "obj", Value::None);
        }
    } else if vm.is_exc(&v, Exc::OSError) {
        let (errno, strerror) = if (2..=5).contains(&args.len()) {
            (args[0].clone(), args[1].clone())
        } else {
            (Value::None, Value::None)
        };
        set_attr_raw(vm, o, "errno", errno);
        set_attr_raw(vm, o, "strerror", strerror);
        let filename = if args.len() <= 5 {
            args.get(2).cloned().unwrap_or(Value::None)
        } else {
            Value::None
        };
        set_attr_raw(vm, o, "filename", filename);
        let filename2 = if args.len() == 5 {
            args[4].clone()
        } else {
            Value::None
        };
        set_attr_raw(vm, o, "filename2", filename2);
        if (3..=5).contains(&args.len()) {
            if let Some(d) = data(o) {
                d.borrow_mut().args = vm.new_tuple(args[..2].to_vec());
            }
        }
    } else if vm.is_exc(&v, Exc::UnicodeDecodeError) || vm.is_exc(&v, Exc::UnicodeEncodeError) {
        if args.len() == 5 {
            for (i, n) in ["encoding", "object", "start", "end", "reason"]
                .iter()
                .enumerate()
            {
                set_attr_raw(vm, o, n, args[i].clone());
            }
        }
    } else if vm.is_exc(&v, Exc::SyntaxError) {
        set_attr_raw(vm, o, "msg", first);
        let details = args.get(1).map(tuple::items).unwrap_or_default();
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            set_attr_raw(vm, o, n, details.get(i).cloned().unwrap_or(Value::None));
        }
        set_attr_raw(vm, o, "print_file_and_line", Value::None);
    }
}

/// The exception's `args` as a vector.
pub fn args_of(o: &ObjRef) -> Vec<Value> {
    data(o)
        .map(|d| tuple::items(&d.borrow().args))
        .unwrap_or_default()
}

/// Store an attribute in the exception's `__dict__` without Python dispatch.
pub fn set_attr_raw(vm: &Vm, o: &ObjRef, name: &str, v: Value) {
    if let Some(d) = &o.dict() {
        dict::set_str(vm, d, name, v);
    }
}

/// Read an attribute from the exception's `__dict__`.
pub fn get_attr_raw(o: &ObjRef, name: &str) -> Option<Value> {
    o.dict().and_then(|d| dict::get_str(&d, name))
}

/// `raise X`: instantiate a class, accept an instance, reject anything else.
pub fn instantiate(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = &v {
        if let Some(_t) = o.as_type() {
            if crate::types::is_subtype(o, vm.exc_type(Exc::BaseException)) {
                let inst = vm.call(&v, vec![], &[])?;
                return match inst {
                    Value::Obj(i) if data(&i).is_some() => Ok(i),
                    other => Err(vm.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.type_name(&v),
                        vm.type_name(&other)
                    ))),
                };
            }
        } else if data(o).is_some() {
            return Ok(o.clone());
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `raise X from Y`: the cause must be an exception (class or instance) or None.
pub fn instantiate_cause(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v {
        Value::Obj(o) if o.as_type().is_some() || data(o).is_some() => {
            Ok(Value::Obj(instantiate(vm, v)?))
        }
        _ => Err(vm.type_error("exception causes must derive from BaseException")),
    }
}

/// Set `__cause__` (and `__suppress_context__`).
pub fn set_cause(exc: &ObjRef, cause: Value) {
    if let Some(d) = data(exc) {
        let mut d = d.borrow_mut();
        d.cause = cause;
        d.suppress_context = true;
    }
}

/// Set `__context__` unless it would create a cycle or is already set.
pub fn set_context_checked(_vm: &Vm, exc: &ObjRef, context: ObjRef) {
    let Some(d) = data(exc) else { return };
    // Break a cycle: if `exc` is already in context's chain, cut it there.
    let mut cur = context.clone();
    while let Some(cd) = data(&cur) {
        let next = cd.borrow().context.clone();
        match next {
            Value::Obj(n) => {
                if Rc::ptr_eq(&n, exc) {
                    if let Some(cd) = data(&cur) {
                        cd.borrow_mut().context = Value::None;
                    }
                    break;
                }
                cur = n;
            }
            _ => break,
        }
    }
    d.borrow_mut().context = Value::Obj(context);
}

/// The exception's `__traceback__`.
pub fn traceback_of(exc: &Value) -> Value {
    exc.as_obj()
        .and_then(data)
        .map(|d| d.borrow().traceback.clone())
        .unwrap_or(Value::None)
}

/// Prepend a traceback entry for the current top frame.
pub fn add_traceback(vm: &mut Vm, err: &PyErr) {
    let Some(frame) = vm.frames.last() else {
        return;
    };
    let lineno = frame.lineno();
    let frame_obj = crate::objects::frame_obj::snapshot(vm, vm.frames.len() - 1);
    let Some(d) = data(&err.0) else { return };
    let next = d.borrow().traceback.clone();
    let tb = Obj::new(
        vm.types.traceback.clone(),
        Payload::Traceback(TracebackData {
            frame: frame_obj,
            lineno,
            next: RefCell::new(next),
        }),
    );
    d.borrow_mut().traceback = Value::Obj(tb);
}

/// `except T:` — does exception `exc` match `t` (a class or tuple of classes)?
pub fn matches(vm: &mut Vm, exc: &Value, t: &Value) -> PyResult<bool> {
    if let Some(Payload::Tuple(items)) = t.payload() {
        for item in items.iter() {
            if matches(vm, exc, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match t {
        Value::Obj(o)
            if o.as_type().is_some()
                && crate::types::is_subtype(o, vm.exc_type(Exc::BaseException)) =>
        {
            Ok(vm.is_instance(exc, o))
        }
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

/// `str(exc)` per CPython's rules for each builtin type.
pub fn exc_str(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let v = Value::Obj(o.clone());
    let args = args_of(o);
    if vm.is_exc(&v, Exc::KeyError) && args.len() == 1 {
        return vm.repr(&args[0]);
    }
    if vm.is_exc(&v, Exc::SyntaxError) {
        return syntax_error_str(vm, o);
    }
    if args.len() == 5
        && (vm.is_exc(&v, Exc::UnicodeDecodeError) || vm.is_exc(&v, Exc::UnicodeEncodeError))
    {
        return unicode_error_str(vm, &v, &args);
    }
    if vm.is_exc(&v, Exc::OSError) && args.len() == 2 {
        let errno = vm.str_of(&args[0])?;
        let strerror = vm.str_of(&args[1])?;
        let f1 = get_attr_raw(o, "filename").filter(|f| !f.is_none());
        let f2 = get_attr_raw(o, "filename2").filter(|f| !f.is_none());
        return Ok(match (f1, f2) {
            (Some(a), Some(b)) => format!(
                "[Errno {errno}] {strerror}: {} -> {}",
                vm.repr(&a)?,
                vm.repr(&b)?
            ),
            (Some(a), None) => format!("[Errno {errno}] {strerror}: {}", vm.repr(&a)?),
            _ => format!("[Errno {errno}] {strerror}"),
        });
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str_of(&args[0]),
        _ => vm.repr(&vm.new_tuple(args)),
    }
}

/// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
fn unicode_error_str(vm: &mut Vm, v: &Value, args: &[Value]) -> PyResult<String> {
    let enc = vm.str_of(&args[0])?;
    let reason = vm.str_of(&args[4])?;
    let (start, end) = (
        crate::objects::int::to_i64(&args[2]).unwrap_or(0),
        crate::objects::int::to_i64(&args[3]).unwrap_or(0),
    );
    if vm.is_exc(v, Exc::UnicodeDecodeError) {
        let data = crate::objects::bytes::bytes_of(&args[1]).unwrap_or_default();
        if end == start + 1 {
            let b = data.get(start as usize).copied().unwrap_or(0);
            return Ok(format!(
                "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ));
        }
        return Ok(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ));
    }
    let text: Vec<char> = args[1].as_str().unwrap_or("").chars().collect();
    if end == start + 1 {
        let c = text.get(start as usize).copied().unwrap_or('?') as u32;
        let shown = if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        return Ok(format!(
            "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
        ));
    }
    Ok(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    ))
}

fn syntax_error_str(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let msg = get_attr_raw(o, "msg").unwrap_or(Value::None);
    let msg = if msg.is_none() {
        String::new()
    } else {
        vm.str_of(&msg)?
    };
    let filename = get_attr_raw(o, "filename").and_then(|f| f.as_str().map(str::to_string));
    let lineno = match get_attr_raw(o, "lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    let base = filename.map(|f| f.rsplit('/').next().unwrap_or("").to_string());
    Ok(match (base, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// `repr(exc)`: `Type(args...)`.
pub fn exc_repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let name = crate::types::tdata(&o.class()).name();
    let args = args_of(o);
    if args.len() == 1 {
        return Ok(format!("{}({})", name, vm.repr(&args[0])?));
    }
    let r = vm.repr(&vm.new_tuple(args))?;
    if r == "()" {
        return Ok(format!("{name}()"));
    }
    Ok(format!("{name}{r}"))
}

// ----- native methods ----------------------------------------------------

fn self_exc(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if data(o).is_some() => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

/// `BaseException.__new__(cls, *args)`.
pub fn exc_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let cls = if Rc::ptr_eq(cls, vm.exc_type(Exc::OSError)) && (2..=5).contains(&(pos.len() - 1)) {
        match crate::objects::int::to_i64(&pos[1]).and_then(oserror_subclass) {
            Some(kind) => vm.exc_type(kind).clone(),
            None => cls.clone(),
        }
    } else {
        cls.clone()
    };
    Ok(Value::Obj(new_exception(vm, &cls, pos[1..].to_vec())))
}

/// The `OSError` subclass CPython picks for an errno (Linux values).
fn oserror_subclass(errno: i64) -> Option<Exc> {
    Some(match errno {
        2 => Exc::FileNotFoundError,
        17 => Exc::FileExistsError,
        1 | 13 => Exc::PermissionError,
        21 => Exc::IsADirectoryError,
        20 => Exc::NotADirectoryError,
        10 => Exc::ChildProcessError,
        4 => Exc::InterruptedError,
        3 => Exc::ProcessLookupError,
        110 => Exc::TimeoutError,
        11 | 114 | 115 => Exc::BlockingIOError,
        32 | 108 => Exc::BrokenPipeError,
        103 => Exc::ConnectionAbortedError,
        111 => Exc::ConnectionRefusedError,
        104 => Exc::ConnectionResetError,
        _ => return None,
    })
}

/// `BaseException.__init__(self, *args)`: store args.
pub fn exc_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = self_exc(vm, args)?;
    let pos = args.pos();
    if let Some(d) = data(&o) {
        d.borrow_mut().args = vm.new_tuple(pos[1..].to_vec());
    }
    init_special_attrs(vm, &o);
    set_keyword_attrs(vm, &o, args)?;
    Ok(Value::None)
}

/// `AttributeError(..., name=, obj=)`, `NameError(..., name=)`,
/// `ImportError(..., name=, path=)`.
fn set_keyword_attrs(vm: &mut Vm, o: &ObjRef, args: &Args) -> PyResult<()> {
    let v = Value::Obj(o.clone());
    let allowed: &[&str] = if vm.is_exc(&v, Exc::AttributeError) {
        &["name", "obj"]
    } else if vm.is_exc(&v, Exc::NameError) {
        &["name"]
    } else if vm.is_exc(&v, Exc::ImportError) {
        &["name", "path", "name_from"]
    } else {
        &[]
    };
    for (k, val) in args.kw() {
        if !allowed.contains(&k) {
            let tname = crate::types::tdata(&o.class()).name();
            if allowed.is_empty() {
                return Err(vm.type_error(format!("{tname}() takes no keyword arguments")));
            }
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {tname}()"
            )));
        }
        set_attr_raw(vm, o, k, val.clone());
    }
    Ok(())
}

pub fn exc_str_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = self_exc(vm, args)?;
    let s = exc_str(vm, &o)?;
    Ok(vm.new_str(s))
}

pub fn exc_repr_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = self_exc(vm, args)?;
    let s = exc_repr(vm, &o)?;
    Ok(vm.new_str(s))
}

/// `exc.with_traceback(tb)`.
pub fn exc_with_traceback(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = self_exc(vm, args)?;
    let tb = args.pos().get(1).cloned().unwrap_or(Value::None);
    if let Some(d) = data(&o) {
        d.borrow_mut().traceback = tb;
    }
    Ok(Value::Obj(o))
}

/// `exc.add_note(note)`.
pub fn exc_add_note(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = self_exc(vm, args)?;
    let note = args.pos().get(1).cloned().unwrap_or(Value::None);
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let notes = match get_attr_raw(&o, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            set_attr_raw(vm, &o, "__notes__", l.clone());
            l
        }
    };
    if let Some(Payload::List(l)) = notes.payload() {
        l.borrow_mut().push(note);
        Ok(Value::None)
    } else {
        Err(vm.type_error("Cannot add note: __notes__ is not a list"))
    }
}

/// The exception attributes that live outside `__dict__`.
const NATIVE_ATTRS: [&str; 5] = [
    "args",
    "__traceback__",
    "__cause__",
    "__context__",
    "__suppress_context__",
];

/// Whether `name` is an exception attribute kept outside `__dict__` (see
/// `get_native_attr`/`set_native_attr`).
pub fn is_native_attr(name: &str) -> bool {
    NATIVE_ATTRS.contains(&name)
}

/// Attribute reads for exception state that lives outside `__dict__`.
pub fn get_native_attr(vm: &Vm, o: &ObjRef, name: &str) -> Option<Value> {
    let d = data(o)?.borrow();
    Some(match name {
        "args" => d.args.clone(),
        "__traceback__" => d.traceback.clone(),
        "__cause__" => d.cause.clone(),
        "__context__" => d.context.clone(),
        "__suppress_context__" => Value::Bool(d.suppress_context),
        _ => {
            let _ = vm;
            return None;
        }
    })
}

/// Attribute writes for exception state; `None` if `name` is not special.
pub fn set_native_attr(vm: &mut Vm, o: &ObjRef, name: &str, v: Value) -> Option<PyResult<()>> {
    let d = data(o)?;
    match name {
        "args" => {
            let items = match vm.collect_iterable(&v) {
                Ok(i) => i,
                Err(e) => return Some(Err(e)),
            };
            d.borrow_mut().args = vm.new_tuple(items);
        }
        "__traceback__" => d.borrow_mut().traceback = v,
        "__cause__" => {
            let mut d = d.borrow_mut();
            d.cause = v;
            d.suppress_context = true;
        }
        "__context__" => d.borrow_mut().context = v,
        "__suppress_context__" => d.borrow_mut().suppress_context = matches!(v, Value::True),
        _ => return None,
    }
    Some(Ok(()))
}

/// Register the exception methods on `BaseException`.
pub fn install(vm: &mut Vm) {
    let base = vm.exc_type(Exc::BaseException).clone();
    crate::objects::add_method(vm, &base, "__new__", exc_new);
    crate::objects::add_method(vm, &base, "__init__", exc_init);
    crate::objects::add_method(vm, &base, "__str__", exc_str_method);
    crate::objects::add_method(vm, &base, "__repr__", exc_repr_method);
    crate::objects::add_method(vm, &base, "with_traceback", exc_with_traceback);
    crate::objects::add_method(vm, &base, "add_note", exc_add_note);
    crate::objects::mark_static(vm, &base, "__new__");
}
