//! Operators on builtin containers: concatenation and repetition,
//! lexicographic and set comparisons, indexing and slicing, membership.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::Payload;
use crate::objects::{dict, int, set, slice};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if !int::is_int(n) {
        if vm.lookup_special(n, "__index__").is_some()
            && !matches!(n.payload(), Some(Payload::Float(_)))
        {
            let i = vm.index(n)?;
            return repeat_count(vm, &i);
        }
        return Ok(None);
    }
    let k = int::to_i64(n)
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    Ok(Some(k.max(0) as usize))
}

fn check_size(vm: &Vm, unit: usize, n: usize) -> PyResult<()> {
    if unit.checked_mul(n).is_none_or(|t| t > (1usize << 34)) {
        return Err(vm.new_exc(Exc::MemoryError, ""));
    }
    Ok(())
}

/// Sequence and set operators; `Ok(None)` when not applicable.
pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(pa), pb) = (a.payload(), b.payload()) else {
        if let (BinOp::Mul, Some(_)) = (op, b.payload()) {
            return binop(vm, b, a, op);
        }
        return Ok(None);
    };
    match (pa, pb, op) {
        (Payload::Str(x), Some(Payload::Str(y)), BinOp::Add) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Some(vm.new_str(s)))
        }
        (Payload::Str(x), _, BinOp::Mul) => match repeat_count(vm, b)? {
            Some(n) => {
                check_size(vm, x.as_str().len(), n)?;
                Ok(Some(vm.new_str(x.as_str().repeat(n))))
            }
            None => Ok(None),
        },
        (Payload::Str(_), _, BinOp::Mod) => {
            crate::objects::percent::str_percent(vm, a, b).map(Some)
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), _, _) => {
            crate::objects::bytes::binop(vm, a, b, op)
        }
        (Payload::List(x), Some(Payload::List(y)), BinOp::Add) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Some(vm.new_list(v)))
        }
        (Payload::List(x), _, BinOp::Mul) => match repeat_count(vm, b)? {
            Some(n) => {
                let items = x.borrow().clone();
                check_size(vm, items.len(), n)?;
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Ok(Some(vm.new_list(v)))
            }
            None => Ok(None),
        },
        (Payload::Tuple(x), Some(Payload::Tuple(y)), BinOp::Add) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Some(vm.new_tuple(v)))
        }
        (Payload::Tuple(x), _, BinOp::Mul) => match repeat_count(vm, b)? {
            Some(n) => {
                check_size(vm, x.len(), n)?;
                let mut v = Vec::with_capacity(x.len() * n);
                for _ in 0..n {
                    v.extend(x.iter().cloned());
                }
                Ok(Some(vm.new_tuple(v)))
            }
            None => Ok(None),
        },
        (Payload::Set(_), Some(Payload::Set(_)), _) => set::set_binop(vm, a, b, op),
        (Payload::Dict(_), Some(Payload::Dict(_)), BinOp::Or) => {
            let d = vm.new_dict();
            dict::update_from(vm, &d, a, false)?;
            dict::update_from(vm, &d, b, false)?;
            Ok(Some(Value::Obj(d)))
        }
        (Payload::DictView(_, kind), _, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
            if *kind != crate::object::DictViewKind::Values =>
        {
            let sa = crate::objects::dict_views::as_set(vm, a)?;
            let items = vm.collect_iterable(b)?;
            let sb = set::new_set_from(vm, items, false)?;
            set::set_binop(vm, &sa, &sb, op)
        }
        (_, Some(Payload::DictView(_, kind)), BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
            if *kind != crate::object::DictViewKind::Values && !matches!(pa, Payload::Int(_)) =>
        {
            let items = vm.collect_iterable(a)?;
            let sa = set::new_set_from(vm, items, false)?;
            let sb = crate::objects::dict_views::as_set(vm, b)?;
            set::set_binop(vm, &sa, &sb, op)
        }
        (Payload::Int(_) | Payload::Float(_) | Payload::Complex(..), _, BinOp::Mul)
            if matches!(
                pb,
                Some(
                    Payload::Str(_)
                        | Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                )
            ) =>
        {
            binop(vm, b, a, op)
        }
        _ => {
            if op == BinOp::Mul && matches!(a, Value::Int(_) | Value::False | Value::True) {
                return binop(vm, b, a, op);
            }
            Ok(None)
        }
    }
}

