//! Builtin iterators (over lists, tuples, strings, ranges, dicts, sets) and
//! the lazy builtins `enumerate`, `zip`, `map`, `filter`, `reversed`,
//! `iter(callable, sentinel)`.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{DictViewKind, Obj, Payload};
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::RefCell;

/// Which builtin iterator type an iterator object shows as
/// (`type(iter([])).__name__ == "list_iterator"`, ...). They all share one
/// implementation (`IterState`); only the class differs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    List,
    Tuple,
    StrAscii,
    Str,
    Range,
    LongRange,
    Bytes,
    ByteArray,
    Set,
    DictKeys,
    DictValues,
    DictItems,
    Callable,
    ListReverse,
    DictReverseKeys,
    DictReverseValues,
    DictReverseItems,
}

impl IterKind {
    /// Every kind, in the order of `BuiltinTypes::iterator_kinds`.
    pub const ALL: [IterKind; 17] = [
        IterKind::List,
        IterKind::Tuple,
        IterKind::StrAscii,
        IterKind::Str,
        IterKind::Range,
        IterKind::LongRange,
        IterKind::Bytes,
        IterKind::ByteArray,
        IterKind::Set,
        IterKind::DictKeys,
        IterKind::DictValues,
        IterKind::DictItems,
        IterKind::Callable,
        IterKind::ListReverse,
        IterKind::DictReverseKeys,
        IterKind::DictReverseValues,
        IterKind::DictReverseItems,
    ];

    /// The type's `__name__`, as CPython names it.
    pub fn type_name(self) -> &'static str {
        match self {
            IterKind::List => "list_iterator",
            IterKind::Tuple => "tuple_iterator",
            IterKind::StrAscii => "str_ascii_iterator",
            IterKind::Str => "str_iterator",
            IterKind::Range => "range_iterator",
            IterKind::LongRange => "longrange_iterator",
            IterKind::Bytes => "bytes_iterator",
            IterKind::ByteArray => "bytearray_iterator",
            IterKind::Set => "set_iterator",
            IterKind::DictKeys => "dict_keyiterator",
            IterKind::DictValues => "dict_valueiterator",
            IterKind::DictItems => "dict_itemiterator",
            IterKind::Callable => "callable_iterator",
            IterKind::ListReverse => "list_reverseiterator",
            IterKind::DictReverseKeys => "dict_reversekeyiterator",
            IterKind::DictReverseValues => "dict_reversevalueiterator",
            IterKind::DictReverseItems => "dict_reverseitemiterator",
        }
    }

    fn for_dict(kind: DictViewKind, reversed: bool) -> IterKind {
        match (kind, reversed) {
            (DictViewKind::Keys, false) => IterKind::DictKeys,
            (DictViewKind::Values, false) => IterKind::DictValues,
            (DictViewKind::Items, false) => IterKind::DictItems,
            (DictViewKind::Keys, true) => IterKind::DictReverseKeys,
            (DictViewKind::Values, true) => IterKind::DictReverseValues,
            (DictViewKind::Items, true) => IterKind::DictReverseItems,
        }
    }
}

/// The class of iterators of `kind`.
pub fn iter_class(vm: &Vm, kind: IterKind) -> ObjRef {
    vm.types.iterator_kinds[kind as usize].clone()
}

