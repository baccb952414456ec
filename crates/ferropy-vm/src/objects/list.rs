//! `list`: helpers used across the VM and the list type's methods,
//! including a stable merge sort that only uses `<` (as CPython's does) and
//! tolerates inconsistent comparisons without panicking.

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::CmpOp;
use std::cell::RefCell;

fn cell(v: &Value) -> &RefCell<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => l,
        _ => panic!("not a list"),
    }
}

/// Append to a list.
pub fn append(list: &Value, v: Value) {
    cell(list).borrow_mut().push(v);
}

/// Extend a list.
pub fn extend(list: &Value, items: Vec<Value>) {
    cell(list).borrow_mut().extend(items);
}

/// Snapshot of a list's items.
pub fn items(list: &Value) -> Vec<Value> {
    cell(list).borrow().clone()
}

/// `list *= n`.
pub fn repeat_in_place(list: &Value, n: i64) {
    let mut l = cell(list).borrow_mut();
    if n <= 0 {
        l.clear();
        return;
    }
    let orig = l.clone();
    for _ in 1..n {
        l.extend(orig.iter().cloned());
    }
}

/// `a <op> b` as a bool, with fast paths for ints, floats and strings.
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(crate::ops::cmp_ord(op, x.cmp(y))),
        (Value::FloatBits(x), Value::FloatBits(y)) => {
            let (x, y) = (f64::from_bits(*x), f64::from_bits(*y));
            match x.partial_cmp(&y) {
                Some(order) => Ok(crate::ops::cmp_ord(op, order)),
                None => Ok(op == CmpOp::Ne),
            }
        }
        _ => {
            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                if crate::ops::is_builtin_type(vm, a) && crate::ops::is_builtin_type(vm, b) {
                    let order = ferropy_text::surrogates::cmp_str(x, y);
                    return Ok(crate::ops::cmp_ord(op, order));
                }
            }
            let r = vm.compare(a, b, op)?;
            vm.truthy(&r)
        }
    }
}

/// `a < b` as a bool.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    compare_bool(vm, a, b, CmpOp::Lt)
}

/// Stable merge sort of (key, value) pairs by key using `<`.
pub fn merge_sort(vm: &mut Vm, items: &mut [(Value, Value)]) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less_than(vm, &items[j].0, &items[j - 1].0)? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if less_than(vm, &items[j].0, &items[i].0)? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..hi]);
                items[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// The `key=` and `reverse=` keywords of `list.sort` and `sorted`.
pub fn sort_options(vm: &mut Vm, args: &Args) -> PyResult<(Value, bool)> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kw() {
        match k {
            "key" => key = v.clone(),
            "reverse" => reverse = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "sort() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok((key, reverse))
}

/// Sort `values` in place with optional key function and reverse flag.
pub fn sort_values(
    vm: &mut Vm,
    values: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs = Vec::with_capacity(values.len());
    for v in values {
        let k = if key.is_none() {
            v.clone()
        } else {
            vm.call(key, vec![v.clone()], &[])?
        };
        pairs.push((k, v));
    }
    if reverse {
        pairs.reverse();
    }
    if crate::objects::sort_keys::natively_comparable(pairs.iter().map(|(k, _)| k)) {
        pairs.sort_by(|a, b| crate::objects::sort_keys::compare(&a.0, &b.0));
    } else {
        merge_sort(vm, &mut pairs)?;
    }
    if reverse {
        pairs.reverse();
    }
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

/// The receiver of list method `name`, or CPython's error for a call on
/// something else (or on nothing).
fn self_list(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos().first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::List(_)) => Ok(v.clone()),
        Some(other) => Err(crate::objects::text_args::wrong_receiver(
            vm, "list", name, other,
        )),
        None => Err(vm.type_error(format!("unbound method list.{name}() needs an argument"))),
    }
}

fn arity(vm: &Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    crate::objects::text_args::check_method_arity(vm, args, "list", name, min, max)
}

fn list_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "append")?;
    arity(vm, args, "append", 1, 1)?;
    append(&l, args.values[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "extend")?;
    arity(vm, args, "extend", 1, 1)?;
    let items = vm.collect_iterable(&args.values[1])?;
    extend(&l, items);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "pop")?;
    arity(vm, args, "pop", 0, 1)?;
    let len = cell(&l).borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let mut i = match args.values.get(1) {
        Some(v) => vm.index_value(v)?,
        None => len - 1,
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = cell(&l).borrow_mut().remove(i as usize);
    Ok(v)
}

