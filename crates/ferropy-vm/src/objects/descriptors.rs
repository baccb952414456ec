//! `property`, `staticmethod`, `classmethod` and `super` construction.

use crate::error::PyResult;
use crate::object::{Obj, Payload, PropertyData};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

fn property_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let get = |i: usize, name: &str| -> Value {
        pos.get(i)
            .cloned()
            .or_else(|| args.kwarg(name).cloned())
            .unwrap_or(Value::None)
    };
    let fget = get(0, "fget");
    let mut doc = get(3, "doc");
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None);
    }
    let p = PropertyData {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc,
    };
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(vm.type_error("property.__new__ needs a type"));
    };
    Ok(Value::Obj(Obj::new(cls.clone(), Payload::Property(p))))
}

fn property_copy_with(vm: &mut Vm, args: &Args, which: usize) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args.values[0].payload() else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let f = args.values.get(1).cloned().unwrap_or(Value::None);
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    let doc = if which == 0 && !fget.is_none() {
        vm.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None)
    } else {
        p.doc.clone()
    };
    let cls = args.values[0].as_obj().unwrap().class();
    Ok(Value::Obj(Obj::new(
        cls,
        Payload::Property(PropertyData {
            fget,
            fset,
            fdel,
            doc,
        }),
    )))
}

fn property_getter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_copy_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_copy_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_copy_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args.values[0].payload() else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.values[0].clone());
    }
    let fget = p.fget.clone();
    vm.call(&fget, vec![obj], &[])
}

fn property_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args.values[0].payload() else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    if p.fset.is_none() {
        return Err(vm.new_exc(
            crate::exc_kinds::Exc::AttributeError,
            "property has no setter",
        ));
    }
    let fset = p.fset.clone();
    vm.call(
        &fset,
        vec![args.values[1].clone(), args.values[2].clone()],
        &[],
    )?;
    Ok(Value::None)
}

fn wrapper_new(vm: &mut Vm, args: &Args, class_method: bool) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 {
        let name = if class_method {
            "classmethod"
        } else {
            "staticmethod"
        };
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let Value::Obj(cls) = &pos[0] else {
        unreachable!()
    };
    let f = pos[1].clone();
    let payload = if class_method {
        Payload::ClassMethod(f)
    } else {
        Payload::StaticMethod(f)
    };
    Ok(Value::Obj(Obj::with_dict(
        cls.clone(),
        payload,
        vm.new_dict(),
    )))
}

fn staticmethod_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_new(vm, args, false)
}

fn classmethod_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_new(vm, args, true)
}

fn wrapper_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    let owner = args.values.get(2).cloned().unwrap_or(Value::None);
    match args.values[0].payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        Some(Payload::ClassMethod(f)) => {
            let cls = if owner.is_none() {
                Value::Obj(vm.type_of(&obj))
            } else {
                owner
            };
            Ok(vm.new_bound(f.clone(), cls))
        }
        _ => Ok(args.values[0].clone()),
    }
}

fn function_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.values[0].clone());
    }
    Ok(vm.new_bound(args.values[0].clone(), obj))
}

fn method_parts(v: &Value) -> Option<(Value, Value)> {
    match v.payload()? {
        Payload::BoundMethod(f, s) => Some((f.clone(), s.clone())),
        _ => None,
    }
}

/// Bound methods are equal when bound to the same object with equal functions.
fn method_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__eq__", args.values.len() - 1, 1, 1)?;
    let (Some((f1, s1)), Some((f2, s2))) =
        (method_parts(&args.values[0]), method_parts(&args.values[1]))
    else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::Bool(s1.is(&s2) && vm.eq(&f1, &f2)?))
}

fn method_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some((f, s)) = method_parts(&args.values[0]) else {
        return Err(vm.type_error("descriptor '__hash__' requires a 'method' object"));
    };
    let hf = vm.hash(&f)?;
    Ok(Value::Int(
        hf ^ ferropy_text::hash::hash_pointer(s.id() as usize),
    ))
}

/// Register descriptor types.
pub fn install(vm: &mut Vm) {
    use crate::objects::{add_method, mark_static};
    let p = vm.types.property.clone();
    add_method(vm, &p, "__new__", property_new);
    mark_static(vm, &p, "__new__");
    add_method(vm, &p, "getter", property_getter);
    add_method(vm, &p, "setter", property_setter);
    add_method(vm, &p, "deleter", property_deleter);
    add_method(vm, &p, "__get__", property_get);
    add_method(vm, &p, "__set__", property_set);
    let s = vm.types.staticmethod.clone();
    add_method(vm, &s, "__new__", staticmethod_new);
    mark_static(vm, &s, "__new__");
    add_method(vm, &s, "__get__", wrapper_get);
    let c = vm.types.classmethod.clone();
    add_method(vm, &c, "__new__", classmethod_new);
    mark_static(vm, &c, "__new__");
    add_method(vm, &c, "__get__", wrapper_get);
    let f = vm.types.function.clone();
    add_method(vm, &f, "__get__", function_get);
    let m = vm.types.method.clone();
    add_method(vm, &m, "__eq__", method_eq);
    add_method(vm, &m, "__hash__", method_hash);
    let sup = vm.types.super_.clone();
    add_method(vm, &sup, "__new__", crate::objects::super_::super_new);
    mark_static(vm, &sup, "__new__");
}
