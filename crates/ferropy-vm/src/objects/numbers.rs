//! What `int`, `bool`, `float` and `complex` share: argument binding for
//! builtin methods, constructor helpers, the operator dunders
//! (`__add__`, `__eq__`, `__divmod__`, ...) each numeric type exposes to
//! Python code (for `super()` calls and subclasses), and the
//! protocol dunders of the other builtin types (`__len__`, `__getitem__`,
//! ...). The type-specific methods live in `int_methods`,
//! `float_methods` and `complex`.

use crate::error::{PyErr, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::function::{Args, NativeFn};
use crate::objects::{complex, float, int};
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_compiler::bytecode::{BinOp, CmpOp};
use ferropy_text::format_spec::FormatError;

pub use crate::objects::float::to_float;
pub use crate::objects::int::{float_to_int, to_int};

// ----- argument binding --------------------------------------------------

/// A builtin method's signature, for binding its arguments (after `self`)
/// the way CPython's Argument Clinic does, with its error messages.
pub struct Sig<'a> {
    /// The function name used in messages.
    pub name: &'a str,
    /// Parameter names, in order.
    pub params: &'a [&'a str],
    /// How many leading parameters may be passed by position (the rest
    /// are keyword-only).
    pub max_pos: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

impl Sig<'_> {
    /// Bind positional values `pos` and the keywords of `args`.
    pub fn bind(&self, vm: &Vm, pos: &[Value], args: &Args) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        if pos.len() > self.max_pos {
            let kind = if self.max_pos < self.params.len() {
                "positional "
            } else {
                ""
            };
            let s = if self.max_pos == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{name}() takes at most {} {kind}argument{s} ({} given)",
                self.max_pos,
                pos.len()
            )));
        }
        let mut out: Vec<Option<Value>> = vec![None; self.params.len()];
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in args.kw() {
            let Some(i) = self.params.iter().position(|p| *p == k) else {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            };
            if out[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(v.clone());
        }
        if let Some(i) = out[..self.required].iter().position(Option::is_none) {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                self.params[i],
                i + 1
            )));
        }
        Ok(out)
    }
}

/// A method that takes no arguments besides `self`.
pub fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.values.len().saturating_sub(1);
    if n > 0 {
        return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method taking positional arguments only, between `min` and `max`.
pub fn positional(vm: &Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    crate::builtins::check_arity(vm, name, args.values.len().saturating_sub(1), min, max)
}

/// The TypeError for calling `TYPE.NAME` on an object of another type:
/// "descriptor 'NAME' requires a 'TYPE' object but received a 'OTHER'"
/// for slot wrappers (`__add__`, `__neg__`, ...), "descriptor 'NAME' for
/// 'TYPE' objects doesn't apply to a 'OTHER' object" for plain methods.
pub fn descriptor_error(vm: &Vm, name: &str, type_name: &str, got: &Value) -> PyErr {
    const METHOD_DUNDERS: [&str; 9] = [
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__format__",
        "__getnewargs__",
        "__sizeof__",
        "__complex__",
        "__getformat__",
    ];
    let got = vm.type_name(got);
    let slot = name.starts_with("__") && !METHOD_DUNDERS.contains(&name);
    vm.type_error(if slot {
        format!("descriptor '{name}' requires a '{type_name}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{type_name}' objects doesn't apply to a '{got}' object")
    })
}

/// The spec argument of a `__format__` method.
pub fn format_spec_arg(vm: &Vm, args: &Args) -> PyResult<String> {
    positional(vm, args, "__format__", 1, 1)?;
    match args.values[1].as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.values[1])
        ))),
    }
}

/// Raise a formatting failure as its exception class.
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Reserved(cp) => crate::objects::str::reserved_code_point_error(vm, cp),
    }
}

// ----- construction ------------------------------------------------------

