//! `bytes` and `bytearray`: construction and the most used methods.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// A new bytearray.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Obj(Obj::new(vm.types.bytearray.clone(), Payload::ByteArray(RefCell::new(data))))
}

/// The bytes of a bytes-like object.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Bytes from the argument of `bytes(x)` / `bytearray(x)`.
pub fn bytes_from_arg(vm: &mut Vm, x: &Value, encoding: Option<&Value>) -> PyResult<Vec<u8>> {
    if let Some(s) = x.as_str() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return crate::objects::codecs::encode(vm, s, enc.as_str().unwrap_or("utf-8"), "strict");
    }
    if let Some(b) = bytes_of(x) {
        return Ok(b);
    }
    if int::is_int(x) {
        let n = vm.index_value(x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let mut out = Vec::new();
    for item in vm.collect_iterable(x)? {
        let n = vm.index_value(&item)?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let data = match pos.get(1) {
        Some(x) => bytes_from_arg(vm, x, pos.get(2).or(args.kwarg("encoding")))?,
        None => Vec::new(),
    };
    Ok(vm.new_bytes(data))
}

fn bytearray_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let data = match pos.get(1) {
        Some(x) => bytes_from_arg(vm, x, pos.get(2).or(args.kwarg("encoding")))?,
        None => Vec::new(),
    };
    if let Some(Payload::ByteArray(b)) = pos[0].payload() {
        *b.borrow_mut() = data;
    }
    Ok(Value::None)
}

fn bytes_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = bytes_of(&args.values[0]).unwrap_or_default();
    let enc = args.pos().get(1).or(args.kwarg("encoding")).and_then(|v| v.as_str()).unwrap_or("utf-8").to_string();
    let errors = args.pos().get(2).or(args.kwarg("errors")).and_then(|v| v.as_str()).unwrap_or("strict").to_string();
    let s = crate::objects::codecs::decode(vm, &data, &enc, &errors)?;
    Ok(vm.new_str(s))
}

fn bytearray_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "append", args.values.len() - 1, 1, 1)?;
    let n = vm.index_value(&args.values[1])?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if let Some(Payload::ByteArray(b)) = args.values[0].payload() {
        b.borrow_mut().push(n as u8);
    }
    Ok(Value::None)
}

fn bytes_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = bytes_of(&args.values[0]).unwrap_or_default();
    let s: String = data.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(s))
}

/// Register bytes/bytearray methods.
pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    crate::objects::add_method(vm, &b, "__new__", bytes_new);
    crate::objects::mark_static(vm, &b, "__new__");
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        crate::objects::add_method(vm, &t, "decode", bytes_decode);
        crate::objects::add_method(vm, &t, "hex", bytes_hex);
    }
    let ba = vm.types.bytearray.clone();
    crate::objects::add_method(vm, &ba, "__init__", bytearray_init);
    crate::objects::add_method(vm, &ba, "append", bytearray_append);
}