/// Item `i` of a list or tuple value, if in range.
fn seq_item(v: &Value, i: usize) -> Option<Value> {
    match v.payload()? {
        Payload::List(l) => l.borrow().get(i).cloned(),
        Payload::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}

fn seq_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    }
}

/// Compare two lists or two tuples item by item, as Python does.
fn lexicographic(vm: &mut Vm, x: &Value, y: &Value, op: CmpOp) -> PyResult<bool> {
    vm.nested(" in comparison", crate::vm::C_RECURSION_LIMIT, |vm| {
        lexicographic_items(vm, x, y, op)
    })
}

fn lexicographic_items(vm: &mut Vm, x: &Value, y: &Value, op: CmpOp) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && seq_len(x) != seq_len(y) {
        return Ok(op == CmpOp::Ne);
    }
    let mut i = 0;
    loop {
        let (Some(a), Some(b)) = (seq_item(x, i), seq_item(y, i)) else {
            break;
        };
        if !(a.is(&b) || vm.eq(&a, &b)?) {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => crate::objects::list::compare_bool(vm, &a, &b, op),
            };
        }
        i += 1;
    }
    Ok(crate::ops::cmp_ord(op, seq_len(x).cmp(&seq_len(y))))
}

/// Comparisons of builtin containers; `Ok(None)` when not applicable.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
        return Ok(None);
    };
    match (pa, pb) {
        (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
            lexicographic(vm, a, b, op).map(Some)
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            Ok(crate::objects::bytes::compare(a, b, op))
        }
        (Payload::Set(_), Payload::Set(_)) => set_compare(vm, a, b, op).map(Some),
        (Payload::Dict(_), Payload::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = dict_eq(vm, a, b)?;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        (Payload::Slice(..), Payload::Slice(..)) => {
            let (x, y) = (
                slice::as_tuple(vm, a).unwrap(),
                slice::as_tuple(vm, b).unwrap(),
            );
            lexicographic(vm, &x, &y, op).map(Some)
        }
        (Payload::DictView(_, kind), _) if *kind != crate::object::DictViewKind::Values => {
            let x = crate::objects::dict_views::as_set(vm, a)?;
            let y = if matches!(pb, Payload::Set(_)) {
                b.clone()
            } else if matches!(pb, Payload::DictView(..)) {
                crate::objects::dict_views::as_set(vm, b)?
            } else {
                return Ok(None);
            };
            compare(vm, &x, &y, op)
        }
        (Payload::Range(x), Payload::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = crate::objects::range::eq(x, y);
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        _ => Ok(None),
    }
}

fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    vm.nested(" in comparison", crate::vm::C_RECURSION_LIMIT, |vm| {
        dict_items_eq(vm, a, b)
    })
}

fn dict_items_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (da, db) = (a.as_obj().unwrap(), b.as_obj().unwrap());
    if dict::len(da) != dict::len(db) {
        return Ok(false);
    }
    for (k, v) in dict::items(da) {
        match dict::get_item(vm, db, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (set::items(a).len(), set::items(b).len());
    let subset = |vm: &mut Vm, x: &Value, y: &Value| -> PyResult<bool> {
        for v in set::items(x) {
            if !set::contains(vm, y, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        CmpOp::Eq => la == lb && subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && subset(vm, a, b)?),
        CmpOp::Le => la <= lb && subset(vm, a, b)?,
        CmpOp::Lt => la < lb && subset(vm, a, b)?,
        CmpOp::Ge => la >= lb && subset(vm, b, a)?,
        CmpOp::Gt => la > lb && subset(vm, b, a)?,
    })
}

/// Resolve an index against `len`, raising `IndexError` with `what`.
pub fn resolve_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = vm.index(key).map_err(|_| {
        vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(key)
        ))
    })?;
    let i = int::to_i64(&i).ok_or_else(|| {
        vm.new_exc(
            Exc::IndexError,
            "cannot fit 'int' into an index-sized integer".to_string(),
        )
    })?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn slice_parts(key: &Value) -> Option<(Value, Value, Value)> {
    match key.payload() {
        Some(Payload::Slice(a, b, c)) => Some((a.clone(), b.clone(), c.clone())),
        _ => None,
    }
}