/// The class argument of `T.__new__(cls, ...)`, checked to be a subtype
/// of the builtin type `T` named `type_name`.
pub fn new_cls(vm: &Vm, args: &Args, type_name: &str) -> PyResult<ObjRef> {
    let base = match type_name {
        "int" => &vm.types.int,
        "bool" => &vm.types.bool_,
        "float" => &vm.types.float,
        _ => &vm.types.complex,
    };
    let Some(first) = args.pos().first() else {
        return Err(vm.type_error(format!("{type_name}.__new__(): not enough arguments")));
    };
    let cls = match first {
        Value::Obj(o) if o.as_type().is_some() => o.clone(),
        other => {
            return Err(vm.type_error(format!(
                "{type_name}.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
    };
    if !crate::types::is_subtype(&cls, base) {
        let n = tdata(&cls).name();
        return Err(vm.type_error(format!(
            "{type_name}.__new__({n}): {n} is not a subtype of {type_name}"
        )));
    }
    Ok(cls)
}

/// An instance of `cls` (a numeric builtin type or a subclass) holding
/// `payload`.
pub fn instance_of(vm: &Vm, cls: &ObjRef, payload: Payload) -> Value {
    if tdata(cls).instance_dict {
        Value::Obj(Obj::with_dict(cls.clone(), payload, vm.new_dict()))
    } else {
        Value::Obj(Obj::new(cls.clone(), payload))
    }
}

// ----- operator dunders of the numeric types ---------------------------

/// Which numeric type an operator dunder belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Kind {
    Int = 0,
    Bool = 1,
    Float = 2,
    Complex = 3,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Int, Kind::Bool, Kind::Float, Kind::Complex];

    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Bool => "bool",
            Kind::Float => "float",
            Kind::Complex => "complex",
        }
    }

    /// Whether `v` may be `self` of this type's methods.
    fn accepts_self(self, v: &Value) -> bool {
        match self {
            Kind::Int => int::is_int(v),
            Kind::Bool => matches!(v, Value::False | Value::True),
            Kind::Float => float::to_f64(v).is_some(),
            Kind::Complex => complex::complex_parts(v).is_some(),
        }
    }

    /// Whether this type's operators handle `v` as the other operand
    /// (otherwise they return NotImplemented).
    fn accepts_other(self, v: &Value) -> bool {
        let numeric = int::is_int(v) || float::to_f64(v).is_some();
        match self {
            Kind::Int | Kind::Bool => int::is_int(v),
            Kind::Float => numeric,
            Kind::Complex => numeric || complex::complex_parts(v).is_some(),
        }
    }

    /// The binary operators this type defines (besides `**`, whose
    /// dunders take a modulus and are defined per type).
    fn ops(self) -> &'static [BinOp] {
        use BinOp::*;
        match self {
            Kind::Int => &[
                Add, Sub, Mul, TrueDiv, FloorDiv, Mod, LShift, RShift, And, Or, Xor,
            ],
            Kind::Bool => &[And, Or, Xor],
            Kind::Float => &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod],
            Kind::Complex => &[Add, Sub, Mul, TrueDiv],
        }
    }
}

/// Check `self` and decide whether the other operand is supported:
/// `Ok(Some((self, other)))`, or `Ok(None)` for NotImplemented.
fn operands<'a>(
    vm: &Vm,
    args: &'a Args,
    kind: Kind,
    name: &str,
) -> PyResult<Option<(&'a Value, &'a Value)>> {
    let this = args.values.first().cloned().unwrap_or_default();
    if !kind.accepts_self(&this) {
        return Err(descriptor_error(vm, name, kind.name(), &this));
    }
    positional(vm, args, name, 1, 1)?;
    let other = &args.values[1];
    Ok(kind
        .accepts_other(other)
        .then_some((&args.values[0], other)))
}

