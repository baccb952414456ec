//! `member_descriptor`: the class attribute that each name in `__slots__`
//! becomes. Values live in the instance's `Slots` payload; instances of
//! builtin-type subclasses (which have another payload) keep them in
//! their dict.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{MemberData, Payload};
use crate::objects::dict;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// `obj.<member>`: the slot's value, or AttributeError while unset.
pub fn get(vm: &Vm, member: &MemberData, obj: &Value) -> PyResult<Value> {
    let found = match obj.payload() {
        Some(Payload::Slots(values)) => {
            Some(values.borrow()[member.index].clone()).filter(|v| !v.is_undef())
        }
        _ => obj
            .as_obj()
            .and_then(|o| o.dict())
            .and_then(|d| dict::get_str(&d, &member.name)),
    };
    found.ok_or_else(|| vm.attribute_error(obj, &member.name))
}

/// `obj.<member> = value` (`None`: `del obj.<member>`). Returns false when
/// `obj` keeps its slot values in its dict, for the caller to store there.
pub fn set(vm: &Vm, member: &MemberData, obj: &Value, value: Option<Value>) -> PyResult<bool> {
    let Some(Payload::Slots(values)) = obj.payload() else {
        return Ok(false);
    };
    let unset = values.borrow()[member.index].is_undef();
    if value.is_none() && unset {
        return Err(vm.new_exc(Exc::AttributeError, member.name.to_string()));
    }
    let new = value.unwrap_or(Value::Undef);
    // Drop the old value after the borrow ends.
    let old = std::mem::replace(&mut values.borrow_mut()[member.index], new);
    drop(old);
    Ok(true)
}

fn member_of<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a MemberData> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Member(m)) => Ok(m),
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object")),
    }
}

/// `member.__get__(obj, type=None)`.
fn member_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = member_of(vm, args)?;
    match crate::objects::descriptor_get_target(vm, args)? {
        Some(obj) => get(vm, m, obj),
        None => Ok(args.values[0].clone()),
    }
}

/// `member.__set__(obj, value)` and `member.__delete__(obj)`.
fn member_store(vm: &mut Vm, args: &Args, value: Option<Value>) -> PyResult<Value> {
    let m = member_of(vm, args)?;
    let obj = &args.values[1];
    if !set(vm, m, obj, value.clone())? {
        vm.generic_setattr(obj, &vm.new_str(m.name.to_string()), value)?;
    }
    Ok(Value::None)
}

fn member_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__set__", args.values.len() - 1, 2, 2)?;
    member_store(vm, args, Some(args.values[2].clone()))
}

fn member_delete(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__delete__", args.values.len() - 1, 1, 1)?;
    member_store(vm, args, None)
}

/// Register `member_descriptor`'s methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    crate::objects::add_method(vm, &t, "__get__", member_get);
    crate::objects::add_method(vm, &t, "__set__", member_set);
    crate::objects::add_method(vm, &t, "__delete__", member_delete);
}
