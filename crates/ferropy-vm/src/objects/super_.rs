//! `super()`: zero-argument form from the calling frame, and attribute
//! lookup along the MRO after the given class.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::{self, Args};
use crate::types::{self, tdata};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `super(type, obj)` / `super()`.
pub fn super_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let (t, obj) = match pos.len() {
        0 => zero_arg(vm)?,
        1 => (pos[0].clone(), Value::None),
        _ => (pos[0].clone(), pos[1].clone()),
    };
    if !matches!(t.payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&t)
        )));
    }
    if !obj.is_none() {
        let tt = t.as_obj().unwrap();
        let ok = vm.is_instance(&obj, tt)
            || matches!(&obj, Value::Obj(o) if o.as_type().is_some() && types::is_subtype(o, tt));
        if !ok {
            let inst = match &obj {
                Value::Obj(o) if o.as_type().is_some() => format!("type {}", tdata(o).name()),
                _ => format!("instance of {}", vm.type_name(&obj)),
            };
            return Err(vm.type_error(format!(
                "super(type, obj): obj ({inst}) is not an instance or subtype of type ({}).",
                tdata(tt).name()
            )));
        }
    }
    Ok(Value::Obj(Obj::new(
        vm.types.super_.clone(),
        Payload::Super(t, obj),
    )))
}

fn zero_arg(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = &frame.code.code;
    if code.argcount == 0 && code.flags & ferropy_compiler::bytecode::code_flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = frame.slots.first().cloned().unwrap_or(Value::Undef);
    if let Some(ci) = code.cell_from_arg.iter().position(|a| *a == Some(0)) {
        first = function::cell_get(&frame.slots[frame.code.cell_base() + ci]);
    }
    if first.is_undef() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    let Some(fi) = code.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let cell = &frame.slots[frame.code.cell_base() + code.cellvars.len() + fi];
    let cls = function::cell_get(cell);
    if cls.is_undef() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    Ok((cls, first))
}

/// Attribute lookup on a super object; `None` to fall back to normal lookup.
pub fn super_getattr(vm: &mut Vm, s: &ObjRef, name: &str) -> PyResult<Option<Value>> {
    let Payload::Super(t, obj) = &s.payload else {
        return Ok(None);
    };
    if obj.is_none() {
        return Ok(None);
    }
    let start = t.as_obj().unwrap();
    let class_mode = !vm.is_instance(obj, start);
    let obj_type = match obj {
        Value::Obj(o) if class_mode && o.as_type().is_some() => o.clone(),
        _ => vm.type_of(obj),
    };
    let mro = types::mro_of(&obj_type);
    let pos = mro.iter().position(|c| Rc::ptr_eq(c, start));
    let Some(pos) = pos else { return Ok(None) };
    for c in &mro[pos + 1..] {
        if let Some(v) = crate::objects::dict::get_str(&tdata(c).dict, name) {
            let is_type_obj = class_mode;
            let bound = match v.payload() {
                Some(Payload::Function(_)) | Some(Payload::NativeFunction(_)) if !is_type_obj => {
                    vm.new_bound(v.clone(), obj.clone())
                }
                Some(Payload::ClassMethod(inner)) => {
                    vm.new_bound(inner.clone(), Value::Obj(obj_type.clone()))
                }
                Some(Payload::StaticMethod(inner)) => inner.clone(),
                Some(Payload::Property(p)) if !is_type_obj => {
                    let fget = p.fget.clone();
                    vm.call(&fget, vec![obj.clone()], &[])?
                }
                _ => {
                    let vt = vm.type_of(&v);
                    if tdata(&vt).is_heap {
                        if let Some(get) = types::lookup(&vt, "__get__") {
                            let inst = if is_type_obj {
                                Value::None
                            } else {
                                obj.clone()
                            };
                            return Ok(Some(vm.call(
                                &vm.bind(&get, &v),
                                vec![inst, Value::Obj(obj_type.clone())],
                                &[],
                            )?));
                        }
                    }
                    v
                }
            };
            return Ok(Some(bound));
        }
    }
    Ok(None)
}
