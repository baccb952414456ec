//! `types.UnionType` (PEP 604): what `int | str` and `list[int] | None`
//! make. Its arguments are kept flat and without repeats (`None` becomes
//! `NoneType`); a union of one argument is that argument.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// Whether `v` may be an operand of `|` between types.
fn unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || matches!(
            v.payload(),
            Some(
                Payload::Type(_)
                    | Payload::GenericAlias(..)
                    | Payload::Union(_)
                    | Payload::TypeParam(_)
                    | Payload::TypeAlias(_)
            )
        ) && !v.is(&vm.not_implemented)
}

/// The arguments `v` contributes: a union's own, else `v` (None as
/// `NoneType`).
fn flatten(vm: &Vm, v: &Value, out: &mut Vec<Value>) {
    match v.payload() {
        Some(Payload::Union(args)) => out.extend(crate::objects::tuple::items(args)),
        _ if v.is_none() => out.push(Value::Obj(vm.types.none.clone())),
        _ => out.push(v.clone()),
    }
}

/// `a | b` for types and type-like values; NotImplemented otherwise.
pub fn union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(vm, a) || !unionable(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let mut all = Vec::new();
    flatten(vm, a, &mut all);
    flatten(vm, b, &mut all);
    let mut args: Vec<Value> = Vec::with_capacity(all.len());
    for arg in all {
        let mut seen = false;
        for kept in &args {
            if kept.is(&arg) || vm.eq(kept, &arg)? {
                seen = true;
                break;
            }
        }
        if !seen {
            args.push(arg);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().expect("one argument"));
    }
    let args = vm.new_tuple(args);
    Ok(Value::Obj(Obj::new(
        vm.types.union_type.clone(),
        Payload::Union(args),
    )))
}

fn union_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let other = crate::objects::dunder_operand(vm, args)?;
    union(vm, &args.values[0], other)
}

fn union_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let other = crate::objects::dunder_operand(vm, args)?;
    union(vm, other, &args.values[0])
}

fn union_args(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::Union(args)) => Some(crate::objects::tuple::items(args)),
        _ => None,
    }
}

/// `u == v`: the same arguments, in any order.
fn union_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let other = crate::objects::dunder_operand(vm, args)?;
    let (Some(mine), Some(theirs)) = (union_args(&args.values[0]), union_args(other)) else {
        return Ok(vm.not_implemented.clone());
    };
    let mine = crate::objects::set::new_set_from(vm, mine, true)?;
    let theirs = crate::objects::set::new_set_from(vm, theirs, true)?;
    Ok(Value::Bool(vm.eq(&mine, &theirs)?))
}

/// `hash(u)`: the hash of the frozenset of its arguments.
fn union_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = union_args(&args.values[0]).unwrap_or_default();
    let set = crate::objects::set::new_set_from(vm, items, true)?;
    Ok(Value::Int(vm.hash(&set)?))
}

/// The arguments' `repr`s joined with ` | ` (`NoneType` shows as `None`).
pub fn repr_args(vm: &mut Vm, args: &Value) -> PyResult<String> {
    let mut parts = Vec::new();
    for a in crate::objects::tuple::items(args) {
        if a.is(&Value::Obj(vm.types.none.clone())) {
            parts.push("None".to_string());
        } else {
            parts.push(crate::objects::repr::type_repr_short(vm, &a)?);
        }
    }
    Ok(parts.join(" | "))
}

/// Register `|` on types, generic aliases and unions, and the union's
/// methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.union_type.clone();
    crate::objects::dict::set_str(
        vm,
        &crate::types::tdata(&t).dict,
        "__module__",
        vm.new_str("types"),
    );
    for owner in [
        vm.types.type_.clone(),
        vm.types.generic_alias.clone(),
        t.clone(),
    ] {
        crate::objects::add_method(vm, &owner, "__or__", union_or);
        crate::objects::add_method(vm, &owner, "__ror__", union_ror);
    }
    crate::objects::add_method(vm, &t, "__eq__", union_eq);
    crate::objects::add_method(vm, &t, "__hash__", union_hash);
}
