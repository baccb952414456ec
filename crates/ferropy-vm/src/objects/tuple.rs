//! `tuple`: item access helpers and methods.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// The items of a tuple (empty for non-tuples).
pub fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn tuple_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "index", args.values.len() - 1, 1, 3)?;
    let t = items(&args.values[0]);
    for (i, item) in t.iter().enumerate() {
        if vm.eq(item, &args.values[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "count", args.values.len() - 1, 1, 1)?;
    let mut n = 0;
    for item in items(&args.values[0]) {
        if vm.eq(&item, &args.values[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `tuple.__new__(cls, iterable=())`.
fn tuple_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let items = match pos.get(1) {
        Some(it) => vm.collect_iterable(it)?,
        None => Vec::new(),
    };
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("tuple.__new__(X): X is not a type object"));
    };
    if std::rc::Rc::ptr_eq(cls, &vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    let td = crate::types::tdata(cls);
    let payload = Payload::Tuple(items.into_boxed_slice());
    Ok(Value::Obj(if td.instance_dict {
        crate::object::Obj::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        crate::object::Obj::new(cls.clone(), payload)
    }))
}

/// Register the tuple methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    crate::objects::add_method(vm, &t, "index", tuple_index);
    crate::objects::add_method(vm, &t, "count", tuple_count);
    crate::objects::add_method(vm, &t, "__new__", tuple_new);
    crate::objects::mark_static(vm, &t, "__new__");
}
