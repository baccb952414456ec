//! The object protocols: arithmetic and comparison dispatch, truth, hashing,
//! `repr`/`str`, length, subscription, iteration. Builtin types take fast
//! paths on their payloads; everything else goes through dunder methods.

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::object::{DictViewKind, Payload};
use crate::objects::{dict, float, int, iterators, list, set, tuple};
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;
use std::cmp::Ordering;
use std::rc::Rc;

/// Whether `ord` satisfies comparison `op`.
#[inline]
pub fn cmp_ord(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
    }
}

/// Deepest tuple nesting `quick_hash` follows.
const QUICK_HASH_DEPTH: usize = 4;

/// The hash of `v` when no Python code and no error can be involved: None,
/// bools, ints, floats, `str` itself and `tuple`s of those (not nested
/// deeper than `QUICK_HASH_DEPTH`). `None` for anything else.
pub fn quick_hash(v: &Value) -> Option<i64> {
    quick_hash_nested(v, QUICK_HASH_DEPTH)
}

fn quick_hash_nested(v: &Value, depth: usize) -> Option<i64> {
    use ferropy_text::hash;
    match v {
        Value::Int(i) => Some(hash::hash_i64(*i)),
        Value::False => Some(0),
        Value::True => Some(1),
        Value::None | Value::Undef => Some(hash::HASH_NONE),
        Value::FloatBits(bits) => Some(
            hash::hash_float(f64::from_bits(*bits))
                .unwrap_or_else(|| hash::hash_pointer(v.id() as usize)),
        ),
        Value::Obj(o) if o.class_is_heap() => None,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s.hash()),
            Payload::Tuple(items) if depth > 0 => {
                let mut hasher = hash::TupleHasher::default();
                for item in items.iter() {
                    hasher.add(quick_hash_nested(item, depth - 1)?);
                }
                Some(hasher.finish(items.len()))
            }
            _ => None,
        },
    }
}

/// Whether `v`'s type is a builtin (not defined by a class statement).
pub fn is_builtin_type(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => !o.class_is_heap(),
        _ => {
            let _ = vm;
            true
        }
    }
}

/// A number as f64 for mixed int/float arithmetic.
fn as_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::FloatBits(bits) => Some(Ok(f64::from_bits(*bits))),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::False => Some(Ok(0.0)),
        Value::True => Some(Ok(1.0)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Ok(*f)),
            Payload::Int(b) => Some(
                ferropy_text::float_repr::bigint_to_float(b)
                    .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
            ),
            _ => None,
        },
        _ => None,
    }
}

fn is_float(v: &Value) -> bool {
    matches!(v, Value::FloatBits(_)) || matches!(v.payload(), Some(Payload::Float(_)))
}

