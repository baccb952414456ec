//! `memoryview` over `bytes` and `bytearray`: indexing, slicing (views
//! share the underlying buffer, so writes through a bytearray view are
//! seen by the bytearray), `tobytes`/`tolist`/`hex`, `cast` to fixed-size
//! integer formats, `release` and the context-manager protocol.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// The shape of a view: which bytes of `obj` it covers and how to read them.
pub struct MemoryViewData {
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    /// Number of items.
    pub len: usize,
    pub format: char,
    pub itemsize: usize,
    pub released: Cell<bool>,
}

fn data(v: &Value) -> Option<&MemoryViewData> {
    match v.payload()? {
        Payload::MemoryView(d) => Some(d),
        _ => None,
    }
}

fn underlying(obj: &Value) -> Vec<u8> {
    match obj.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

/// The bytes a view covers, in order.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let d = data(v)?;
    let all = underlying(&d.obj);
    let n = d.len * d.itemsize;
    if d.step == 1 {
        return Some(
            all.get(d.start..d.start + n)
                .map(<[u8]>::to_vec)
                .unwrap_or_default(),
        );
    }
    Some(
        (0..d.len)
            .map(|i| all[(d.start as isize + i as isize * d.step) as usize])
            .collect(),
    )
}

fn new_view(vm: &Vm, d: MemoryViewData) -> Value {
    Value::Obj(Obj::new(
        vm.types.memoryview.clone(),
        Payload::MemoryView(d),
    ))
}

fn checked<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryViewData> {
    let d = data(v).ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    if d.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(d)
}

fn mv_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    crate::builtins::check_arity(vm, "memoryview", pos.len() - 1, 1, 1)?;
    let obj = pos[1].clone();
    if let Some(d) = data(&obj) {
        let copy = MemoryViewData {
            obj: d.obj.clone(),
            start: d.start,
            step: d.step,
            len: d.len,
            format: d.format,
            itemsize: d.itemsize,
            released: Cell::new(false),
        };
        return Ok(new_view(vm, copy));
    }
    let len = match obj.payload() {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.borrow().len(),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(&obj)
            )))
        }
    };
    Ok(new_view(
        vm,
        MemoryViewData {
            obj,
            start: 0,
            step: 1,
            len,
            format: 'B',
            itemsize: 1,
            released: Cell::new(false),
        },
    ))
}

fn item(vm: &Vm, d: &MemoryViewData, i: usize) -> Value {
    let all = underlying(&d.obj);
    let off = (d.start as isize + i as isize * d.step * d.itemsize as isize) as usize;
    let raw = &all[off..off + d.itemsize];
    match d.format {
        'B' => Value::Int(raw[0] as i64),
        'b' => Value::Int(raw[0] as i8 as i64),
        'c' => vm.new_bytes(vec![raw[0]]),
        f => {
            let mut buf = [0u8; 8];
            buf[..raw.len()].copy_from_slice(raw);
            let unsigned = u64::from_le_bytes(buf);
            let bits = d.itemsize * 8;
            let signed = f.is_ascii_lowercase();
            if signed && bits < 64 && unsigned >> (bits - 1) & 1 == 1 {
                Value::Int((unsigned | (!0u64 << bits)) as i64)
            } else if signed || unsigned <= i64::MAX as u64 {
                Value::Int(unsigned as i64)
            } else {
                int::from_bigint(vm, num_bigint::BigInt::from(unsigned))
            }
        }
    }
}

fn mv_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = checked(vm, &args.values[0])?;
    let key = &args.values[1];
    if let Some(Payload::Slice(a, b, c)) = key.payload() {
        let (start, stop, step) = crate::objects::slice::indices(vm, a, b, c, d.len as i64)?;
        let d = checked(vm, &args.values[0])?;
        let count = crate::objects::slice::positions(start, stop, step).count();
        let view = MemoryViewData {
            obj: d.obj.clone(),
            start: (d.start as isize + start as isize * d.step * d.itemsize as isize) as usize,
            step: d.step * step as isize,
            len: count,
            format: d.format,
            itemsize: d.itemsize,
            released: Cell::new(false),
        };
        return Ok(new_view(vm, view));
    }
    let i = crate::objects::sequence_ops::resolve_index(vm, key, d.len, "index")?;
    let d = checked(vm, &args.values[0])?;
    Ok(item(vm, d, i))
}

