//! Python functions, builtin functions, cells, and binding call arguments to
//! parameters (`build_frame`).

use crate::error::PyResult;
use crate::frame::Frame;
use crate::object::{Obj, Payload};
use crate::objects::{dict, tuple};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::vmcode::VmCode;
use ferropy_compiler::bytecode::{code_flags, make_function};
use std::cell::RefCell;
use std::rc::Rc;

/// Arguments passed to a builtin: positional values, then keyword values
/// named by `kwnames`.
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    /// Positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let start = self.values.len() - self.kwnames.len();
        let names = self.kwnames;
        let values = self.values;
        names
            .iter()
            .enumerate()
            .map(move |(i, n)| (n.as_str().unwrap_or(""), &values[start + i]))
    }

    /// The value of keyword `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Parameter `name` at position `index`, given either way.
    pub fn param(&self, index: usize, name: &str) -> Option<Value> {
        self.pos().get(index).or(self.kwarg(name)).cloned()
    }

    /// Parameter `name` at position `index` (0-based), or CPython's
    /// "missing required argument" TypeError for function `func`.
    pub fn required(&self, vm: &Vm, func: &str, index: usize, name: &str) -> PyResult<Value> {
        self.param(index, name).ok_or_else(|| {
            vm.type_error(format!(
                "{func}() missing required argument '{name}' (pos {})",
                index + 1
            ))
        })
    }
}

/// Signature of a builtin implemented in Rust.
pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

/// A builtin function or method.
#[derive(Clone)]
pub struct NativeFunction {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub func: NativeFn,
    /// Bound `self` (for methods of builtin modules/objects), or `Undef`.
    pub self_: Value,
    pub module: Option<Rc<str>>,
}