/// State of a builtin iterator.
pub enum IterState {
    /// Index into a list, tuple, bytes or bytearray.
    Seq {
        seq: Value,
        index: usize,
    },
    /// Characters of a str, by byte position.
    Str {
        s: Value,
        byte_pos: usize,
    },
    /// A range whose items, length and step fit in an `i64` (run by the
    /// fast path).
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// Any other range (`objects/range.rs`).
    LongRange(Box<crate::objects::range::LongRangeIter>),
    Dict {
        dict: ObjRef,
        pos: usize,
        kind: DictViewKind,
        len: usize,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    /// The old `__getitem__` protocol.
    GetItem {
        obj: Value,
        index: i64,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

/// Wrap an iterator state in an object of `class`.
pub fn new_iter(class: ObjRef, state: IterState) -> Value {
    Value::Obj(Obj::new(class, Payload::Iterator(RefCell::new(state))))
}

/// Whether `v` has a native iterator.
pub fn builtin_iter_kind(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::DictView(..)
                | Payload::Iterator(_)
                | Payload::Generator(_)
                | Payload::MappingProxy(_)
        )
    )
}

/// `iter(v)` for builtin types; `None` if `v` has no native iterator.
pub fn builtin_iter(vm: &Vm, v: &Value) -> Option<Value> {
    let seq = |kind| {
        let state = IterState::Seq {
            seq: v.clone(),
            index: 0,
        };
        (kind, state)
    };
    let (kind, state) = match v.payload()? {
        Payload::List(_) => seq(IterKind::List),
        Payload::Tuple(_) => seq(IterKind::Tuple),
        Payload::Bytes(_) => seq(IterKind::Bytes),
        Payload::ByteArray(_) => seq(IterKind::ByteArray),
        Payload::Str(s) => {
            let kind = if s.is_ascii() {
                IterKind::StrAscii
            } else {
                IterKind::Str
            };
            let state = IterState::Str {
                s: v.clone(),
                byte_pos: 0,
            };
            (kind, state)
        }
        Payload::Range(r) => crate::objects::range::iter_state(r),
        Payload::Dict(_) => dict_iter(v.as_obj()?, DictViewKind::Keys),
        Payload::MappingProxy(d) => dict_iter(d, DictViewKind::Keys),
        Payload::DictView(d, kind) => dict_iter(d, *kind),
        Payload::Set(s) => {
            let state = IterState::Set {
                set: v.clone(),
                pos: 0,
                len: s.borrow().len(),
            };
            (IterKind::Set, state)
        }
        Payload::Iterator(_) | Payload::Generator(_) => return Some(v.clone()),
        _ => return None,
    };
    Some(new_iter(iter_class(vm, kind), state))
}

/// A forward iterator over the keys, values or items of `dict`.
fn dict_iter(dict: &ObjRef, kind: DictViewKind) -> (IterKind, IterState) {
    let state = IterState::Dict {
        dict: dict.clone(),
        pos: 0,
        kind,
        len: crate::objects::dict::len(dict),
    };
    (IterKind::for_dict(kind, false), state)
}

/// `list.__reversed__()`: a `list_reverseiterator` over `list`.
pub fn list_reverse_iter(vm: &Vm, list: Value, len: usize) -> Value {
    let state = IterState::Reversed {
        seq: list,
        index: len as i64 - 1,
    };
    new_iter(iter_class(vm, IterKind::ListReverse), state)
}

/// An iterator using `obj[0]`, `obj[1]`, ... until IndexError.
pub fn new_seq_iter(vm: &Vm, obj: Value) -> Value {
    new_iter(
        vm.types.iterator.clone(),
        IterState::GetItem { obj, index: 0 },
    )
}

/// Advance a builtin iterator.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Iterator(cell)) = it.payload() else {
        return Ok(None);
    };
    // Fast paths that need no Python calls.
    {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, index } => {
                let r = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                    Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                    Some(Payload::Bytes(b)) => b.get(*index).map(|x| Value::Int(*x as i64)),
                    Some(Payload::ByteArray(b)) => {
                        b.borrow().get(*index).map(|x| Value::Int(*x as i64))
                    }
                    _ => None,
                };
                *index += 1;
                if r.is_none() {
                    *st = IterState::Exhausted;
                }
                return Ok(r);
            }
            IterState::Str { s, byte_pos } => {
                let text = s.as_str().unwrap_or("");
                let r = text[*byte_pos..].chars().next();
                return Ok(match r {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        Some(vm.char_str(c))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        None
                    }
                });
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => return Ok(range_next(next, *step, remaining)),
            IterState::LongRange(it) => return Ok(it.next(vm)),
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
            } => {
                let store = crate::objects::dict::store(dict).borrow();
                if store.len() != *len {
                    drop(store);
                    *st = IterState::Exhausted;
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                }
                while *pos < store.capacity_index() {
                    let i = *pos;
                    *pos += 1;
                    if let Some(e) = store.live_entry(i) {
                        let v = match kind {
                            DictViewKind::Keys => e.key.clone(),
                            DictViewKind::Values => e.value.clone(),
                            DictViewKind::Items => {
                                vm.new_tuple(vec![e.key.clone(), e.value.clone()])
                            }
                        };
                        return Ok(Some(v));
                    }
                }
                return Ok(None);
            }
            IterState::Set { set, pos, len } => {
                let Some(Payload::Set(s)) = set.payload() else {
                    return Ok(None);
                };
                let s = s.borrow();
                if s.len() != *len {
                    drop(s);
                    *st = IterState::Exhausted;
                    return Err(vm.runtime_error("Set changed size during iteration"));
                }
                while *pos < s.table_len() {
                    let i = *pos;
                    *pos += 1;
                    if let Some(k) = s.get_slot(i) {
                        return Ok(Some(k.clone()));
                    }
                }
                return Ok(None);
            }
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    next_slow(vm, it, cell)
}