fn mv_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = checked(vm, &args.values[0])?;
    let Some(Payload::ByteArray(target)) = d.obj.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if d.format != 'B' {
        return Err(vm.not_implemented_error(
            "memoryview assignment for formats other than 'B' is not supported yet",
        ));
    }
    let (start, step, len) = (d.start as isize, d.step, d.len);
    let key = args.values[1].clone();
    let value = args.values[2].clone();
    let positions: Vec<usize> = if let Some(Payload::Slice(a, b, c)) = key.payload() {
        let (s0, s1, st) = crate::objects::slice::indices(vm, a, b, c, len as i64)?;
        crate::objects::slice::positions(s0, s1, st)
            .map(|i| (start + i as isize * step) as usize)
            .collect()
    } else {
        let i = crate::objects::sequence_ops::resolve_index(vm, &key, len, "index")?;
        let n = vm.index_value(&value)?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("memoryview: invalid value for format 'B'"));
        }
        target.borrow_mut()[(start + i as isize * step) as usize] = n as u8;
        return Ok(Value::None);
    };
    let src = crate::objects::bytes::buffer_arg(vm, &value)?.to_vec();
    if src.len() != positions.len() {
        return Err(
            vm.value_error("memoryview assignment: lvalue and rvalue have different structures")
        );
    }
    let mut t = target.borrow_mut();
    for (p, b) in positions.into_iter().zip(src) {
        t[p] = b;
    }
    Ok(Value::None)
}

fn mv_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(checked(vm, &args.values[0])?.len as i64))
}

fn mv_tobytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    checked(vm, &args.values[0])?;
    Ok(vm.new_bytes(view_bytes(&args.values[0]).unwrap_or_default()))
}

fn mv_tolist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = checked(vm, &args.values[0])?;
    let items = (0..d.len).map(|i| item(vm, d, i)).collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    checked(vm, &args.values[0])?;
    let s: String = view_bytes(&args.values[0])
        .unwrap_or_default()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(vm.new_str(s))
}

fn mv_release(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(d) = data(&args.values[0]) {
        d.released.set(true);
    }
    let _ = vm;
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    checked(vm, &args.values[0])?;
    Ok(args.values[0].clone())
}

fn mv_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mv_release(vm, args)
}

fn mv_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = view_bytes(&args.values[0]).unwrap_or_default();
    let other = match data(&args.values[1]) {
        Some(_) => view_bytes(&args.values[1]),
        None => crate::objects::bytes::buffer(&args.values[1]).map(|c| c.to_vec()),
    };
    Ok(match other {
        Some(o) => Value::Bool(o == me),
        None => vm.not_implemented.clone(),
    })
}

fn mv_cast(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = checked(vm, &args.values[0])?;
    let fmt = args
        .values
        .get(1)
        .and_then(|f| f.as_str())
        .unwrap_or("B")
        .to_string();
    let itemsize = match fmt.as_str() {
        "B" | "b" | "c" => 1,
        "H" | "h" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "d" | "N" | "n" => 8,
        _ => return Err(vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")),
    };
    if fmt == "f" || fmt == "d" {
        return Err(
            vm.not_implemented_error("memoryview.cast to float formats is not supported yet")
        );
    }
    let nbytes = d.len * d.itemsize;
    if d.step != 1 || nbytes % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let view = MemoryViewData {
        obj: d.obj.clone(),
        start: d.start,
        step: 1,
        len: nbytes / itemsize,
        format: fmt.chars().next().unwrap(),
        itemsize,
        released: Cell::new(false),
    };
    Ok(new_view(vm, view))
}

/// Read-only properties of a view.
pub fn attr(vm: &Vm, v: &Value, name: &str) -> Option<PyResult<Value>> {
    let d = data(v)?;
    if d.released.get() && name != "obj" {
        return Some(Err(
            vm.value_error("operation forbidden on released memoryview object")
        ));
    }
    Some(Ok(match name {
        "obj" => d.obj.clone(),
        "nbytes" => Value::Int((d.len * d.itemsize) as i64),
        "readonly" => Value::Bool(!matches!(d.obj.payload(), Some(Payload::ByteArray(_)))),
        "format" => vm.new_str(d.format.to_string()),
        "itemsize" => Value::Int(d.itemsize as i64),
        "ndim" => Value::Int(1),
        "shape" => vm.new_tuple(vec![Value::Int(d.len as i64)]),
        "strides" => vm.new_tuple(vec![Value::Int(d.step as i64 * d.itemsize as i64)]),
        "contiguous" | "c_contiguous" | "f_contiguous" => Value::Bool(d.step == 1),
        _ => return None,
    }))
}

/// Register memoryview methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    let methods: &[(&str, NativeFn)] = &[
        ("__new__", mv_new),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__len__", mv_len),
        ("__eq__", mv_eq),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
        ("cast", mv_cast),
    ];
    for (n, f) in methods {
        crate::objects::add_method(vm, &t, n, *f);
    }
    crate::objects::mark_static(vm, &t, "__new__");
    let _ = Exc::TypeError;
}