/// `obj[key]` for builtin containers; `Ok(None)` when not applicable.
pub fn builtin_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(p) = obj.payload() else {
        return Ok(None);
    };
    match p {
        Payload::List(l) => {
            if let Some((a, b, c)) = slice_parts(key) {
                let len = l.borrow().len() as i64;
                let (start, stop, step) = slice::indices(vm, &a, &b, &c, len)?;
                let items = l.borrow();
                let out = slice::positions(start, stop, step)
                    .filter_map(|i| items.get(i).cloned())
                    .collect();
                drop(items);
                return Ok(Some(vm.new_list(out)));
            }
            if let (Value::Int(i), false) = (key, false) {
                let b = l.borrow();
                let j = if *i < 0 { *i + b.len() as i64 } else { *i };
                if j >= 0 && (j as usize) < b.len() {
                    return Ok(Some(b[j as usize].clone()));
                }
            }
            let len = l.borrow().len();
            let i = resolve_index(vm, key, len, "list")?;
            Ok(Some(l.borrow()[i].clone()))
        }
        Payload::Tuple(t) => {
            if let Some((a, b, c)) = slice_parts(key) {
                let (start, stop, step) = slice::indices(vm, &a, &b, &c, t.len() as i64)?;
                let out = slice::positions(start, stop, step)
                    .map(|i| t[i].clone())
                    .collect();
                return Ok(Some(vm.new_tuple(out)));
            }
            let i = resolve_index(vm, key, t.len(), "tuple")?;
            Ok(Some(t[i].clone()))
        }
        Payload::Str(s) => {
            if let Some((a, b, c)) = slice_parts(key) {
                let (start, stop, step) = slice::indices(vm, &a, &b, &c, s.char_len() as i64)?;
                let out: String = if step == 1 && s.is_ascii() {
                    if start < stop {
                        s.as_str()[start as usize..stop as usize].to_string()
                    } else {
                        String::new()
                    }
                } else {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    slice::positions(start, stop, step)
                        .map(|i| chars[i])
                        .collect()
                };
                return Ok(Some(vm.new_str(out)));
            }
            if !int::is_int(key) && vm.lookup_special(key, "__index__").is_none() {
                return Err(vm.type_error(format!(
                    "string indices must be integers, not '{}'",
                    vm.type_name(key)
                )));
            }
            let i = resolve_index(vm, key, s.char_len(), "string")?;
            Ok(Some(vm.char_str(s.char_at(i))))
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            crate::objects::bytes::getitem(vm, obj, key).map(Some)
        }
        Payload::Range(r) => crate::objects::range::getitem(vm, r, key).map(Some),
        Payload::Dict(_) => {
            let d = obj.as_obj().unwrap();
            match dict::get_item(vm, d, key)? {
                Some(v) => Ok(Some(v)),
                None => {
                    if d.class_is_heap() {
                        if let Some(m) = vm.lookup_special(obj, "__missing__") {
                            return vm.call(&vm.bind(&m, obj), vec![key.clone()], &[]).map(Some);
                        }
                    }
                    Err(vm.key_error(key.clone()))
                }
            }
        }
        Payload::MappingProxy(d) => match dict::get_item(vm, &d.clone(), key)? {
            Some(v) => Ok(Some(v)),
            None => Err(vm.key_error(key.clone())),
        },
        _ => Ok(None),
    }
}