/// Iterators whose step runs Python code: take what is needed out of the
/// state, release the borrow, then call.
fn next_slow(vm: &mut Vm, _it: &Value, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let st = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
    match st {
        IterState::GetItem { obj, index } => match vm.getitem(&obj, &Value::Int(index)) {
            Ok(v) => {
                *cell.borrow_mut() = IterState::GetItem {
                    obj,
                    index: index + 1,
                };
                Ok(Some(v))
            }
            Err(e)
                if vm.is_exc(&Value::Obj(e.0.clone()), Exc::IndexError)
                    || vm.is_exc(&Value::Obj(e.0.clone()), Exc::StopIteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        },
        IterState::Enumerate { it, count } => {
            let r = vm.next(&it)?;
            match r {
                Some(v) => {
                    *cell.borrow_mut() = IterState::Enumerate {
                        it,
                        count: count + 1,
                    };
                    Ok(Some(vm.new_tuple(vec![Value::Int(count), v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        if strict {
                            return Err(zip_strict_error(vm, &its, i)?);
                        }
                        return Ok(None);
                    }
                }
            }
            if its.is_empty() {
                return Ok(None);
            }
            *cell.borrow_mut() = IterState::Zip { its, strict };
            Ok(Some(vm.new_tuple(items)))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            let r = vm.call(&func, args, &[])?;
            *cell.borrow_mut() = IterState::Map { func, its };
            Ok(Some(r))
        }
        IterState::Filter { func, it } => loop {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let keep = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&func, vec![v.clone()], &[])?;
                vm.truthy(&r)?
            };
            if keep {
                *cell.borrow_mut() = IterState::Filter { func, it };
                return Ok(Some(v));
            }
        },
        IterState::Reversed { seq, index } => {
            if index < 0 {
                return Ok(None);
            }
            let len = vm.len(&seq)? as i64;
            if index >= len {
                return Ok(None);
            }
            let v = vm.getitem(&seq, &Value::Int(index))?;
            *cell.borrow_mut() = IterState::Reversed {
                seq,
                index: index - 1,
            };
            Ok(Some(v))
        }
        IterState::Callable { func, sentinel } => {
            let v = vm.call(&func, vec![], &[])?;
            if vm.eq(&v, &sentinel)? {
                return Ok(None);
            }
            *cell.borrow_mut() = IterState::Callable { func, sentinel };
            Ok(Some(v))
        }
        other => {
            *cell.borrow_mut() = other;
            Ok(None)
        }
    }
}

fn zip_strict_error(vm: &mut Vm, its: &[Value], failed: usize) -> PyResult<crate::error::PyErr> {
    if failed > 0 {
        let which = if failed == 1 {
            "argument 2 is shorter than argument 1".to_string()
        } else {
            format!(
                "argument {} is shorter than arguments 1-{}",
                failed + 1,
                failed
            )
        };
        return Ok(vm.value_error(format!("zip() {which}")));
    }
    for (i, it) in its.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            let which = if i == 1 {
                "argument 2 is longer than argument 1".to_string()
            } else {
                format!("argument {} is longer than arguments 1-{}", i + 1, i)
            };
            return Ok(vm.value_error(format!("zip() {which}")));
        }
    }
    Ok(vm.new_exc(Exc::StopIteration, ""))
}

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn iter_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match vm.next(&args.values[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_exc_args(Exc::StopIteration, vec![])),
    }
}

/// `it.__length_hint__()` for iterators over sequences and ranges: how
/// many items are left.
fn iter_length_hint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Payload::Iterator(cell)) = args.values[0].payload() else {
        return Ok(Value::Int(0));
    };
    let left = match &*cell.borrow() {
        IterState::Seq { seq, index } => (vm.len(seq)? as i64 - *index as i64).max(0),
        IterState::Range { remaining, .. } => (*remaining).max(0),
        IterState::LongRange(it) => return Ok(it.remaining(vm)),
        IterState::Reversed { index, .. } => (*index + 1).max(0),
        _ => 0,
    };
    Ok(Value::Int(left))
}

fn iterables(vm: &mut Vm, vals: &[Value]) -> PyResult<Vec<Value>> {
    vals.iter().map(|v| vm.iter(v)).collect()
}

fn enumerate_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let iterable = pos
        .first()
        .or(args.kwarg("iterable"))
        .cloned()
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'"))?;
    let start = match pos.get(1).or(args.kwarg("start")) {
        Some(s) => vm.index_value(s)?,
        None => 0,
    };
    let it = vm.iter(&iterable)?;
    Ok(new_iter(
        vm.types.enumerate.clone(),
        IterState::Enumerate { it, count: start },
    ))
}

