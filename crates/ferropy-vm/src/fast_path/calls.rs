//! Frames for the calls the fast path makes: plain Python functions,
//! `__init__` of class calls, and the `super().method` lookup.

use super::Calls;
use crate::frame::Frame;
use crate::object::Payload;
use crate::objects::dict;
use crate::objects::function::Function;
use crate::objects::type_type::new_instance;
use crate::types::Layout;
use crate::value::Value;
use crate::vmcode::VmCode;
use std::rc::Rc;

/// The frame for calling the plain Python function at `stack[func_at]`
/// with the arguments `stack[first_arg..]` (see `VmCode::plain_argcount`;
/// missing trailing arguments come from the defaults), taking them off the
/// stack; `None`, with the stack untouched, for any other call.
pub(super) fn plain_call(
    stack: &mut Vec<Value>,
    func_at: usize,
    first_arg: usize,
    calls: Calls,
) -> Option<Box<Frame>> {
    let (head, args) = stack.split_at_mut(first_arg);
    let Some(Payload::Function(f)) = head[func_at].payload() else {
        return None;
    };
    let nargs = args.len();
    if !accepts_plain_call(f, nargs) {
        return None;
    }
    let code = &f.code;
    let mut frame = calls.pool.frame(code, &f.globals, &f.builtins);
    let slots = &mut frame.slots;
    slots.extend(args.iter_mut().map(std::mem::take));
    let argcount = code.code.argcount as usize;
    if nargs < argcount {
        if let Some(Payload::Tuple(d)) = f.defaults.borrow().payload() {
            slots.extend_from_slice(&d[d.len() - (argcount - nargs)..]);
        }
    }
    slots.resize(code.nslots - f.closure.len(), Value::Undef);
    if !code.code.cellvars.is_empty() {
        crate::objects::function::fill_cells(&calls.types.cell, code, slots);
    }
    if !f.closure.is_empty() {
        slots.extend_from_slice(&f.closure);
    }
    stack.truncate(func_at);
    Some(frame)
}

/// For `super().name` in a method of `code` whose first argument is an
/// instance: the function `name` (Python, or a builtin method taking the
/// instance first) found after `__class__` in the instance's MRO, and the
/// instance. `None` for anything else (class
/// methods, descriptors, missing cells...), which the general path handles.
pub(super) fn super_method(code: &VmCode, slots: &[Value], name: &Value) -> Option<(Value, Value)> {
    let co = &code.code;
    if co.argcount == 0 || co.cell_from_arg.contains(&Some(0)) {
        return None;
    }
    let instance = slots.first().filter(|v| !v.is_undef())?;
    let Some(Payload::Cell(cell)) = slots[code.class_cell?].payload() else {
        return None;
    };
    let class = cell.borrow().as_obj()?.clone();
    let instance_type = &instance.as_obj()?.class();
    let td = crate::types::tdata(instance_type);
    let mro = td.mro.borrow();
    let mut chain = std::iter::once(instance_type).chain(mro.iter());
    chain.position(|c| Rc::ptr_eq(c, &class))?;
    let hash = crate::objects::str::pystr(name)?.hash();
    for c in chain {
        if let Some(v) = dict::get_str_value(&crate::types::tdata(c).dict, name, hash)? {
            let plain_method = match v.payload() {
                Some(Payload::Function(_)) => true,
                Some(Payload::NativeFunction(nf)) => nf.self_.is_undef(),
                _ => false,
            };
            return plain_method.then(|| (v, instance.clone()));
        }
    }
    None
}

/// Whether `f` is plain (see `VmCode::plain_argcount`) and `nargs`
/// positional arguments, with its defaults, fill its parameters.
fn accepts_plain_call(f: &Function, nargs: usize) -> bool {
    let Some(argcount) = f.code.plain_argcount else {
        return false;
    };
    match argcount.checked_sub(nargs) {
        Some(0) => true,
        Some(missing) => {
            matches!(f.defaults.borrow().payload(), Some(Payload::Tuple(d)) if d.len() >= missing)
        }
        None => false,
    }
}

/// For `C(args)` at `stack[func_at]` where class `C` takes `object.__new__`
/// and a plain Python `__init__`: a new instance, and the `__init__` frame
/// with it as `self` (its `None` return value is replaced by the instance).
/// `None`, with the stack untouched, for any other call.
pub(super) fn init_call(
    stack: &mut Vec<Value>,
    func_at: usize,
    calls: Calls,
) -> Option<Box<Frame>> {
    let Value::Obj(t) = &stack[func_at] else {
        return None;
    };
    let Payload::Type(td) = &t.payload else {
        return None;
    };
    if !td.is_heap || td.layout != Layout::Object || !t.class_is(&calls.types.type_) {
        return None;
    }
    let specials = crate::types::specials(t, &calls.types.object);
    let init = specials.init.as_ref().filter(|_| specials.object_new)?;
    let nargs = stack.len() - func_at - 1;
    match init.payload() {
        Some(Payload::Function(f)) if accepts_plain_call(f, nargs + 1) => {}
        _ => return None,
    }
    let instance = Value::Obj(new_instance(calls.types, t));
    let class = std::mem::replace(&mut stack[func_at], init.clone());
    stack.insert(func_at + 1, instance.clone());
    let mut frame = plain_call(stack, func_at, func_at + 1, calls)?;
    drop(class);
    frame.init_instance = Some(instance);
    Some(frame)
}