/// `obj[key] = value` for builtin containers; false when not applicable.
pub fn builtin_setitem(vm: &mut Vm, obj: &Value, key: &Value, value: &Value) -> PyResult<bool> {
    let Some(p) = obj.payload() else {
        return Ok(false);
    };
    match p {
        Payload::List(l) => {
            if let Some((a, b, c)) = slice_parts(key) {
                let new_items = vm
                    .collect_iterable(value)
                    .map_err(|_| vm.type_error("can only assign an iterable"))?;
                let len = l.borrow().len() as i64;
                let (start, stop, step) = slice::indices(vm, &a, &b, &c, len)?;
                let mut items = l.borrow_mut();
                if step == 1 {
                    let stop = stop.max(start);
                    items.splice(start as usize..stop as usize, new_items);
                } else {
                    let pos: Vec<usize> = slice::positions(start, stop, step).collect();
                    if pos.len() != new_items.len() {
                        drop(items);
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            pos.len()
                        )));
                    }
                    for (p, v) in pos.into_iter().zip(new_items) {
                        items[p] = v;
                    }
                }
                return Ok(true);
            }
            let len = l.borrow().len();
            let i = resolve_index(vm, key, len, "list assignment")?;
            l.borrow_mut()[i] = value.clone();
            Ok(true)
        }
        Payload::Dict(_) => {
            dict::set_item(vm, obj.as_obj().unwrap(), key.clone(), value.clone())?;
            Ok(true)
        }
        Payload::ByteArray(_) => crate::objects::bytes::setitem(vm, obj, key, value).map(|()| true),
        _ => Ok(false),
    }
}

/// `del obj[key]` for builtin containers; false when not applicable.
pub fn builtin_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<bool> {
    let Some(p) = obj.payload() else {
        return Ok(false);
    };
    match p {
        Payload::ByteArray(_) => crate::objects::bytes::delitem(vm, obj, key).map(|()| true),
        Payload::List(l) => {
            if let Some((a, b, c)) = slice_parts(key) {
                let len = l.borrow().len() as i64;
                let (start, stop, step) = slice::indices(vm, &a, &b, &c, len)?;
                let mut pos: Vec<usize> = slice::positions(start, stop, step).collect();
                pos.sort_unstable();
                let mut items = l.borrow_mut();
                for p in pos.into_iter().rev() {
                    items.remove(p);
                }
                return Ok(true);
            }
            let len = l.borrow().len();
            let i = resolve_index(vm, key, len, "list assignment")?;
            l.borrow_mut().remove(i);
            Ok(true)
        }
        Payload::Dict(_) => match dict::del_item(vm, obj.as_obj().unwrap(), key)? {
            Some(_) => Ok(true),
            None => Err(vm.key_error(key.clone())),
        },
        _ => Ok(false),
    }
}

/// `item in container` for builtin containers; `Ok(None)` when not applicable.
pub fn builtin_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<Option<bool>> {
    let Some(p) = container.payload() else {
        return Ok(None);
    };
    match p {
        Payload::Str(s) => match item.as_str() {
            Some(sub) => Ok(Some(s.as_str().contains(sub))),
            None => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(item)
            ))),
        },
        Payload::List(l) => {
            let mut i = 0;
            loop {
                let Some(v) = l.borrow().get(i).cloned() else {
                    return Ok(Some(false));
                };
                if v.is(item) || vm.eq(&v, item)? {
                    return Ok(Some(true));
                }
                i += 1;
            }
        }
        Payload::Tuple(t) => {
            for v in t.iter() {
                if v.is(item) || vm.eq(v, item)? {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        Payload::Dict(_) => Ok(Some(
            dict::get_item(vm, container.as_obj().unwrap(), item)?.is_some(),
        )),
        Payload::Set(_) => set::contains(vm, container, item).map(Some),
        Payload::Range(r) => crate::objects::range::contains(vm, container, r, item).map(Some),
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            crate::objects::bytes::contains(vm, container, item).map(Some)
        }
        Payload::DictView(d, kind) => {
            let d = d.clone();
            match kind {
                crate::object::DictViewKind::Keys => {
                    Ok(Some(dict::get_item(vm, &d, item)?.is_some()))
                }
                _ => {
                    for v in vm.view_items(&d, *kind) {
                        if vm.eq(&v, item)? {
                            return Ok(Some(true));
                        }
                    }
                    Ok(Some(false))
                }
            }
        }
        _ => Ok(None),
    }
}
