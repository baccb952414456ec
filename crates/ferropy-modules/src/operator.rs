//! The `operator` module (also importable as `_operator`).
//!
//! Functions with a direct VM protocol (`getitem`, `contains`, `truth`, ...)
//! are native. Operators whose dispatch needs the compiler's `BinOp`/`CmpOp`
//! (not nameable from this crate) are still native builtin functions, but
//! evaluate a one-line Python expression compiled once at import from
//! `operator/helpers.py`; that file also defines `itemgetter`, `attrgetter`,
//! `methodcaller` and `length_hint`.

use ferropy_vm::builtins::check_arity;
use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::{dict, module};
use ferropy_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;

/// Python source of the helpers, executed into the module namespace.
const HELPERS: &str = include_str!("operator/helpers.py");

thread_local! {
    /// The namespace of the most recently initialised `operator` module,
    /// where the native wrappers find their compiled expressions.
    static NAMESPACE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// Run Python `source` with `ns` (a module dict) as its globals.
pub(crate) fn exec_into(vm: &mut Vm, source: &str, ns: &ObjRef) -> PyResult<()> {
    let exec = vm.getattr_str(&Value::Obj(vm.builtins.clone()), "exec")?;
    let src = vm.new_str(source);
    vm.call(&exec, vec![src, Value::Obj(ns.clone())], &[])?;
    Ok(())
}

/// Positional arguments of `name`, exactly `n` of them, no keywords.
fn positional<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_arity(vm, name, args.values.len(), n, n)?;
    Ok(args.values)
}

/// Call the helper `table[key]` from the module namespace with `argv`.
fn call_helper(vm: &mut Vm, table: &str, key: &str, argv: Vec<Value>) -> PyResult<Value> {
    let ns = NAMESPACE.with(|n| n.borrow().clone());
    let ns = ns.ok_or_else(|| vm.type_error("operator module not initialised"))?;
    let table = dict::get_str(&ns, table).unwrap_or(Value::None);
    let func = vm.getitem(&table, &vm.new_str(key))?;
    vm.call(&func, argv, &[])
}

/// A two-argument operator evaluated by its helper expression.
fn binary(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = positional(vm, args, name, 2)?;
    call_helper(vm, "_binary", name, a.to_vec())
}

/// A one-argument operator evaluated by its helper expression.
fn unary(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = positional(vm, args, name, 1)?;
    call_helper(vm, "_unary", name, a.to_vec())
}

/// Define native wrappers `fn NAME(vm, args)` that forward to `$via`.
macro_rules! forwarders {
    ($via:ident: $($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("`operator.", stringify!($name), "`.")]
            #[allow(non_snake_case)]
            fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                $via(vm, args, stringify!($name))
            }
        )*
    };
}

forwarders!(binary: add, sub, mul, truediv, floordiv, pow, lshift, rshift,
    and_, or_, xor, matmul, eq, ne, lt, le, gt, ge, concat, countOf, indexOf,
    iadd, isub, imul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand,
    ior, ixor, imatmul, iconcat);
forwarders!(unary: neg, pos, abs, invert);

/// `operator.mod` (a Rust keyword, hence the different wrapper name).
fn mod_fn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "mod", 2)?;
    call_helper(vm, "_binary", "mod", a.to_vec())
}

/// `operator.not_(a)`.
fn not_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "not_", 1)?;
    Ok(Value::Bool(!vm.truthy(&a[0])?))
}

/// `operator.truth(a)`.
fn truth(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "truth", 1)?;
    Ok(Value::Bool(vm.truthy(&a[0])?))
}

/// `operator.is_(a, b)`.
fn is_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "is_", 2)?;
    Ok(Value::Bool(a[0].is(&a[1])))
}

/// `operator.is_not(a, b)`.
fn is_not(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "is_not", 2)?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

/// `operator.contains(a, b)`: `b in a`.
fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "contains", 2)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

/// `operator.getitem(a, b)`.
fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "getitem", 2)?;
    vm.getitem(&a[0], &a[1])
}

/// `operator.setitem(a, b, c)`.
fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "setitem", 3)?;
    vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

/// `operator.delitem(a, b)`.
fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "delitem", 2)?;
    vm.delitem(&a[0], &a[1])?;
    Ok(Value::None)
}

/// `operator.index(a)`.
fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = positional(vm, args, "index", 1)?;
    vm.index(&a[0])
}

/// `operator.call(obj, /, *args, **kwargs)`.
fn call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error("call() missing required argument 'obj' (pos 1)"));
    }
    let rest = args.values[1..].to_vec();
    vm.call(&pos[0], rest, args.kwnames)
}

/// Every native function of the module, by Python name.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("sub", sub),
    ("mul", mul),
    ("truediv", truediv),
    ("floordiv", floordiv),
    ("mod", mod_fn),
    ("pow", pow),
    ("lshift", lshift),
    ("rshift", rshift),
    ("and_", and_),
    ("or_", or_),
    ("xor", xor),
    ("matmul", matmul),
    ("eq", eq),
    ("ne", ne),
    ("lt", lt),
    ("le", le),
    ("gt", gt),
    ("ge", ge),
    ("concat", concat),
    ("countOf", countOf),
    ("indexOf", indexOf),
    ("iadd", iadd),
    ("isub", isub),
    ("imul", imul),
    ("itruediv", itruediv),
    ("ifloordiv", ifloordiv),
    ("imod", imod),
    ("ipow", ipow),
    ("ilshift", ilshift),
    ("irshift", irshift),
    ("iand", iand),
    ("ior", ior),
    ("ixor", ixor),
    ("imatmul", imatmul),
    ("iconcat", iconcat),
    ("neg", neg),
    ("pos", pos),
    ("abs", abs),
    ("invert", invert),
    ("inv", invert),
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("contains", contains),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("index", index),
    ("call", call),
];

/// Create the `operator` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "operator");
    let ns = m.dict().expect("module namespace");
    NAMESPACE.with(|n| *n.borrow_mut() = Some(ns.clone()));
    // The helpers run first, so names they bind at definition time (`abs`)
    // are still the builtins rather than this module's functions.
    exec_into(vm, HELPERS, &ns)?;
    for (name, f) in FUNCTIONS {
        module::add_function(vm, &m, name, *f);
    }
    Ok(m)
}