fn zip_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let strict = match args.kwarg("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let its = iterables(vm, &args.pos()[1..])?;
    Ok(new_iter(
        vm.types.zip.clone(),
        IterState::Zip { its, strict },
    ))
}

fn map_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let its = iterables(vm, &pos[1..])?;
    Ok(new_iter(
        vm.types.map.clone(),
        IterState::Map {
            func: pos[0].clone(),
            its,
        },
    ))
}

fn filter_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    crate::builtins::check_arity(vm, "filter", pos.len(), 2, 2)?;
    let it = vm.iter(&pos[1])?;
    Ok(new_iter(
        vm.types.filter.clone(),
        IterState::Filter {
            func: pos[0].clone(),
            it,
        },
    ))
}

/// `reversed(d)` for a dict or a dict view (`None` for anything else):
/// CPython's `dict_reverse...iterator`s.
pub fn reversed_dict(vm: &Vm, seq: &Value) -> Option<Value> {
    let (items, kind) = match seq.payload()? {
        Payload::DictView(d, k) => (vm.view_items(d, *k), *k),
        Payload::Dict(_) => (
            crate::objects::dict::keys(seq.as_obj()?),
            DictViewKind::Keys,
        ),
        _ => return None,
    };
    let state = IterState::Seq {
        seq: vm.new_list(items.into_iter().rev().collect()),
        index: 0,
    };
    Some(new_iter(
        iter_class(vm, IterKind::for_dict(kind, true)),
        state,
    ))
}

fn reversed_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    crate::builtins::check_arity(vm, "reversed", pos.len(), 1, 1)?;
    let seq = pos[0].clone();
    if let Some(Payload::Range(r)) = seq.payload() {
        return Ok(crate::objects::range::reversed_iter(vm, r));
    }
    if let Some(f) = vm.lookup_special(&seq, "__reversed__") {
        if !crate::ops::is_builtin_type(vm, &seq)
            || !matches!(
                seq.payload(),
                Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_))
            )
        {
            return vm.call(&vm.bind(&f, &seq), vec![], &[]);
        }
    }
    if let Some(it) = reversed_dict(vm, &seq) {
        return Ok(it);
    }
    if (vm.lookup_special(&seq, "__getitem__").is_none()
        || vm.lookup_special(&seq, "__len__").is_none())
        && !matches!(
            seq.payload(),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_))
        )
    {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    let len = vm.len(&seq)? as i64;
    let class = match seq.payload() {
        Some(Payload::List(_)) if crate::ops::is_builtin_type(vm, &seq) => {
            iter_class(vm, IterKind::ListReverse)
        }
        _ => vm.types.reversed.clone(),
    };
    let state = IterState::Reversed {
        seq,
        index: len - 1,
    };
    Ok(new_iter(class, state))
}

/// Register iterator types' constructors and protocol methods.
pub fn install(vm: &mut Vm) {
    let mut types = vec![
        vm.types.iterator.clone(),
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.reversed.clone(),
    ];
    types.extend(vm.types.iterator_kinds.iter().cloned());
    for t in &types {
        crate::objects::add_method(vm, t, "__iter__", iter_self);
        crate::objects::add_method(vm, t, "__next__", iter_next);
    }
    let sized = [
        IterKind::List,
        IterKind::Tuple,
        IterKind::Bytes,
        IterKind::ByteArray,
        IterKind::Range,
        IterKind::LongRange,
        IterKind::ListReverse,
    ];
    for kind in sized {
        let t = iter_class(vm, kind);
        crate::objects::add_method(vm, &t, "__length_hint__", iter_length_hint);
    }
    let ctors: [(ObjRef, crate::objects::function::NativeFn); 5] = [
        (vm.types.enumerate.clone(), enumerate_new),
        (vm.types.zip.clone(), zip_new),
        (vm.types.map.clone(), map_new),
        (vm.types.filter.clone(), filter_new),
        (vm.types.reversed.clone(), reversed_new),
    ];
    for (t, f) in ctors {
        crate::objects::add_method(vm, &t, "__new__", f);
        crate::objects::mark_static(vm, &t, "__new__");
    }
}

/// Advance a range iterator: the next value, or `None` when exhausted.
pub fn range_next(next: &mut i64, step: i64, remaining: &mut i64) -> Option<Value> {
    if *remaining <= 0 {
        return None;
    }
    let v = *next;
    *remaining -= 1;
    *next = next.wrapping_add(step);
    Some(Value::Int(v))
}
