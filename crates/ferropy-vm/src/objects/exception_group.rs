//! `BaseExceptionGroup` / `ExceptionGroup`: construction, `split`,
//! `subgroup`, `derive`, and the runtime side of `except*`
//! (`CheckEgMatch`, `PrepReraiseStar`).

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::Payload;
use crate::objects::exception::{self, get_attr_raw, set_attr_raw};
use crate::objects::function::{Args, NativeFn};
use crate::objects::tuple;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Whether `v` is an exception group.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.is_exc(v, Exc::BaseExceptionGroup)
}

/// The `exceptions` tuple of a group.
pub fn members(g: &Value) -> Vec<Value> {
    g.as_obj()
        .and_then(|o| get_attr_raw(o, "exceptions"))
        .map(|t| tuple::items(&t))
        .unwrap_or_default()
}

fn message(g: &Value) -> Value {
    g.as_obj()
        .and_then(|o| get_attr_raw(o, "message"))
        .unwrap_or(Value::None)
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else {
        unreachable!()
    };
    if pos.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let msg = pos[1].clone();
    if msg.as_str().is_none() {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(&msg)
        )));
    }
    if !vm.is_iterable(&pos[2]) || msg.is_none() {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect_iterable(&pos[2])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_plain = true;
    for (i, e) in excs.iter().enumerate() {
        if !vm.is_exc(e, Exc::BaseException) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        all_plain &= vm.is_exc(e, Exc::Exception);
    }
    let base = vm.exc_type(Exc::BaseExceptionGroup).clone();
    let eg = vm.exc_type(Exc::ExceptionGroup).clone();
    let cls = if std::rc::Rc::ptr_eq(cls, &base) && all_plain {
        eg
    } else {
        if crate::types::is_subtype(cls, &eg) && !all_plain {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        if !crate::types::is_subtype(cls, vm.exc_type(Exc::Exception))
            && !std::rc::Rc::ptr_eq(cls, &base)
            && all_plain
        {
            // A BaseExceptionGroup subclass may hold plain exceptions.
        }
        cls.clone()
    };
    let excs_tuple = vm.new_tuple(excs.clone());
    let list = vm.new_list(excs);
    let o = exception::new_exception(vm, &cls, vec![msg.clone(), list]);
    set_attr_raw(vm, &o, "message", msg);
    set_attr_raw(vm, &o, "exceptions", excs_tuple);
    Ok(Value::Obj(o))
}

fn eg_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn eg_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = &args.values[0];
    let n = members(g).len();
    let msg = message(g);
    let s = format!(
        "{} ({} sub-exception{})",
        msg.as_str().unwrap_or(""),
        n,
        if n == 1 { "" } else { "s" }
    );
    Ok(vm.new_str(s))
}

/// How `except*`/`split` test a leaf exception.
enum Condition {
    Types(Value),
    Predicate(Value),
}

impl Condition {
    fn from(vm: &Vm, v: &Value) -> PyResult<Condition> {
        let is_type = |x: &Value| matches!(x, Value::Obj(o) if o.as_type().is_some());
        let types_ok =
            is_type(v) || matches!(v.payload(), Some(Payload::Tuple(t)) if t.iter().all(is_type));
        if types_ok {
            return Ok(Condition::Types(v.clone()));
        }
        if vm.is_callable(v) {
            return Ok(Condition::Predicate(v.clone()));
        }
        Err(vm.type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
    }

    fn test(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Condition::Types(t) => exception::matches(vm, e, t),
            Condition::Predicate(f) => {
                let r = vm.call(f, vec![e.clone()], &[])?;
                vm.truthy(&r)
            }
        }
    }
}

/// Split `g` into (matching, rest) groups, either possibly `None`.
fn split_group(vm: &mut Vm, g: &Value, cond: &Condition) -> PyResult<(Value, Value)> {
    if cond.test(vm, g)? {
        return Ok((g.clone(), Value::None));
    }
    if !is_group(vm, g) {
        return Ok((Value::None, g.clone()));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(g) {
        let (m, r) = split_group(vm, &e, cond)?;
        if !m.is_none() {
            matched.push(m);
        }
        if !r.is_none() {
            rest.push(r);
        }
    }
    let m = if matched.is_empty() {
        Value::None
    } else {
        derive_with(vm, g, matched)?
    };
    let r = if rest.is_empty() {
        Value::None
    } else {
        derive_with(vm, g, rest)?
    };
    Ok((m, r))
}

/// `g.derive(excs)` plus copying traceback, cause, context and notes.
fn derive_with(vm: &mut Vm, g: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(excs);
    let d = vm.call_method(g, "derive", vec![list])?;
    if let (Value::Obj(src), Value::Obj(dst)) = (g, &d) {
        for name in ["__traceback__", "__cause__", "__context__"] {
            if let Some(v) = exception::get_native_attr(vm, src, name) {
                exception::set_native_attr(vm, dst, name, v);
            }
        }
        if let Some(n) = get_attr_raw(src, "__notes__") {
            set_attr_raw(vm, dst, "__notes__", n);
        }
    }
    Ok(d)
}

fn eg_derive(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "derive", args.values.len() - 1, 1, 1)?;
    let msg = message(&args.values[0]);
    let base = Value::Obj(vm.exc_type(Exc::BaseExceptionGroup).clone());
    vm.call(&base, vec![msg, args.values[1].clone()], &[])
}

