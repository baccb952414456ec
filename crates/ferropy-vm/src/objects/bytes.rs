//! `bytes` and `bytearray`: the buffer accessors the rest of the VM uses,
//! construction (`bytes(x)`, `bytearray(x)`), and the operators
//! (concatenation, repetition, `%`, comparison, membership, indexing and
//! item/slice assignment). The named methods live in `bytes_methods`.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::objects::text_args::{self as ta, keywords, Sig};
use crate::objects::{int, slice};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// A new bytearray.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Obj(Obj::new(
        vm.types.bytearray.clone(),
        Payload::ByteArray(RefCell::new(data)),
    ))
}

/// A new `bytes` (`as_bytearray` false) or `bytearray`.
pub fn new_bytes_like(vm: &Vm, data: Vec<u8>, as_bytearray: bool) -> Value {
    if as_bytearray {
        new_bytearray(vm, data)
    } else {
        vm.new_bytes(data)
    }
}

/// The bytes of a bytes-like object (a copy).
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    buffer(v).map(Cow::into_owned)
}

/// The bytes of a bytes-like object: borrowed from a `bytes`, copied from
/// a `bytearray` (whose contents Python code may change meanwhile).
pub fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
        Payload::MemoryView(_) => crate::objects::memoryview::view_bytes(v).map(Cow::Owned),
        _ => None,
    }
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'".
pub fn buffer_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    buffer(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Whether `v` is a bytearray (or subclass instance).
pub fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// Run `f` on the contents of a bytearray.
pub fn with_bytearray<R>(v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    match v.payload()? {
        Payload::ByteArray(b) => Some(f(&mut b.borrow_mut())),
        _ => None,
    }
}

/// An integer in `range(0, 256)` for a byte value.
pub fn byte_value(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = vm.index(v)?;
    int::to_i64(&i)
        .and_then(|i| u8::try_from(i).ok())
        .ok_or_else(|| vm.value_error(msg))
}

// ----- construction ------------------------------------------------------------

static BYTES_NEW: Sig<3> = keywords("bytes", "bytes", ["source", "encoding", "errors"], 0, 0);
static BYTEARRAY_INIT: Sig<3> = keywords(
    "bytearray",
    "bytearray",
    ["source", "encoding", "errors"],
    0,
    0,
);

/// The `encoding`/`errors` arguments of `bytes()`/`bytearray()`.
fn codec_args<'a>(
    vm: &Vm,
    sig: &Sig<3>,
    encoding: Option<&'a Value>,
    errors: Option<&'a Value>,
) -> PyResult<(Option<&'a str>, Option<&'a str>)> {
    let encoding = encoding.map(|e| ta::str_arg(vm, sig, 1, e)).transpose()?;
    let errors = errors.map(|e| ta::str_arg(vm, sig, 2, e)).transpose()?;
    Ok((encoding, errors))
}

fn without_string(vm: &Vm, encoding: Option<&str>) -> crate::error::PyErr {
    vm.type_error(if encoding.is_some() {
        "encoding without a string argument"
    } else {
        "errors without a string argument"
    })
}

/// The bytes of an integer count, a bytes-like object or an iterable of
/// integers (the part `bytes()` and `bytearray()` share).
fn bytes_from_object(
    vm: &mut Vm,
    x: &Value,
    type_name: &str,
    range_msg: &str,
) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(x) {
        return Ok(b.into_owned());
    }
    if int::is_int(x) || vm.lookup_special(x, "__index__").is_some() {
        let i = vm.index(x)?;
        let n = int::to_i64(&i).ok_or_else(|| {
            vm.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(x)
            ))
        })?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        check_size(vm, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if !vm.is_iterable(x) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {type_name}",
            vm.type_name(x)
        )));
    }
    let items = vm.collect_iterable(x)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(vm, item, range_msg)?);
    }
    Ok(out)
}

fn check_size(vm: &Vm, n: usize) -> PyResult<()> {
    if n > (1usize << 34) {
        return Err(vm.new_exc(Exc::MemoryError, ""));
    }
    Ok(())
}

/// `bytes.__new__(cls, source=b'', encoding=None, errors=None)`.
fn bytes_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(vm.type_error("bytes.__new__(X): X is not a type object"));
    };
    let [source, encoding, errors] = BYTES_NEW.bind(vm, args)?;
    let (encoding, errors) = codec_args(vm, &BYTES_NEW, encoding, errors)?;
    let data = match source {
        None if encoding.is_some() || errors.is_some() => return Err(without_string(vm, encoding)),
        None => Vec::new(),
        Some(x) => match (x.as_str(), encoding) {
            (Some(s), Some(enc)) => {
                crate::objects::codecs::encode(vm, s, enc, errors.unwrap_or("strict"))?
            }
            (None, Some(_)) => return Err(without_string(vm, encoding)),
            (Some(_), None) => return Err(vm.type_error("string argument without an encoding")),
            (None, None) if errors.is_some() => {
                return Err(vm.type_error("errors without a string argument"))
            }
            (None, None) => {
                if Rc::ptr_eq(cls, &vm.types.bytes) && Rc::ptr_eq(&vm.type_of(x), &vm.types.bytes) {
                    return Ok(x.clone());
                }
                match call_dunder_bytes(vm, x)? {
                    Some(b) => b,
                    None => bytes_from_object(vm, x, "bytes", "bytes must be in range(0, 256)")?,
                }
            }
        },
    };
    if Rc::ptr_eq(cls, &vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(new_instance(
        vm,
        cls,
        Payload::Bytes(data.into_boxed_slice()),
    ))
}