/// `T.__op__(self, other)` / `T.__rop__(self, other)` for numeric type `K`.
fn num_binop<const K: u8, const OP: usize, const REFLECTED: bool>(
    vm: &mut Vm,
    args: &Args,
) -> PyResult<Value> {
    let (kind, op) = (Kind::ALL[K as usize], BinOp::ALL[OP]);
    let (name, rname, _) = op.dunders();
    let Some((this, other)) = operands(vm, args, kind, if REFLECTED { rname } else { name })?
    else {
        return Ok(vm.not_implemented.clone());
    };
    let (a, b) = if REFLECTED {
        (other, this)
    } else {
        (this, other)
    };
    Ok(vm
        .builtin_binop(a, b, op)?
        .unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `T.__divmod__` / `T.__rdivmod__` for int and float.
fn num_divmod<const K: u8, const REFLECTED: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let kind = Kind::ALL[K as usize];
    let name = if REFLECTED {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let Some((this, other)) = operands(vm, args, kind, name)? else {
        return Ok(vm.not_implemented.clone());
    };
    let (a, b) = if REFLECTED {
        (other, this)
    } else {
        (this, other)
    };
    divmod_values(vm, kind, a, b)
}

/// `divmod(a, b)` as int or float computes it.
fn divmod_values(vm: &mut Vm, kind: Kind, a: &Value, b: &Value) -> PyResult<Value> {
    if kind == Kind::Float {
        let x = float::coerce_f64(vm, a).unwrap_or(Ok(0.0))?;
        let y = float::coerce_f64(vm, b).unwrap_or(Ok(0.0))?;
        let (q, r) = float::float_divmod(vm, x, y)?;
        return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    if int::to_i64(b) == Some(0) {
        return Err(vm.zero_division("integer division or modulo by zero"));
    }
    let q = vm.builtin_binop(a, b, BinOp::FloorDiv)?.unwrap_or_default();
    let r = vm.builtin_binop(a, b, BinOp::Mod)?.unwrap_or_default();
    Ok(vm.new_tuple(vec![q, r]))
}

/// `pow(base, exp, mod)` with a modulus, dispatched as CPython 3.13 does:
/// all ints take the modular path; otherwise `type(base).__pow__(exp,
/// mod)`, then the builtin float or complex power (which refuse any
/// modulus) if `exp` or `mod` is one of those; `__rpow__` is never tried.
pub fn ternary_pow(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    if let (Some(b), Some(e), Some(md)) =
        (int::to_bigint(base), int::to_bigint(exp), int::to_bigint(m))
    {
        return int::pow_mod(vm, &b, &e, &md);
    }
    if let Some(f) = vm.lookup_special(base, "__pow__") {
        let r = vm.call(&vm.bind(&f, base), vec![exp.clone(), m.clone()], &[])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    let real = |v: &Value| int::is_int(v) || float::to_f64(v).is_some();
    let any_number = |v: &Value| real(v) || complex::complex_parts(v).is_some();
    for other in [exp, m] {
        if float::to_f64(other).is_some() && real(base) && real(exp) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        if complex::complex_parts(other).is_some() && any_number(base) && any_number(exp) {
            return Err(vm.value_error("complex modulo"));
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(base),
        vm.type_name(exp),
        vm.type_name(m)
    )))
}

const CMP_OPS: [CmpOp; 6] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
];

/// `T.__lt__` ... `T.__ge__` for numeric type `K`.
fn num_cmp<const K: u8, const OP: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (kind, op) = (Kind::ALL[K as usize], CMP_OPS[OP]);
    let Some((this, other)) = operands(vm, args, kind, op.dunder())? else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match kind {
        Kind::Complex => {
            complex::complex_compare(complex::complex_parts(this).unwrap_or_default(), other, op)
        }
        _ => vm.builtin_compare(this, other, op)?,
    };
    Ok(r.map_or_else(|| vm.not_implemented.clone(), Value::Bool))
}

macro_rules! binop_pairs {
    ($k:expr; $($i:literal),*) => {
        [$((num_binop::<{ $k }, $i, false> as NativeFn, num_binop::<{ $k }, $i, true> as NativeFn)),*]
    };
}

macro_rules! cmp_fns {
    ($k:expr) => {
        [
            num_cmp::<{ $k }, 0> as NativeFn,
            num_cmp::<{ $k }, 1>,
            num_cmp::<{ $k }, 2>,
            num_cmp::<{ $k }, 3>,
            num_cmp::<{ $k }, 4>,
            num_cmp::<{ $k }, 5>,
        ]
    };
}

/// Register the operator dunders of numeric type `kind` on `t`.
fn install_number_operators(
    vm: &Vm,
    t: &ObjRef,
    kind: Kind,
    binops: &[(NativeFn, NativeFn); 13],
    cmps: &[NativeFn; 6],
    divmod: Option<(NativeFn, NativeFn)>,
) {
    for op in kind.ops() {
        let (name, rname, _) = op.dunders();
        let (f, rf) = binops[*op as usize];
        crate::objects::add_method(vm, t, name, f);
        crate::objects::add_method(vm, t, rname, rf);
    }
    if kind != Kind::Bool {
        for (i, op) in CMP_OPS.iter().enumerate() {
            crate::objects::add_method(vm, t, op.dunder(), cmps[i]);
        }
        crate::objects::add_method(vm, t, "__hash__", hash_dunder);
    }
    if let Some((f, rf)) = divmod {
        crate::objects::add_method(vm, t, "__divmod__", f);
        crate::objects::add_method(vm, t, "__rdivmod__", rf);
    }
}

/// Register the operator dunders of `int`, `bool`, `float` and `complex`.
fn install_numeric_dunders(vm: &Vm) {
    const I: u8 = Kind::Int as u8;
    const B: u8 = Kind::Bool as u8;
    const F: u8 = Kind::Float as u8;
    const C: u8 = Kind::Complex as u8;
    let ops = [
        binop_pairs!(I; 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        binop_pairs!(B; 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        binop_pairs!(F; 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
        binop_pairs!(C; 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    ];
    let cmps = [cmp_fns!(I), cmp_fns!(B), cmp_fns!(F), cmp_fns!(C)];
    let divmods: [Option<(NativeFn, NativeFn)>; 4] = [
        Some((num_divmod::<I, false>, num_divmod::<I, true>)),
        None,
        Some((num_divmod::<F, false>, num_divmod::<F, true>)),
        None,
    ];
    let types = [
        vm.types.int.clone(),
        vm.types.bool_.clone(),
        vm.types.float.clone(),
        vm.types.complex.clone(),
    ];
    for (k, t) in types.iter().enumerate() {
        install_number_operators(vm, t, Kind::ALL[k], &ops[k], &cmps[k], divmods[k]);
    }
}

// ----- protocol dunders of the other builtin types -------------------------

fn binop_dunder<const OP: usize, const REFLECTED: bool>(
    vm: &mut Vm,
    args: &Args,
) -> PyResult<Value> {
    crate::objects::dunder_operand(vm, args)?;
    let op = BinOp::ALL[OP];
    let (a, b) = if REFLECTED {
        (&args.values[1], &args.values[0])
    } else {
        (&args.values[0], &args.values[1])
    };
    Ok(vm
        .builtin_binop(a, b, op)?
        .unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! binop_table {
    ($($i:literal),*) => {
        [$((binop_dunder::<$i, false> as NativeFn, binop_dunder::<$i, true> as NativeFn)),*]
    };
}

fn cmp_dunder<const OP: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.values.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    match vm.builtin_compare(&args.values[0], &args.values[1], CMP_OPS[OP])? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn hash_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.values[0];
    match v {
        Value::Obj(_) => match vm.builtin_hash(v)? {
            Some(h) => Ok(Value::Int(h)),
            None => Ok(Value::Int(
                ferropy_text::hash::hash_pointer(v.id() as usize),
            )),
        },
        _ => Ok(Value::Int(vm.hash(v)?)),
    }
}

fn repr_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = crate::objects::repr::builtin_repr(vm, &args.values[0])?
        .unwrap_or_else(|| crate::objects::repr::default_repr(vm, &args.values[0]));
    Ok(vm.new_str(s))
}

fn str_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.values[0];
    if let Some(s) = v.as_str() {
        return Ok(vm.new_str(s));
    }
    repr_dunder(vm, args)
}

fn len_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match vm.builtin_len(&args.values[0]) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("object has no len()")),
    }
}

fn getitem_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__getitem__", args.values.len() - 1, 1, 1)?;
    match crate::objects::sequence_ops::builtin_getitem(vm, &args.values[0], &args.values[1])? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("object is not subscriptable")),
    }
}

