//! `_weakref`: weak references (`ref`, with callbacks), also installed as
//! `weakref` until the standard library's `weakref.py` is embedded.

use ferropy_vm::object::{Obj, Payload};
use ferropy_vm::objects::function::{Args, NativeFn};
use ferropy_vm::objects::module;
use ferropy_vm::{ObjRef, PyResult, Value, Vm};
use std::rc::Rc;

fn ref_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    ferropy_vm::builtins::check_arity(vm, "ref", pos.len() - 1, 1, 2)?;
    let Value::Obj(target) = &pos[1] else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(&pos[1])
        )));
    };
    if matches!(
        target.payload,
        Payload::Str(_) | Payload::Tuple(_) | Payload::Int(_) | Payload::List(_) | Payload::Dict(_)
    ) && !target.class_is_heap()
    {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(&pos[1])
        )));
    }
    let callback = pos.get(2).cloned().unwrap_or(Value::None);
    let Value::Obj(cls) = &pos[0] else {
        unreachable!()
    };
    let basic = callback.is_none() && Rc::ptr_eq(cls, &vm.types.weakref);
    if basic {
        // As in CPython, a plain reference without callback is shared.
        if let Some(existing) = plain_ref(vm, target) {
            return Ok(Value::Obj(existing));
        }
    }
    let wr = Obj::new(
        cls.clone(),
        Payload::WeakRef(Rc::downgrade(target), callback.clone()),
    );
    // Registered so that callbacks run, and `obj.__weakref__` finds it.
    ferropy_vm::finalize::register_weakref(target, &wr);
    Ok(Value::Obj(wr))
}

fn referent(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::WeakRef(w, _)) => w.upgrade().map(Value::Obj).unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn ref_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "weakref", args.values.len() - 1, 0, 0)?;
    Ok(referent(&args.values[0]))
}

fn ref_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = &args.values[0];
    let s = match referent(me) {
        Value::None => format!("<weakref at {:#x}; dead>", me.id()),
        r => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            me.id(),
            vm.type_name(&r),
            r.id()
        ),
    };
    Ok(vm.new_str(s))
}

fn getweakrefcount(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ferropy_vm::builtins::check_arity(vm, "getweakrefcount", args.values.len(), 1, 1)?;
    let Value::Obj(o) = &args.values[0] else {
        return Ok(Value::Int(0));
    };
    let count = ferropy_vm::finalize::weakref_count(o);
    Ok(Value::Int((count + subclass_registry_ref(vm, o)) as i64))
}

/// CPython's base classes list each subclass through a plain weakref (the
/// one `weakref.ref(cls)` then shares), so every class but `object` has
/// one more than the program made; ferropy's registry uses none.
fn subclass_registry_ref(vm: &Vm, o: &ObjRef) -> usize {
    let is_subclass = o.as_type().is_some() && !Rc::ptr_eq(o, &vm.types.object);
    usize::from(is_subclass && plain_ref(vm, o).is_none())
}

/// The shared plain reference to `target` (exact `weakref.ref`, no
/// callback), if one is alive.
fn plain_ref(vm: &Vm, target: &ObjRef) -> Option<ObjRef> {
    ferropy_vm::finalize::find_weakref(target, |w| {
        w.class_is(&vm.types.weakref)
            && matches!(&w.payload, Payload::WeakRef(_, cb) if cb.is_none())
    })
}

/// Create the `_weakref` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(vm, "_weakref");
    let t = vm.types.weakref.clone();
    let methods: &[(&str, NativeFn)] = &[
        ("__new__", ref_new),
        ("__call__", ref_call),
        ("__repr__", ref_repr),
    ];
    for (n, f) in methods {
        ferropy_vm::objects::add_method(vm, &t, n, *f);
    }
    ferropy_vm::objects::mark_static(vm, &t, "__new__");
    module::set_attr(vm, &m, "ref", Value::Obj(t.clone()));
    module::set_attr(vm, &m, "ReferenceType", Value::Obj(t));
    module::add_function(vm, &m, "getweakrefcount", getweakrefcount);
    Ok(m)
}