fn list_insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "insert")?;
    arity(vm, args, "insert", 2, 2)?;
    let len = cell(&l).borrow().len() as i64;
    let mut i = vm.index_value(&args.values[1])?;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    cell(&l).borrow_mut().insert(i, args.values[2].clone());
    Ok(Value::None)
}

fn position(
    vm: &mut Vm,
    l: &Value,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let b = cell(l).borrow();
            if i >= b.len().min(stop) {
                return Ok(None);
            }
            b[i].clone()
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "remove")?;
    arity(vm, args, "remove", 1, 1)?;
    match position(vm, &l, &args.values[1], 0, usize::MAX)? {
        Some(i) => {
            cell(&l).borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "index")?;
    arity(vm, args, "index", 1, 3)?;
    let len = cell(&l).borrow().len() as i64;
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i + len).max(0) as usize
        } else {
            i.min(len) as usize
        }
    };
    let start = match args.values.get(2) {
        Some(v) => clamp(vm.index_value(v)?),
        None => 0,
    };
    let stop = match args.values.get(3) {
        Some(v) => clamp(vm.index_value(v)?),
        None => len as usize,
    };
    match position(vm, &l, &args.values[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args.values[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "count")?;
    arity(vm, args, "count", 1, 1)?;
    let mut n = 0;
    for item in items(&l) {
        if vm.eq(&item, &args.values[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "reverse")?;
    arity(vm, args, "reverse", 0, 0)?;
    cell(&l).borrow_mut().reverse();
    Ok(Value::None)
}

fn list_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "clear")?;
    arity(vm, args, "clear", 0, 0)?;
    let items = std::mem::take(&mut *cell(&l).borrow_mut());
    // CPython releases the items last to first.
    items.into_iter().rev().for_each(drop);
    Ok(Value::None)
}

fn list_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "__reversed__")?;
    arity(vm, args, "__reversed__", 0, 0)?;
    let len = cell(&l).borrow().len();
    Ok(crate::objects::iterators::list_reverse_iter(vm, l, len))
}

fn list_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "copy")?;
    arity(vm, args, "copy", 0, 0)?;
    Ok(vm.new_list(items(&l)))
}

fn list_sort(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "sort")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, args)?;
    let values = std::mem::take(&mut *cell(&l).borrow_mut());
    let result = sort_values(vm, values.clone(), &key, reverse);
    let modified = !cell(&l).borrow().is_empty();
    match result {
        Ok(sorted) => {
            *cell(&l).borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *cell(&l).borrow_mut() = values;
            Err(e)
        }
    }
}

fn list_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let l = self_list(vm, args, "__init__")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    let new_items = match args.values.get(1) {
        Some(it) => vm.collect_iterable(it)?,
        None => Vec::new(),
    };
    *cell(&l).borrow_mut() = new_items;
    Ok(Value::None)
}

/// Register the list methods.
/// `l += iterable` (`list.__iadd__`): extend in place.
fn list_iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = vm.collect_iterable(crate::objects::dunder_operand(vm, args)?)?;
    extend(&args.values[0], items);
    Ok(args.values[0].clone())
}

/// `l *= n` (`list.__imul__`): repeat in place.
fn list_imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = vm.index_value(crate::objects::dunder_operand(vm, args)?)?;
    repeat_in_place(&args.values[0], n);
    Ok(args.values[0].clone())
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("append", list_append),
        ("__iadd__", list_iadd),
        ("__imul__", list_imul),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("__reversed__", list_reversed),
        ("sort", list_sort),
        ("__init__", list_init),
    ];
    for (name, f) in methods {
        crate::objects::add_method(vm, &t, name, *f);
    }
}