fn setitem_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__setitem__", args.values.len() - 1, 2, 2)?;
    if crate::objects::sequence_ops::builtin_setitem(
        vm,
        &args.values[0],
        &args.values[1],
        &args.values[2],
    )? {
        return Ok(Value::None);
    }
    Err(vm.type_error("object does not support item assignment"))
}

fn delitem_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__delitem__", args.values.len() - 1, 1, 1)?;
    if crate::objects::sequence_ops::builtin_delitem(vm, &args.values[0], &args.values[1])? {
        return Ok(Value::None);
    }
    Err(vm.type_error("object does not support item deletion"))
}

fn contains_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__contains__", args.values.len() - 1, 1, 1)?;
    match crate::objects::sequence_ops::builtin_contains(vm, &args.values[0], &args.values[1])? {
        Some(b) => Ok(Value::Bool(b)),
        None => Err(vm.type_error("argument is not iterable")),
    }
}

fn iter_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match crate::objects::iterators::builtin_iter(vm, &args.values[0]) {
        Some(it) => Ok(it),
        None => Err(vm.type_error("object is not iterable")),
    }
}

fn format_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__format__", args.values.len() - 1, 1, 1)?;
    let spec = args.values[1]
        .as_str()
        .ok_or_else(|| vm.type_error("format spec must be a str"))?
        .to_string();
    match crate::objects::repr::builtin_format(vm, &args.values[0], &spec)? {
        Some(s) => Ok(vm.new_str(s)),
        None => Err(vm.type_error("unsupported format")),
    }
}

