//! Runtime support for `match` statements.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::Payload;
use crate::objects::{dict, tuple};
use crate::types::tdata;
use crate::value::Value;
use crate::vm::Vm;

/// Whether a subject matches mapping patterns.
pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_) | Payload::MappingProxy(_)) => true,
        _ => {
            vm.lookup_special(v, "keys").is_some()
                && vm.lookup_special(v, "__getitem__").is_some()
                && !matches!(
                    v.payload(),
                    Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_))
                )
        }
    }
}

/// Whether a subject matches sequence patterns (not str/bytes/bytearray).
pub fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => {
            false
        }
        _ => {
            let t = vm.type_of(v);
            crate::types::mro_of(&t).iter().any(|c| {
                crate::objects::dict::get_str(&tdata(c).dict, "__abc_sequence__").is_some()
            })
        }
    }
}

/// Values for `keys` in `subject`, or None if any key is missing.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let mut values = Vec::new();
    let key_list = tuple::items(keys);
    for (i, k) in key_list.iter().enumerate() {
        if key_list[..i].iter().any(|p| p.is(k)) {
            let r = vm.repr(k)?;
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
        }
        let v = match subject.payload() {
            Some(Payload::Dict(_)) => dict::get_item(vm, subject.as_obj().unwrap(), k)?,
            _ => match vm.call_method(subject, "get", vec![k.clone(), Value::Undef]) {
                Ok(v) if !v.is_undef() => Some(v),
                Ok(_) => None,
                Err(e) => return Err(e),
            },
        };
        match v {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(vm.new_tuple(values))
}

/// `case Cls(p1, p2, k=p3)`: the attribute values to match, or None.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(Payload::Type(_)) = cls.payload() else {
        return Err(vm.type_error("called match pattern must be a class"));
    };
    let c = cls.as_obj().unwrap();
    if !vm.is_instance(subject, c) {
        return Ok(Value::None);
    }
    let mut attrs = Vec::new();
    if npos > 0 {
        let self_match = matches!(
            tdata(c).layout,
            crate::types::Layout::Int
                | crate::types::Layout::Bool
                | crate::types::Layout::Float
                | crate::types::Layout::Str
                | crate::types::Layout::Bytes
                | crate::types::Layout::List
                | crate::types::Layout::Tuple
                | crate::types::Layout::Dict
                | crate::types::Layout::Set
                | crate::types::Layout::FrozenSet
                | crate::types::Layout::ByteArray
        ) && crate::types::lookup(c, "__match_args__").is_none();
        if self_match {
            if npos > 1 {
                return Err(vm.type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({} given)",
                    tdata(c).name(),
                    npos
                )));
            }
            attrs.push(subject.clone());
        } else {
            let match_args = match crate::types::lookup(c, "__match_args__") {
                Some(m) => tuple::items(&m),
                None => Vec::new(),
            };
            if npos > match_args.len() {
                return Err(vm.type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    tdata(c).name(),
                    match_args.len(),
                    if match_args.len() == 1 { "" } else { "s" },
                    npos
                )));
            }
            for name in &match_args[..npos] {
                match vm.getattr(subject, name) {
                    Ok(v) => attrs.push(v),
                    Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), Exc::AttributeError) => {
                        return Ok(Value::None)
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    }
    for name in tuple::items(names) {
        match vm.getattr(subject, &name) {
            Ok(v) => attrs.push(v),
            Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), Exc::AttributeError) => {
                return Ok(Value::None)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_tuple(attrs))
}

/// `**rest` in a mapping pattern: a dict copy without the matched keys.
pub fn copy_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let d = vm.new_dict();
    dict::update_from(vm, &d, subject, false)?;
    for k in tuple::items(keys) {
        dict::del_item(vm, &d, &k)?;
    }
    Ok(Value::Obj(d))
}