/// `x.__bytes__()` for objects other than exact bytes, checked.
fn call_dunder_bytes(vm: &mut Vm, x: &Value) -> PyResult<Option<Vec<u8>>> {
    let Some(f) = vm.lookup_special(x, "__bytes__") else {
        return Ok(None);
    };
    let r = vm.call(&vm.bind(&f, x), vec![], &[])?;
    match r.payload() {
        Some(Payload::Bytes(b)) => Ok(Some(b.to_vec())),
        _ => Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            vm.type_name(&r)
        ))),
    }
}

fn new_instance(vm: &Vm, cls: &ObjRef, payload: Payload) -> Value {
    Value::Obj(if crate::types::tdata(cls).instance_dict {
        Obj::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        Obj::new(cls.clone(), payload)
    })
}

/// `bytearray.__init__(self, source=b'', encoding=None, errors=None)`.
fn bytearray_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [source, encoding, errors] = BYTEARRAY_INIT.bind(vm, args)?;
    let (encoding, errors) = codec_args(vm, &BYTEARRAY_INIT, encoding, errors)?;
    let data = match source {
        None if encoding.is_some() || errors.is_some() => return Err(without_string(vm, encoding)),
        None => Vec::new(),
        Some(x) => match (x.as_str(), encoding) {
            (Some(s), Some(enc)) => {
                crate::objects::codecs::encode(vm, s, enc, errors.unwrap_or("strict"))?
            }
            (Some(_), None) => return Err(vm.type_error("string argument without an encoding")),
            _ if encoding.is_some() || errors.is_some() => {
                return Err(without_string(vm, encoding))
            }
            _ => bytes_from_object(vm, x, "bytearray", "byte must be in range(0, 256)")?,
        },
    };
    with_bytearray(&args.values[0], |b| *b = data);
    Ok(Value::None)
}

// ----- operators -----------------------------------------------------------------

/// `a <op> b` when `a` is bytes or bytearray: concatenation, repetition
/// and `%`; `Ok(None)` when the operands do not support `op`.
pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let Some(x) = buffer(a) else { return Ok(None) };
    let as_bytearray = is_bytearray(a);
    match op {
        BinOp::Add => {
            let Some(y) = buffer(b) else { return Ok(None) };
            check_size(vm, x.len() + y.len())?;
            let mut v = x.into_owned();
            v.extend_from_slice(&y);
            Ok(Some(new_bytes_like(vm, v, as_bytearray)))
        }
        BinOp::Mul => {
            if !int::is_int(b) && vm.lookup_special(b, "__index__").is_none() {
                return Ok(None);
            }
            let n = repeat_count(vm, b)?;
            check_size(vm, x.len().saturating_mul(n))?;
            Ok(Some(new_bytes_like(vm, x.repeat(n), as_bytearray)))
        }
        BinOp::Mod => {
            let r = crate::objects::percent::bytes_percent(vm, &x, b)?;
            Ok(Some(new_bytes_like(vm, r, as_bytearray)))
        }
        _ => Ok(None),
    }
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    let i = vm.index(n)?;
    match int::to_i64(&i) {
        Some(k) => Ok(k.max(0) as usize),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// The error for `bytes + x` when `x` is not bytes-like.
pub fn concat_error(vm: &Vm, a: &Value, b: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "can't concat {} to {}",
        vm.type_name(b),
        vm.type_name(a)
    ))
}

/// Compare two bytes-like objects; `Ok(None)` when either is not one.
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let (x, y) = (buffer(a)?, buffer(b)?);
    Some(crate::ops::cmp_ord(op, x.as_ref().cmp(y.as_ref())))
}

/// `item in container` for a bytes or bytearray container.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = buffer(container).unwrap_or_default();
    if int::is_int(item) || vm.lookup_special(item, "__index__").is_some() {
        let b = byte_value(vm, item, "byte must be in range(0, 256)")?;
        return Ok(hay.contains(&b));
    }
    let needle = buffer_arg(vm, item)?;
    Ok(crate::objects::strlike::find(&hay, &needle).is_some())
}

fn slice_parts(key: &Value) -> Option<(Value, Value, Value)> {
    match key.payload() {
        Some(Payload::Slice(a, b, c)) => Some((a.clone(), b.clone(), c.clone())),
        _ => None,
    }
}

