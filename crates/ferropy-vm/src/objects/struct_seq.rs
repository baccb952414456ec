//! Struct sequences (`sys.version_info`, `sys.flags`, ...): tuples whose
//! items are also named attributes, shown as `module.name(field=value, ...)`.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::dict;
use crate::types::{tdata, Layout};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Name of the type attribute holding the field names.
const FIELDS: &str = "_ferropy_fields";

/// A new struct sequence type `module.name` with the given fields.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> ObjRef {
    let t = vm.new_native_type(name, std::slice::from_ref(&vm.types.tuple), Layout::Tuple);
    let ns = &tdata(&t).dict;
    dict::set_str(vm, ns, "__module__", vm.new_str(module));
    let names = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    dict::set_str(vm, ns, FIELDS, names.clone());
    dict::set_str(vm, ns, "__match_args__", names);
    let n = Value::Int(fields.len() as i64);
    dict::set_str(vm, ns, "n_fields", n.clone());
    dict::set_str(vm, ns, "n_sequence_fields", n);
    dict::set_str(vm, ns, "n_unnamed_fields", Value::Int(0));
    t
}

/// An instance of struct sequence type `t` holding `values` (one per field).
pub fn new(vm: &Vm, t: &ObjRef, values: Vec<Value>) -> Value {
    let names = field_names(t);
    let o = Obj::with_dict(
        t.clone(),
        Payload::Tuple(values.clone().into()),
        vm.new_dict(),
    );
    for (name, v) in names.iter().zip(values) {
        if let Some(name) = name.as_str() {
            dict::set_str(vm, o.dict.as_ref().unwrap(), name, v);
        }
    }
    Value::Obj(o)
}

fn field_names(t: &ObjRef) -> Vec<Value> {
    match dict::get_str(&tdata(t).dict, FIELDS)
        .as_ref()
        .and_then(|v| v.payload())
    {
        Some(Payload::Tuple(names)) => names.to_vec(),
        _ => Vec::new(),
    }
}

/// `repr(seq)` if `v` is a struct sequence: `sys.flags(debug=0, ...)`.
pub fn repr(vm: &mut Vm, v: &Value) -> Option<PyResult<String>> {
    let o = v.as_obj()?;
    let names = field_names(o.class());
    let Payload::Tuple(items) = &o.payload else {
        return None;
    };
    if names.is_empty() {
        return None;
    }
    let module = dict::get_str(&tdata(o.class()).dict, "__module__")?;
    let head = format!("{}.{}", module.as_str()?, tdata(o.class()).name());
    let items = items.to_vec();
    Some(fields_repr(vm, &head, &names, &items))
}

fn fields_repr(vm: &mut Vm, head: &str, names: &[Value], items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for (name, item) in names.iter().zip(items) {
        parts.push(format!(
            "{}={}",
            name.as_str().unwrap_or("?"),
            vm.repr(item)?
        ));
    }
    Ok(format!("{head}({})", parts.join(", ")))
}