/// A function defined in Python.
pub struct Function {
    pub code: Rc<VmCode>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Value>,
    pub kwdefaults: RefCell<Value>,
    pub closure: Box<[Value]>,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__type_params__`: the PEP 695 parameters of a generic function.
    pub type_params: RefCell<Value>,
}

/// Read a cell's content (`Undef` when empty).
pub fn cell_get(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Undef,
    }
}

/// Replace a cell's content.
pub fn cell_set(cell: &Value, v: Value) {
    if let Some(Payload::Cell(c)) = cell.payload() {
        *c.borrow_mut() = v;
    }
}

/// A new cell holding `v`.
pub fn new_cell(vm: &Vm, v: Value) -> Value {
    new_cell_of(&vm.types.cell, v)
}

/// A new cell of type `cell_type` holding `v` (for callers without a `Vm`).
pub fn new_cell_of(cell_type: &ObjRef, v: Value) -> Value {
    Value::Obj(Obj::new(cell_type.clone(), Payload::Cell(RefCell::new(v))))
}

/// Make the cells of a frame of `code` whose arguments are in `slots`
/// (a cell for an argument takes over its value).
pub fn fill_cells(cell_type: &ObjRef, code: &VmCode, slots: &mut [Value]) {
    let base = code.cell_base();
    for (i, from_arg) in code.code.cell_from_arg.iter().enumerate() {
        let initial = match from_arg {
            Some(a) => std::mem::take(&mut slots[*a as usize]),
            None => Value::Undef,
        };
        slots[base + i] = new_cell_of(cell_type, initial);
    }
}

/// `globals["__name__"]`, or `None` (a function's `__module__`).
fn module_name_of(vm: &Vm, globals: &ObjRef) -> Value {
    let key = vm.intern("__name__");
    let hash = crate::objects::str::pystr(&key).map_or(0, |p| p.hash());
    match dict::get_str_value(globals, &key, hash) {
        Some(Some(v)) => v,
        _ => dict::get_str(globals, "__name__").unwrap_or(Value::None),
    }
}

/// `MakeFunction`: pop the code object and the parts `flags` announce.
pub fn make_function(vm: &mut Vm, flags: u8) -> PyResult<Value> {
    let frame = vm.frames.last_mut().unwrap();
    let code = frame.stack.pop().unwrap();
    let closure = if flags & make_function::CLOSURE != 0 {
        tuple::items(&frame.stack.pop().unwrap())
    } else {
        Vec::new()
    };
    let annotations = if flags & make_function::ANNOTATIONS != 0 {
        frame.stack.pop().unwrap()
    } else {
        Value::None
    };
    let kwdefaults = if flags & make_function::KWDEFAULTS != 0 {
        frame.stack.pop().unwrap()
    } else {
        Value::None
    };
    let defaults = if flags & make_function::DEFAULTS != 0 {
        frame.stack.pop().unwrap()
    } else {
        Value::None
    };
    let globals = frame.globals.clone();
    let builtins = frame.builtins.clone();
    let Some(Payload::Code(code)) = code.payload() else {
        return Err(vm.type_error("MakeFunction without a code object"));
    };
    let module = module_name_of(vm, &globals);
    let f = Function {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code: code.clone(),
        globals,
        builtins,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure: closure.into_boxed_slice(),
        annotations: RefCell::new(annotations),
        doc: RefCell::new(code.doc.clone()),
        module: RefCell::new(module),
        type_params: RefCell::new(vm.empty_tuple.clone()),
    };
    Ok(Value::Obj(Obj::with_dict(
        vm.types.function.clone(),
        Payload::Function(Box::new(f)),
        vm.new_dict(),
    )))
}

/// A frame for running module-level or class-body `code` with `locals`.
pub fn frame_for_code(
    vm: &Vm,
    code: Rc<VmCode>,
    globals: ObjRef,
    locals: Option<ObjRef>,
    closure: &[Value],
) -> Box<Frame> {
    let mut slots = vec![Value::Undef; code.nslots];
    let base = code.cell_base();
    for i in 0..code.code.cellvars.len() {
        slots[base + i] = new_cell(vm, Value::Undef);
    }
    let free_base = base + code.code.cellvars.len();
    for (j, c) in closure.iter().enumerate() {
        slots[free_base + j] = c.clone();
    }
    let builtins = builtins_for(vm, &globals);
    let mut frame = Frame::new(code, slots, Vec::with_capacity(8), globals, builtins);
    frame.locals = locals;
    Box::new(frame)
}

/// The builtins dict to use with `globals` (its `__builtins__`, else ours).
pub fn builtins_for(vm: &Vm, globals: &ObjRef) -> ObjRef {
    match dict::get_str(globals, "__builtins__") {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Dict(_) => o,
            Payload::Module => o.dict().unwrap_or_else(|| vm.builtins_dict()),
            _ => vm.builtins_dict(),
        },
        _ => vm.builtins_dict(),
    }
}

/// Bind `args` (positional then keyword values named by `kwnames`) to the
/// parameters of `f` and build its frame.
#[inline(always)]
pub fn build_frame(
    vm: &mut Vm,
    fobj: &ObjRef,
    f: &Function,
    mut args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Box<Frame>> {
    let code = &f.code;
    let co = &code.code;
    let npos = args.len() - kwnames.len();
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & code_flags::VARARGS != 0;
    let has_varkw = co.flags & code_flags::VARKEYWORDS != 0;
    // Fast path: exact positional call, no keywords.
    if kwnames.is_empty() && npos == argcount && kwonly == 0 && !has_varargs && !has_varkw {
        let mut slots = args;
        slots.resize(code.nslots, Value::Undef);
        return Ok(finish_frame(vm, fobj, f, slots));
    }
    let mut slots = vec![Value::Undef; code.nslots];
    let kwvalues = args.split_off(npos);
    if npos > argcount && !has_varargs {
        return Err(too_many_positional(vm, f, npos, kwnames));
    }
    let mut positional = args.into_iter();
    for slot in slots.iter_mut().take(npos.min(argcount)) {
        *slot = positional.next().unwrap();
    }
    let mut next_slot = argcount + kwonly;
    if has_varargs {
        slots[next_slot] = vm.new_tuple(positional.collect());
        next_slot += 1;
    }
    let kwdict = if has_varkw {
        let d = vm.new_dict();
        slots[next_slot] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    let posonly = co.posonlyargcount as usize;
    let mut posonly_as_kw = Vec::new();
    for (name, value) in kwnames.iter().zip(kwvalues) {
        let n = name.as_str().unwrap_or("");
        let idx = co.varnames[posonly..argcount + kwonly]
            .iter()
            .position(|v| &**v == n);
        match idx {
            Some(i) => {
                let i = i + posonly;
                if !slots[i].is_undef() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(f),
                        n
                    )));
                }
                slots[i] = value;
            }
            None => match &kwdict {
                Some(d) => {
                    dict::set_item(vm, d, name.clone(), value)?;
                }
                None => {
                    if co.varnames[..posonly].iter().any(|v| &**v == n) {
                        posonly_as_kw.push(n.to_string());
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(f),
                        n
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_as_kw.join(", ")
        )));
    }
    fill_defaults(vm, f, &mut slots)?;
    Ok(finish_frame(vm, fobj, f, slots))
}

fn fill_defaults(vm: &mut Vm, f: &Function, slots: &mut [Value]) -> PyResult<()> {
    let co = &f.code.code;
    let argcount = co.argcount as usize;
    let defaults = tuple::items(&f.defaults.borrow());
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in 0..argcount {
        if slots[i].is_undef() {
            if i >= first_default {
                slots[i] = defaults[i - first_default].clone();
            } else {
                missing.push(co.varnames[i].to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, f, &missing, "positional"));
    }
    let kwdefaults = f.kwdefaults.borrow().clone();
    let kwonly = argcount..argcount + co.kwonlyargcount as usize;
    for (slot, name) in slots[kwonly.clone()].iter_mut().zip(&co.varnames[kwonly]) {
        if slot.is_undef() {
            let d = match &kwdefaults {
                Value::Obj(d) => dict::get_str(d, name),
                _ => None,
            };
            match d {
                Some(v) => *slot = v,
                None => missing.push(name.to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, f, &missing, "keyword-only"));
    }
    Ok(())
}

#[inline(always)]
fn finish_frame(vm: &Vm, _fobj: &ObjRef, f: &Function, mut slots: Vec<Value>) -> Box<Frame> {
    let code = &f.code;
    fill_cells(&vm.types.cell, code, &mut slots);
    let free_base = code.cell_base() + code.code.cellvars.len();
    for (j, c) in f.closure.iter().enumerate() {
        slots[free_base + j] = c.clone();
    }
    let mut frame = vm.frame_pool.frame(code, &f.globals, &f.builtins);
    std::mem::swap(&mut frame.slots, &mut slots);
    vm.arg_pool.give_back(slots);
    frame
}

/// The function's `__qualname__` for error messages.
pub fn qualname(f: &Function) -> String {
    f.qualname.borrow().as_str().unwrap_or("?").to_string()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn too_many_positional(
    vm: &Vm,
    f: &Function,
    given: usize,
    kwnames: &[Value],
) -> crate::error::PyErr {
    let co = &f.code.code;
    let argcount = co.argcount as usize;
    let ndefaults = tuple::items(&f.defaults.borrow()).len();
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            argcount - ndefaults,
            argcount
        )
    } else {
        plural(argcount, "positional argument")
    };
    let kwonly_given = kwnames
        .iter()
        .filter(|n| {
            let n = n.as_str().unwrap_or("");
            co.varnames[argcount..argcount + co.kwonlyargcount as usize]
                .iter()
                .any(|v| &**v == n)
        })
        .count();
    let given_text = if kwonly_given > 0 {
        format!(
            "{} (and {}) were given",
            plural(given, "positional argument"),
            plural(kwonly_given, "keyword-only argument")
        )
    } else if given == 1 {
        "1 was given".to_string()
    } else {
        format!("{given} were given")
    };
    vm.type_error(format!(
        "{}() takes {} but {}",
        qualname(f),
        takes,
        given_text
    ))
}

fn missing_args(vm: &Vm, f: &Function, missing: &[String], kind: &str) -> crate::error::PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    vm.type_error(format!(
        "{}() missing {} {}: {}",
        qualname(f),
        missing.len(),
        if missing.len() == 1 {
            format!("required {kind} argument")
        } else {
            format!("required {kind} arguments")
        },
        list
    ))
}

/// How CPython names a callable in argument errors: `module.qualname()`
/// for Python functions, `name()` for builtins.
pub fn describe(vm: &mut Vm, f: &Value) -> String {
    match f.payload() {
        Some(Payload::Function(func)) => {
            let module = func.module.borrow().as_str().map(str::to_string);
            match module {
                Some(m) if m != "builtins" => format!("{m}.{}()", qualname(func)),
                _ => format!("{}()", qualname(func)),
            }
        }
        Some(Payload::BoundMethod(inner, _)) => {
            let inner = inner.clone();
            describe(vm, &inner)
        }
        Some(Payload::NativeFunction(nf)) => format!("{}()", nf.qualname),
        _ => format!("{} object", vm.type_name(f)),
    }
}