/// Resolve an integer subscript of a bytes (`bytearray` false) or
/// bytearray of `len` bytes.
fn item_index(vm: &mut Vm, key: &Value, len: usize, bytearray: bool) -> PyResult<usize> {
    let (what, range_msg) = if bytearray {
        ("bytearray", "bytearray index out of range")
    } else {
        ("byte", "index out of range")
    };
    if !int::is_int(key) && vm.lookup_special(key, "__index__").is_none() {
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let i = vm.index(key)?;
    let i = int::to_i64(&i).ok_or_else(|| {
        vm.new_exc(
            Exc::IndexError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(key)
            ),
        )
    })?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(range_msg));
    }
    Ok(j as usize)
}

/// `obj[key]` for bytes and bytearray.
pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let data = buffer(obj).unwrap_or_default();
    let as_bytearray = is_bytearray(obj);
    if let Some((a, b, c)) = slice_parts(key) {
        let (start, stop, step) = slice::indices(vm, &a, &b, &c, data.len() as i64)?;
        let out: Vec<u8> = if step == 1 {
            data.get(start as usize..stop.max(start) as usize)
                .unwrap_or_default()
                .to_vec()
        } else {
            slice::positions(start, stop, step)
                .map(|i| data[i])
                .collect()
        };
        return Ok(new_bytes_like(vm, out, as_bytearray));
    }
    let i = item_index(vm, key, data.len(), as_bytearray)?;
    Ok(Value::Int(data[i] as i64))
}

/// The new contents of a slice assignment `ba[a:b] = value`.
fn assigned_bytes(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(value) {
        return Ok(b.into_owned());
    }
    let msg = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    if value.as_str().is_some() || int::is_int(value) || !vm.is_iterable(value) {
        return Err(vm.type_error(msg));
    }
    let items = vm.collect_iterable(value)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(vm, item, "byte must be in range(0, 256)")?);
    }
    Ok(out)
}

/// `ba[key] = value` for a bytearray.
pub fn setitem(vm: &mut Vm, obj: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let len = with_bytearray(obj, |b| b.len()).unwrap_or(0);
    let Some((a, b, c)) = slice_parts(key) else {
        let i = item_index(vm, key, len, true)?;
        let v = byte_value(vm, value, "byte must be in range(0, 256)")?;
        with_bytearray(obj, |b| {
            if let Some(slot) = b.get_mut(i) {
                *slot = v;
            }
        });
        return Ok(());
    };
    let new = assigned_bytes(vm, value)?;
    let len = with_bytearray(obj, |b| b.len()).unwrap_or(0) as i64;
    let (start, stop, step) = slice::indices(vm, &a, &b, &c, len)?;
    if step == 1 {
        let (start, stop) = (start as usize, stop.max(start) as usize);
        with_bytearray(obj, |b| {
            b.splice(start..stop, new);
        });
        return Ok(());
    }
    let positions: Vec<usize> = slice::positions(start, stop, step).collect();
    if positions.len() != new.len() {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            positions.len()
        )));
    }
    with_bytearray(obj, |b| {
        for (p, v) in positions.into_iter().zip(new) {
            b[p] = v;
        }
    });
    Ok(())
}

/// `del ba[key]` for a bytearray.
pub fn delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    let len = with_bytearray(obj, |b| b.len()).unwrap_or(0);
    let Some((a, b, c)) = slice_parts(key) else {
        let i = item_index(vm, key, len, true)?;
        with_bytearray(obj, |b| b.remove(i));
        return Ok(());
    };
    let (start, stop, step) = slice::indices(vm, &a, &b, &c, len as i64)?;
    let mut positions: Vec<usize> = slice::positions(start, stop, step).collect();
    positions.sort_unstable();
    with_bytearray(obj, |b| {
        let mut k = 0;
        let mut i = 0;
        b.retain(|_| {
            let drop = positions.get(k) == Some(&i);
            k += drop as usize;
            i += 1;
            !drop
        });
    });
    Ok(())
}

/// `ba += x`: extend in place with a bytes-like object.
fn bytearray_iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [a, b] = [&args.values[0], args.values.get(1).unwrap_or(&Value::None)];
    let Some(data) = buffer(b) else {
        return Err(concat_error(vm, a, b));
    };
    let data = data.into_owned();
    with_bytearray(a, |v| v.extend_from_slice(&data));
    Ok(a.clone())
}

/// `ba *= n`: repeat in place.
fn bytearray_imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [a, n] = [&args.values[0], args.values.get(1).unwrap_or(&Value::None)];
    if !int::is_int(n) && vm.lookup_special(n, "__index__").is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = repeat_count(vm, n)?;
    let len = with_bytearray(a, |v| v.len()).unwrap_or(0);
    check_size(vm, len.saturating_mul(n))?;
    with_bytearray(a, |v| *v = v.repeat(n));
    Ok(a.clone())
}

/// Register construction and in-place operators, then the methods.
pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    crate::objects::add_method(vm, &b, "__new__", bytes_new);
    crate::objects::mark_static(vm, &b, "__new__");
    let ba = vm.types.bytearray.clone();
    crate::objects::add_method(vm, &ba, "__init__", bytearray_init);
    crate::objects::add_method(vm, &ba, "__iadd__", bytearray_iadd);
    crate::objects::add_method(vm, &ba, "__imul__", bytearray_imul);
    crate::objects::bytes_methods::install(vm);
}
