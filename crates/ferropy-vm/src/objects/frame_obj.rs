//! Frame objects: snapshots of running frames for tracebacks,
//! `sys._getframe` and `inspect`.

use crate::frame::Frame;
use crate::object::{FrameInfo, Obj, Payload};
use crate::objects::{dict, function};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A frame object describing `vm.frames[index]` (tracebacks: no locals).
pub fn snapshot(vm: &Vm, index: usize) -> ObjRef {
    let f = &vm.frames[index];
    Obj::new(
        vm.types.frame.clone(),
        Payload::Frame(FrameInfo {
            code: f.code.clone(),
            lineno: f.lineno(),
            globals: f.globals.clone(),
            locals: f.locals.clone().map(Value::Obj).unwrap_or(Value::None),
            back: Value::None,
        }),
    )
}

/// The locals of `frame` as a dict: its mapping, or a snapshot of its fast
/// locals and cells.
pub fn locals_of(vm: &Vm, frame: &Frame) -> Value {
    if let Some(l) = &frame.locals {
        return Value::Obj(l.clone());
    }
    let code = &frame.code.code;
    let d = vm.new_dict();
    for (i, name) in code.varnames.iter().enumerate() {
        let v = &frame.slots[i];
        if !v.is_undef() {
            dict::set_str(vm, &d, name, v.clone());
        }
    }
    let base = frame.code.cell_base();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let v = function::cell_get(&frame.slots[base + i]);
        if !v.is_undef() {
            dict::set_str(vm, &d, name, v);
        }
    }
    Value::Obj(d)
}

/// A frame object for a suspended generator frame.
pub fn for_suspended(vm: &Vm, frame: &Frame) -> Value {
    Value::Obj(Obj::new(
        vm.types.frame.clone(),
        Payload::Frame(FrameInfo {
            code: frame.code.clone(),
            lineno: frame.lineno(),
            globals: frame.globals.clone(),
            locals: locals_of(vm, frame),
            back: Value::None,
        }),
    ))
}

/// A frame object with its `f_back` chain filled in.
pub fn snapshot_chain(vm: &Vm, index: usize) -> Value {
    let mut back = Value::None;
    for i in 0..=index {
        let f = &vm.frames[i];
        back = Value::Obj(Obj::new(
            vm.types.frame.clone(),
            Payload::Frame(FrameInfo {
                code: f.code.clone(),
                lineno: f.lineno(),
                globals: f.globals.clone(),
                locals: locals_of(vm, f),
                back,
            }),
        ));
    }
    back
}