fn eg_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "split", args.values.len() - 1, 1, 1)?;
    let cond = Condition::from(vm, &args.values[1])?;
    let (m, r) = split_group(vm, &args.values[0], &cond)?;
    Ok(vm.new_tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "subgroup", args.values.len() - 1, 1, 1)?;
    let cond = Condition::from(vm, &args.values[1])?;
    Ok(split_group(vm, &args.values[0], &cond)?.0)
}

/// `CheckEgMatch`: match `exc` (a group or a naked exception) against
/// `except*` type `t`; returns (rest, matched) where either may be `None`.
pub fn check_eg_match(vm: &mut Vm, exc: &Value, t: &Value) -> PyResult<(Value, Value)> {
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    let cond = Condition::from(vm, t)?;
    if let Condition::Types(tv) = &cond {
        let base_group = Value::Obj(vm.exc_type(Exc::BaseExceptionGroup).clone());
        if exception::matches(vm, &base_group, tv).unwrap_or(false) || types_include_group(vm, tv) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    if !is_group(vm, exc) {
        if cond.test(vm, exc)? {
            let eg = Value::Obj(vm.exc_type(Exc::ExceptionGroup).clone());
            let base = Value::Obj(vm.exc_type(Exc::BaseExceptionGroup).clone());
            let ctor = if vm.is_exc(exc, Exc::Exception) {
                eg
            } else {
                base
            };
            let empty = vm.new_str("");
            let list = vm.new_list(vec![exc.clone()]);
            let wrapped = vm.call(&ctor, vec![empty, list], &[])?;
            return Ok((Value::None, wrapped));
        }
        return Ok((exc.clone(), Value::None));
    }
    let (m, r) = split_group(vm, exc, &cond)?;
    Ok((r, m))
}

fn types_include_group(vm: &Vm, t: &Value) -> bool {
    let check = |x: &Value| matches!(x, Value::Obj(o) if o.as_type().is_some() && crate::types::is_subtype(o, vm.exc_type(Exc::BaseExceptionGroup)));
    match t.payload() {
        Some(Payload::Tuple(items)) => items.iter().any(check),
        _ => check(t),
    }
}

/// `PrepReraiseStar`: what to re-raise after all `except*` clauses, given the
/// original exception and the exceptions raised or left unhandled.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: Vec<Value>) -> PyResult<Value> {
    let raised: Vec<Value> = raised.into_iter().filter(|e| !e.is_none()).collect();
    if raised.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(vm, orig) {
        return Ok(raised[0].clone());
    }
    let leaves = leaf_ids(vm, orig);
    let (reraised, new): (Vec<Value>, Vec<Value>) = raised.into_iter().partition(|e| {
        let ids = leaf_ids_of(vm, e);
        !ids.is_empty() && ids.iter().all(|i| leaves.contains(i))
    });
    // New exceptions first, then the projection of the re-raised ones.
    let mut result = new;
    if !reraised.is_empty() {
        let keep: Vec<usize> = reraised.iter().flat_map(|e| leaf_ids_of(vm, e)).collect();
        let (m, _) = split_by_ids(vm, orig, &keep)?;
        if !m.is_none() {
            result.push(m);
        }
    }
    match result.len() {
        0 => Ok(Value::None),
        1 => Ok(result.remove(0)),
        _ => {
            let eg = Value::Obj(vm.exc_type(Exc::ExceptionGroup).clone());
            let empty = vm.new_str("");
            let list = vm.new_list(result);
            vm.call(&eg, vec![empty, list], &[])
        }
    }
}

fn leaf_ids(vm: &Vm, g: &Value) -> Vec<usize> {
    leaf_ids_of(vm, g)
}

fn leaf_ids_of(vm: &Vm, e: &Value) -> Vec<usize> {
    if is_group(vm, e) {
        members(e).iter().flat_map(|m| leaf_ids_of(vm, m)).collect()
    } else {
        vec![e.id() as usize]
    }
}

fn split_by_ids(vm: &mut Vm, g: &Value, keep: &[usize]) -> PyResult<(Value, Value)> {
    if !is_group(vm, g) {
        return Ok(if keep.contains(&(g.id() as usize)) {
            (g.clone(), Value::None)
        } else {
            (Value::None, g.clone())
        });
    }
    let mut matched = Vec::new();
    for e in members(g) {
        let (m, _) = split_by_ids(vm, &e, keep)?;
        if !m.is_none() {
            matched.push(m);
        }
    }
    if matched.is_empty() {
        return Ok((Value::None, g.clone()));
    }
    Ok((derive_with(vm, g, matched)?, Value::None))
}

/// Register the exception group methods.
pub fn install(vm: &mut Vm) {
    let t: ObjRef = vm.exc_type(Exc::BaseExceptionGroup).clone();
    let methods: &[(&str, NativeFn)] = &[
        ("__new__", eg_new),
        ("__init__", eg_init),
        ("__str__", eg_str),
        ("derive", eg_derive),
        ("split", eg_split),
        ("subgroup", eg_subgroup),
    ];
    for (n, f) in methods {
        crate::objects::add_method(vm, &t, n, *f);
    }
    crate::objects::mark_static(vm, &t, "__new__");
}