/// Register protocol dunders on the builtin container and text types.
fn install_container_dunders(vm: &mut Vm) {
    let table: [(NativeFn, NativeFn); 13] = binop_table!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    use BinOp::{Add, And, Mod, Mul, Or, Sub, Xor};
    // The operators each type defines in CPython; `true` where it also
    // defines the reflected one (`__rmod__` of str and bytes is theirs).
    let seq_ops: &[(BinOp, bool)] = &[(Add, false), (Mul, true)];
    let text_ops: &[(BinOp, bool)] = &[(Add, false), (Mul, true), (Mod, false)];
    let set_ops: &[(BinOp, bool)] = &[(Or, true), (And, true), (Sub, true), (Xor, true)];
    let t = &vm.types;
    let containers = [
        (t.str_.clone(), text_ops),
        (t.list.clone(), seq_ops),
        (t.tuple.clone(), seq_ops),
        (t.bytes.clone(), text_ops),
        (t.bytearray.clone(), text_ops),
        (t.set.clone(), set_ops),
        (t.frozenset.clone(), set_ops),
        (t.dict.clone(), &[(Or, true)][..]),
    ];
    for (t, ops) in &containers {
        for &(op, reflected) in *ops {
            let (name, rname, _) = op.dunders();
            let (f, rf) = table[op as usize];
            crate::objects::add_method(vm, t, name, f);
            if reflected {
                crate::objects::add_method(vm, t, rname, rf);
            }
        }
        crate::objects::add_method(vm, t, "__len__", len_dunder);
        crate::objects::add_method(vm, t, "__contains__", contains_dunder);
        crate::objects::add_method(vm, t, "__iter__", iter_dunder);
    }
    for t in [
        vm.types.str_.clone(),
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.bytes.clone(),
        vm.types.bytearray.clone(),
        vm.types.dict.clone(),
        vm.types.range.clone(),
    ] {
        crate::objects::add_method(vm, &t, "__getitem__", getitem_dunder);
    }
    for t in [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.bytearray.clone(),
    ] {
        crate::objects::add_method(vm, &t, "__setitem__", setitem_dunder);
        crate::objects::add_method(vm, &t, "__delitem__", delitem_dunder);
    }
    let views = [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ];
    for t in &views {
        crate::objects::add_method(vm, t, "__len__", len_dunder);
        crate::objects::add_method(vm, t, "__iter__", iter_dunder);
    }
    for t in [&views[0], &views[2]] {
        crate::objects::add_method(vm, t, "__contains__", contains_dunder);
    }
    let range = vm.types.range.clone();
    crate::objects::add_method(vm, &range, "__iter__", iter_dunder);
    crate::objects::add_method(vm, &range, "__contains__", contains_dunder);
    let cmp_fns: [NativeFn; 6] = [
        cmp_dunder::<0>,
        cmp_dunder::<1>,
        cmp_dunder::<2>,
        cmp_dunder::<3>,
        cmp_dunder::<4>,
        cmp_dunder::<5>,
    ];
    for t in [
        vm.types.none.clone(),
        vm.types.not_implemented.clone(),
        vm.types.ellipsis.clone(),
    ] {
        crate::objects::add_method(vm, &t, "__repr__", repr_dunder);
    }
    let mut all: Vec<ObjRef> = containers.into_iter().map(|(t, _)| t).collect();
    all.push(vm.types.range.clone());
    for t in &all {
        for (i, op) in CMP_OPS.iter().enumerate() {
            crate::objects::add_method(vm, t, op.dunder(), cmp_fns[i]);
        }
        crate::objects::add_method(vm, t, "__repr__", repr_dunder);
        crate::objects::add_method(vm, t, "__hash__", hash_dunder);
    }
    for t in [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.bytearray.clone(),
    ] {
        crate::objects::dict::set_str(vm, &tdata(&t).dict, "__hash__", Value::None);
    }
    let s = vm.types.str_.clone();
    crate::objects::add_method(vm, &s, "__format__", format_dunder);
    crate::objects::add_method(vm, &s, "__str__", str_dunder);
}

/// Register the number types' constructors and methods, and the protocol
/// dunders of the other builtin types.
pub fn install(vm: &mut Vm) {
    install_container_dunders(vm);
    install_numeric_dunders(vm);
    crate::objects::int_methods::install(vm);
    crate::objects::float_methods::install(vm);
    complex::install(vm);
}
