//! Struct sequences (`sys.version_info`, `sys.flags`, ...): tuples whose
//! items are also named attributes, shown as `module.name(field=value, ...)`.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::dict;
use crate::objects::function::Args;
use crate::types::{tdata, Layout};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Name of the type attribute holding the field names.
const FIELDS: &str = "_ferropy_fields";

/// A new struct sequence type `module.name` with the given fields, of
/// which the first `n_sequence` are also tuple items (the rest are
/// attributes only, like `struct_time.tm_zone`).
pub fn new_type(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    n_sequence: usize,
) -> ObjRef {
    let t = vm.new_native_type(name, std::slice::from_ref(&vm.types.tuple), Layout::Tuple);
    let ns = &tdata(&t).dict;
    dict::set_str(vm, ns, "__module__", vm.new_str(module));
    let names = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    dict::set_str(vm, ns, FIELDS, names.clone());
    dict::set_str(vm, ns, "__match_args__", names);
    dict::set_str(vm, ns, "n_fields", Value::Int(fields.len() as i64));
    dict::set_str(vm, ns, "n_sequence_fields", Value::Int(n_sequence as i64));
    dict::set_str(vm, ns, "n_unnamed_fields", Value::Int(0));
    crate::objects::add_method(vm, &t, "__new__", struct_seq_new);
    crate::objects::mark_static(vm, &t, "__new__");
    t
}

fn count_attr(t: &ObjRef, name: &str) -> usize {
    match dict::get_str(&tdata(t).dict, name) {
        Some(Value::Int(n)) => n as usize,
        _ => 0,
    }
}

/// `T(sequence)`: from the sequence fields, optionally followed by the
/// attribute-only ones (which default to None).
fn struct_seq_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__new__", args.values.len(), 2, 2)?;
    let Value::Obj(t) = &args.values[0] else {
        return Err(vm.type_error("struct sequence __new__ needs a type"));
    };
    let (min, max) = (
        count_attr(t, "n_sequence_fields"),
        count_attr(t, "n_fields"),
    );
    let mut values = vm.collect_iterable(&args.values[1])?;
    let shown = format!("{}.{}", module_of(t).unwrap_or_default(), tdata(t).name());
    if values.len() < min {
        return Err(vm.type_error(format!(
            "{shown}() takes an at least {min}-sequence ({}-sequence given)",
            values.len()
        )));
    }
    if values.len() > max {
        return Err(vm.type_error(format!(
            "{shown}() takes an at most {max}-sequence ({}-sequence given)",
            values.len()
        )));
    }
    values.resize(max, Value::None);
    Ok(new(vm, t, values))
}

fn module_of(t: &ObjRef) -> Option<String> {
    dict::get_str(&tdata(t).dict, "__module__").and_then(|m| m.as_str().map(str::to_string))
}

/// An instance of struct sequence type `t` holding `values` (one per field).
pub fn new(vm: &Vm, t: &ObjRef, values: Vec<Value>) -> Value {
    let names = field_names(t);
    let n_sequence = count_attr(t, "n_sequence_fields").min(values.len());
    let items: Box<[Value]> = values[..n_sequence].into();
    let o = Obj::with_dict(t.clone(), Payload::Tuple(items), vm.new_dict());
    for (name, v) in names.iter().zip(values) {
        if let Some(name) = name.as_str() {
            dict::set_str(vm, &o.dict().unwrap(), name, v);
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
    if o.class_is(&vm.types.tuple) {
        return None;
    }
    let names = field_names(&o.class());
    let Payload::Tuple(items) = &o.payload else {
        return None;
    };
    if names.is_empty() {
        return None;
    }
    let head = format!("{}.{}", module_of(&o.class())?, tdata(&o.class()).name());
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