impl Vm {
    /// The operation on builtin payloads; `Ok(None)` when not supported.
    pub fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if int::is_int(a) && int::is_int(b) {
            if let Some(v) = int::bool_binop(a, b, op) {
                return Ok(Some(v));
            }
            if let (Some(x), Some(y)) = (int::to_i64(a), int::to_i64(b)) {
                if let Some(v) = int::small_binop(op, x, y) {
                    return Ok(Some(v));
                }
            }
            let (x, y) = (int::to_bigint(a).unwrap(), int::to_bigint(b).unwrap());
            return int::int_binop(self, op, &x, &y);
        }
        if (is_float(a) || is_float(b))
            && !matches!(a.payload(), Some(Payload::Complex(..)))
            && !matches!(b.payload(), Some(Payload::Complex(..)))
        {
            if let (Some(x), Some(y)) = (as_f64(self, a), as_f64(self, b)) {
                return float::float_binop(self, op, x?, y?);
            }
            if !matches!(
                a.payload(),
                Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
            ) {
                return Ok(None);
            }
        }
        if let Some(v) = crate::objects::complex::complex_binop_values(self, a, b, op)? {
            return Ok(Some(v));
        }
        crate::objects::sequence_ops::binop(self, a, b, op)
    }

    /// `a <op> b` with full dunder dispatch.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if is_builtin_type(self, a) && is_builtin_type(self, b) {
            if let Some(v) = self.builtin_binop(a, b, op)? {
                return Ok(v);
            }
            // Of the builtin values, only types and type-like ones
            // (`list[int] | None`) have operator dunders to dispatch to.
            let type_like = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(Payload::Type(_) | Payload::GenericAlias(..) | Payload::Union(_))
                )
            };
            if !(type_like(a) || type_like(b)) {
                return Err(self.binop_type_error(a, b, op));
            }
        }
        let (name, rname, _) = op.dunders();
        if let Some(v) = self.binary_dispatch(a, b, name, rname)? {
            return Ok(v);
        }
        Err(self.binop_type_error(a, b, op))
    }

    /// Try `a.__op__(b)` and `b.__rop__(a)` in Python's order; `None` when
    /// both return NotImplemented or are missing.
    pub fn binary_dispatch(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        let fa = self.lookup_special(a, name);
        let fb = if same {
            None
        } else {
            self.lookup_special(b, rname)
        };
        let mut fb_tried = false;
        if let Some(fb_f) = &fb {
            if crate::types::is_subtype(&tb, &ta)
                && !self.same_method(fb_f, &self.lookup_special(a, rname))
            {
                let r = self.call(&self.bind(fb_f, b), vec![a.clone()], &[])?;
                if !r.is(&self.not_implemented) {
                    return Ok(Some(r));
                }
                fb_tried = true;
            }
        }
        if let Some(fa) = fa {
            let r = self.call(&self.bind(&fa, a), vec![b.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(Some(r));
            }
        }
        if let (Some(fb), false) = (fb, fb_tried) {
            let r = self.call(&self.bind(&fb, b), vec![a.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    fn same_method(&self, a: &Value, b: &Option<Value>) -> bool {
        match b {
            Some(b) => a.is(b),
            None => false,
        }
    }

    fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        if op == BinOp::Pow {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            ));
        }
        if op == BinOp::Add && a.as_str().is_some() {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op == BinOp::Add
            && matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        {
            return crate::objects::bytes::concat_error(self, a, b);
        }
        if op == BinOp::Add && matches!(a.payload(), Some(Payload::List(_))) {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            ));
        }
        if op == BinOp::Add && matches!(a.payload(), Some(Payload::Tuple(_))) {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            ));
        }
        if op == BinOp::Mul
            && (a.as_str().is_some()
                || matches!(
                    a.payload(),
                    Some(
                        Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                ))
        {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(b)
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a <op>= b`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(Payload::List(_)) = a.payload() {
            if is_builtin_type(self, a) {
                match op {
                    BinOp::Add => {
                        let items = self.collect_iterable(b)?;
                        list::extend(a, items);
                        return Ok(a.clone());
                    }
                    BinOp::Mul => {
                        let n = self.index_value(b)?;
                        list::repeat_in_place(a, n);
                        return Ok(a.clone());
                    }
                    _ => {}
                }
            }
        }
        if !is_builtin_type(self, a)
            || matches!(
                a.payload(),
                Some(Payload::Set(_) | Payload::ByteArray(_) | Payload::Dict(_))
            )
        {
            let (_, _, iname) = op.dunders();
            if let Some(f) = self.lookup_special(a, iname) {
                let r = self.call(&self.bind(&f, a), vec![b.clone()], &[])?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match self.binary_op(a, b, op) {
            Err(e)
                if self.is_exc(&Value::Obj(e.0.clone()), Exc::TypeError)
                    && !is_builtin_type(self, a) =>
            {
                let msg = crate::objects::exception::args_of(&e.0);
                let _ = msg;
                Err(self.type_error(format!(
                    "unsupported operand type(s) for {}=: '{}' and '{}'",
                    op.symbol().trim_end_matches(" or pow()"),
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
            Err(e) => {
                let v = Value::Obj(e.0.clone());
                if self.is_exc(&v, Exc::TypeError) {
                    if let Some(s) = crate::objects::exception::args_of(&e.0)
                        .first()
                        .and_then(|s| s.as_str())
                    {
                        if s.starts_with("unsupported operand type(s) for ") {
                            let fixed = s.replacen(
                                &format!("for {}:", op.symbol()),
                                &format!("for {}=:", op.symbol().trim_end_matches(" or pow()")),
                                1,
                            );
                            return Err(self.type_error(fixed));
                        }
                    }
                }
                Err(e)
            }
            ok => ok,
        }
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if is_builtin_type(self, a) {
            match (a, op) {
                (Value::Int(i), UnaryOp::Neg) => {
                    return Ok(match i.checked_neg() {
                        Some(v) => Value::Int(v),
                        None => int::from_bigint(self, -BigInt::from(*i)),
                    })
                }
                (Value::Int(i), UnaryOp::Pos) => return Ok(Value::Int(*i)),
                (Value::Int(i), UnaryOp::Invert) => return Ok(Value::Int(!i)),
                (Value::False | Value::True, _) => {
                    let i = Value::Int(matches!(a, Value::True) as i64);
                    return self.unary_op(&i, op);
                }
                (Value::FloatBits(bits), UnaryOp::Neg) => {
                    return Ok(Value::Float(-f64::from_bits(*bits)))
                }
                (Value::FloatBits(bits), UnaryOp::Pos) => return Ok(Value::FloatBits(*bits)),
                _ => {}
            }
            if let Some(Payload::Int(b)) = a.payload() {
                return Ok(match op {
                    UnaryOp::Neg => int::from_bigint(self, -b),
                    UnaryOp::Pos => int::from_bigint(self, b.clone()),
                    _ => int::from_bigint(self, !b),
                });
            }
            if let Some(Payload::Complex(re, im)) = a.payload() {
                match op {
                    UnaryOp::Neg => {
                        return Ok(crate::objects::complex::new_complex(self, -re, -im))
                    }
                    UnaryOp::Pos => {
                        return Ok(crate::objects::complex::new_complex(self, *re, *im))
                    }
                    _ => {}
                }
            }
        }
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => unreachable!(),
        };
        if let Some(f) = self.lookup_special(a, name) {
            return self.call(&self.bind(&f, a), vec![], &[]);
        }
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        Err(self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(a)
        )))
    }

    /// Compare builtin payloads without dunder dispatch; `None` if unsupported.
    pub fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if int::is_int(a) && int::is_int(b) {
            if let (Some(x), Some(y)) = (int::to_i64(a), int::to_i64(b)) {
                return Ok(Some(cmp_ord(op, x.cmp(&y))));
            }
            let (x, y) = (int::to_bigint(a).unwrap(), int::to_bigint(b).unwrap());
            return Ok(Some(cmp_ord(op, x.cmp(&y))));
        }
        if (is_float(a) && (is_float(b) || int::is_int(b))) || (int::is_int(a) && is_float(b)) {
            return Ok(Some(float::compare_numbers(a, b, op)));
        }
        if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
            return Ok(Some(cmp_ord(op, ferropy_text::surrogates::cmp_str(x, y))));
        }
        crate::objects::sequence_ops::compare(self, a, b, op)
    }

    /// Rich comparison with Python's dispatch rules.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if is_builtin_type(self, a) && is_builtin_type(self, b) {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let name = op.dunder();
        let rname = op.swapped().dunder();
        let reflected_first = !Rc::ptr_eq(&ta, &tb) && crate::types::is_subtype(&tb, &ta);
        if reflected_first {
            if let Some(r) = self.try_cmp(b, a, rname)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_cmp(a, b, name)? {
            return Ok(r);
        }
        if !reflected_first {
            if let Some(r) = self.try_cmp(b, a, rname)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn try_cmp(&mut self, a: &Value, b: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(f) = self.lookup_special(a, name) {
            let r = self.call(&self.bind(&f, a), vec![b.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a.as_float(), Some(f) if f.is_nan()) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::FloatBits(x), Value::FloatBits(y)) => {
                return Ok(f64::from_bits(*x) == f64::from_bits(*y))
            }
            _ => {}
        }
        if let (Some(x), Some(y)) = (crate::objects::str::pystr(a), crate::objects::str::pystr(b)) {
            if is_builtin_type(self, a) && is_builtin_type(self, b) {
                return Ok(x.as_str() == y.as_str());
            }
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Truth value.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None | Value::Undef => return Ok(false),
            Value::True => return Ok(true),
            Value::False => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::FloatBits(bits) => return Ok(f64::from_bits(*bits) != 0.0),
            Value::Obj(_) => {}
        }
        if is_builtin_type(self, v) {
            if let Some(n) = self.builtin_len(v) {
                return Ok(n > 0);
            }
            match v.payload() {
                Some(Payload::Int(b)) => return Ok(!num_traits::Zero::is_zero(b)),
                Some(Payload::Float(f)) => return Ok(*f != 0.0),
                Some(Payload::Complex(r, i)) => return Ok(*r != 0.0 || *i != 0.0),
                _ => {}
            }
            if v.is(&self.not_implemented) {
                return Ok(true);
            }
        }
        if let Some(f) = self.lookup_special(v, "__bool__") {
            let r = self.call(&self.bind(&f, v), vec![], &[])?;
            return match r.as_bool() {
                Some(b) => Ok(b),
                None => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&r)
                ))),
            };
        }
        if self.lookup_special(v, "__len__").is_some() {
            return Ok(self.len(v)? > 0);
        }
        Ok(true)
    }

    /// Length of builtin containers without dispatch.
    pub fn builtin_len(&self, v: &Value) -> Option<usize> {
        Some(match v.payload()? {
            Payload::Str(s) => s.char_len(),
            Payload::List(l) => l.borrow().len(),
            Payload::Tuple(t) => t.len(),
            Payload::Dict(d) => d.borrow().len(),
            Payload::Set(s) => s.borrow().len(),
            Payload::Bytes(b) => b.len(),
            Payload::ByteArray(b) => b.borrow().len(),
            // `None` beyond `sys.maxsize`: `range.__len__` raises then.
            Payload::Range(r) => r.len_i64()? as usize,
            Payload::DictView(d, _) => dict::len(d),
            Payload::MappingProxy(d) => dict::len(d),
            Payload::MemoryView(m) => m.len,
            _ => return None,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if is_builtin_type(self, v) {
            if let Some(n) = self.builtin_len(v) {
                return Ok(n);
            }
        }
        if let Some(f) = self.lookup_special(v, "__len__") {
            let r = self.call(&self.bind(&f, v), vec![], &[])?;
            if !int::is_int(&r) {
                return Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(&r)
                )));
            }
            let n = int::to_i64(&r).ok_or_else(|| {
                self.overflow_error("cannot fit 'int' into an index-sized integer")
            })?;
            if n < 0 {
                return Err(self.value_error("__len__() should return >= 0"));
            }
            return Ok(n as usize);
        }
        Err(self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use ferropy_text::hash;
        if let Some(h) = quick_hash(v) {
            return Ok(h);
        }
        if is_builtin_type(self, v) {
            if let Some(h) = self.builtin_hash(v)? {
                return Ok(h);
            }
        }
        let f = self.lookup_special(v, "__hash__");
        match f {
            Some(Value::None) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Some(f) => {
                let r = self.call(&self.bind(&f, v), vec![], &[])?;
                match int::to_bigint(&r) {
                    Some(b) if int::is_int(&r) => Ok(match int::to_i64(&r) {
                        Some(i) => {
                            if i == -1 {
                                -2
                            } else {
                                i
                            }
                        }
                        None => hash::hash_bigint(&b),
                    }),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            None => Ok(hash::hash_pointer(v.id() as usize)),
        }
    }

    /// Hash of builtin payloads; `None` for types hashed by identity or dunder.
    pub fn builtin_hash(&mut self, v: &Value) -> PyResult<Option<i64>> {
        use ferropy_text::hash;
        let Some(p) = v.payload() else {
            return Ok(None);
        };
        Ok(Some(match p {
            Payload::Str(s) => s.hash(),
            Payload::Int(b) => hash::hash_bigint(b),
            Payload::Float(f) => {
                hash::hash_float(*f).unwrap_or_else(|| hash::hash_pointer(v.id() as usize))
            }
            Payload::Complex(r, i) => {
                hash::hash_complex(*r, *i).unwrap_or_else(|| hash::hash_pointer(v.id() as usize))
            }
            Payload::Bytes(b) => crate::objects::str::hash_bytes(b),
            Payload::Tuple(items) => self.nested("", crate::vm::MAX_HASH_DEPTH, |vm| {
                let mut hasher = hash::TupleHasher::default();
                for item in items.iter() {
                    hasher.add(vm.hash(item)?);
                }
                Ok(hasher.finish(items.len()))
            })?,
            Payload::Set(s) if v.as_obj().unwrap().class_is(&self.types.frozenset) => {
                let hs: Vec<i64> = s.borrow().iter_hashed().map(|(h, _)| h).collect();
                hash::hash_frozenset(hs.into_iter())
            }
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Payload::Slice(..) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Payload::Range(r) => crate::objects::range::hash(self, r)?,
            _ => return Ok(None),
        }))
    }

    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if is_builtin_type(self, v) {
            if let Some(s) = crate::objects::repr::builtin_repr(self, v)? {
                return Ok(s);
            }
        }
        match self.lookup_special(v, "__repr__") {
            Some(f) => {
                let r = self.call(&self.bind(&f, v), vec![], &[])?;
                match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                }
            }
            None => Ok(crate::objects::repr::default_repr(self, v)),
        }
    }

    /// `str(v)` as a Rust string.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.as_str() {
            if is_builtin_type(self, v) {
                return Ok(s.to_string());
            }
        }
        if is_builtin_type(self, v) {
            match v {
                Value::Int(i) => return Ok(i.to_string()),
                Value::FloatBits(bits) => {
                    return Ok(ferropy_text::float_repr::float_repr(f64::from_bits(*bits)))
                }
                _ => {}
            }
            if let Some(Payload::MappingProxy(d)) = v.payload() {
                let d = Value::Obj(d.clone());
                return self.str_of(&d);
            }
        }
        match self.lookup_special(v, "__str__") {
            Some(f) => {
                let r = self.call(&self.bind(&f, v), vec![], &[])?;
                match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                }
            }
            None => self.repr(v),
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if is_builtin_type(self, obj) {
            if let Some(v) = crate::objects::sequence_ops::builtin_getitem(self, obj, key)? {
                return Ok(v);
            }
        }
        if let Some(f) = self.lookup_special(obj, "__getitem__") {
            return self.call(&self.bind(&f, obj), vec![key.clone()], &[]);
        }
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                if let Some(cg) = crate::types::lookup(o, "__class_getitem__") {
                    let f = self.bind_class(&cg, obj);
                    return self.call(&f, vec![key.clone()], &[]);
                }
                return Err(
                    self.type_error(format!("type '{}' is not subscriptable", tdata(o).name()))
                );
            }
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if is_builtin_type(self, obj)
            && crate::objects::sequence_ops::builtin_setitem(self, obj, &key, &value)?
        {
            return Ok(());
        }
        if let Some(f) = self.lookup_special(obj, "__setitem__") {
            self.call(&self.bind(&f, obj), vec![key, value], &[])?;
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        )))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if is_builtin_type(self, obj)
            && crate::objects::sequence_ops::builtin_delitem(self, obj, key)?
        {
            return Ok(());
        }
        if let Some(f) = self.lookup_special(obj, "__delitem__") {
            self.call(&self.bind(&f, obj), vec![key.clone()], &[])?;
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj)
        )))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if is_builtin_type(self, container) {
            if let Some(r) = crate::objects::sequence_ops::builtin_contains(self, container, item)?
            {
                return Ok(r);
            }
        }
        if let Some(f) = self.lookup_special(container, "__contains__") {
            let r = self.call(&self.bind(&f, container), vec![item.clone()], &[])?;
            return self.truthy(&r);
        }
        if !self.is_iterable(container) {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether `iter(v)` would succeed (without calling anything).
    pub fn is_iterable(&self, v: &Value) -> bool {
        if is_builtin_type(self, v) && iterators::builtin_iter_kind(v) {
            return true;
        }
        self.lookup_special(v, "__iter__")
            .is_some_and(|f| !f.is_none())
            || self.lookup_special(v, "__getitem__").is_some()
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if is_builtin_type(self, v) {
            if let Some(it) = iterators::builtin_iter(self, v) {
                return Ok(it);
            }
        }
        match self.lookup_special(v, "__iter__") {
            Some(Value::None) => {}
            Some(f) => {
                let it = self.call(&self.bind(&f, v), vec![], &[])?;
                if self.lookup_special(&it, "__next__").is_none()
                    && !matches!(
                        it.payload(),
                        Some(Payload::Iterator(_) | Payload::Generator(_))
                    )
                {
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&it)
                    )));
                }
                return Ok(it);
            }
            None => {
                if self.lookup_special(v, "__getitem__").is_some() {
                    return Ok(iterators::new_seq_iter(self, v.clone()));
                }
            }
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// `next(it)`; `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(p) = it.payload() {
            match p {
                Payload::Iterator(_) => return iterators::next(self, it),
                Payload::Generator(_) if is_builtin_type(self, it) => {
                    return crate::objects::generator::next(self, it);
                }
                _ => {}
            }
        }
        let Some(f) = self.lookup_special(it, "__next__") else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match self.call(&self.bind(&f, it), vec![], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&Value::Obj(e.0.clone()), Exc::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collect an iterable into a vector.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(Payload::Range(r)) = v.payload() {
            // CPython preallocates and fails at once; so do we, before
            // trying to materialize an absurdly long range.
            if crate::objects::range::len(self, r)? > (1 << 32) {
                return Err(self.new_exc(Exc::MemoryError, ""));
            }
        }
        if is_builtin_type(self, v) {
            match v.payload() {
                Some(Payload::List(l)) => return Ok(l.borrow().clone()),
                Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack `seq` into exactly `n` values, or with a star: `n` before and
    /// `after` after a list of the rest. Returns values in source order.
    pub fn unpack(&mut self, seq: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let items = self.collect_iterable(seq)?;
        match after {
            None => {
                if items.len() != n {
                    return Err(self.value_error(if items.len() > n {
                        format!("too many values to unpack (expected {n})")
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            items.len()
                        )
                    }));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + after,
                        items.len()
                    )));
                }
                let mut out: Vec<Value> = items[..n].to_vec();
                let mid = items[n..items.len() - after].to_vec();
                out.push(self.new_list(mid));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    /// `operator.index(v)` as i64 (overflow is an error).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        let i = self.index(v)?;
        int::to_i64(&i).ok_or_else(|| {
            self.new_exc(
                Exc::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(v)
                ),
            )
        })
    }

    /// `operator.index(v)`.
    pub fn index(&mut self, v: &Value) -> PyResult<Value> {
        if int::is_int(v) {
            return Ok(match v {
                Value::False => Value::Int(0),
                Value::True => Value::Int(1),
                _ => v.clone(),
            });
        }
        if let Some(f) = self.lookup_special(v, "__index__") {
            let r = self.call(&self.bind(&f, v), vec![], &[])?;
            if int::is_int(&r) {
                return Ok(r);
            }
            return Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            )));
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        )))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        if is_builtin_type(self, v) {
            if let Some(s) = crate::objects::repr::builtin_format(self, v, spec)? {
                return Ok(self.new_str(s));
            }
        }
        let f = self
            .lookup_special(v, "__format__")
            .ok_or_else(|| self.type_error("object has no __format__"))?;
        let spec_v = self.new_str(spec);
        let r = self.call(&self.bind(&f, v), vec![spec_v], &[])?;
        if r.as_str().is_none() {
            return Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            )));
        }
        Ok(r)
    }

    /// Iterate a dict view's underlying dict.
    pub fn view_items(&self, d: &ObjRef, kind: DictViewKind) -> Vec<Value> {
        match kind {
            DictViewKind::Keys => dict::keys(d),
            DictViewKind::Values => dict::items(d).into_iter().map(|(_, v)| v).collect(),
            DictViewKind::Items => dict::items(d)
                .into_iter()
                .map(|(k, v)| self.new_tuple(vec![k, v]))
                .collect(),
        }
    }

    /// Shorthand used by set/tuple code.
    pub fn set_items(&self, v: &Value) -> Vec<Value> {
        set::items(v)
    }

    /// Shorthand used by tuple code.
    pub fn tuple_items(&self, v: &Value) -> Vec<Value> {
        tuple::items(v)
    }
}
