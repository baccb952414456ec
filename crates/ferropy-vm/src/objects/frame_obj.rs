//! Frame objects: snapshots of running frames for tracebacks,
//! `sys._getframe` and `inspect`.

use crate::object::{FrameInfo, Obj, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A frame object describing `vm.frames[index]` (and its callers via `f_back`).
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
                locals: f.locals.clone().map(Value::Obj).unwrap_or(Value::None),
                back,
            }),
        ));
    }
    back
}
