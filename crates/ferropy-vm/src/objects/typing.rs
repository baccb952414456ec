//! Objects for PEP 695 syntax: `TypeVar`-like parameters, `type` aliases
//! and the `Generic` base of generic classes.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_compiler::bytecode::type_param;
use std::cell::RefCell;

/// A value computed by calling a function on first use (PEP 695 bounds,
/// defaults and alias values are evaluated lazily).
pub struct Lazy {
    value: RefCell<Value>,
    /// The function of no arguments computing the value; `None` if absent.
    compute: Value,
}

impl Lazy {
    fn new(compute: Value) -> Lazy {
        Lazy {
            value: RefCell::new(Value::Undef),
            compute,
        }
    }

    /// Whether there is a value to compute.
    pub fn is_present(&self) -> bool {
        !self.compute.is_none()
    }

    /// The value, computed now if not yet.
    pub fn get(&self, vm: &mut Vm) -> PyResult<Value> {
        let cached = self.value.borrow().clone();
        if !cached.is_undef() {
            return Ok(cached);
        }
        let v = vm.call(&self.compute, vec![], &[])?;
        *self.value.borrow_mut() = v.clone();
        Ok(v)
    }
}

/// A type parameter made by `def f[T: bound = default]` (or `*Ts`, `**P`).
pub struct TypeParam {
    pub name: String,
    /// The bound, or the constraints tuple when `constraints`.
    pub bound: Lazy,
    pub constraints: bool,
    pub default: Lazy,
}

/// A `type Name[params] = value` alias.
pub struct TypeAlias {
    pub name: String,
    /// The tuple of type parameters.
    pub params: Value,
    pub value: Lazy,
    /// `__module__`: the defining module's name.
    pub module: Value,
}

/// `MakeTypeParam`: `flags` (see `bytecode::type_param`) give the kind
/// and which of the bound and default functions were passed.
pub fn new_type_param(vm: &Vm, name: Value, bound: Value, default: Value, flags: u8) -> Value {
    let class = match flags & type_param::KIND_MASK {
        type_param::TYPEVARTUPLE => vm.types.typevartuple.clone(),
        type_param::PARAMSPEC => vm.types.paramspec.clone(),
        _ => vm.types.typevar.clone(),
    };
    let param = TypeParam {
        name: name.as_str().unwrap_or("T").to_string(),
        bound: Lazy::new(bound),
        constraints: flags & type_param::CONSTRAINTS != 0,
        default: Lazy::new(default),
    };
    Value::Obj(Obj::new(class, Payload::TypeParam(Box::new(param))))
}

/// `type Name[params] = value` in `module`: the value is computed lazily
/// by `func`; `params` is `None` for an alias without parameters.
pub fn new_type_alias(vm: &Vm, name: Value, params: Value, func: Value, module: Value) -> Value {
    let alias = TypeAlias {
        name: name.as_str().unwrap_or("?").to_string(),
        params: if params.is_none() {
            vm.empty_tuple.clone()
        } else {
            params
        },
        value: Lazy::new(func),
        module,
    };
    Value::Obj(Obj::new(
        vm.types.type_alias.clone(),
        Payload::TypeAlias(Box::new(alias)),
    ))
}

/// The attributes of type parameters held in native state.
pub fn type_param_attr(vm: &mut Vm, p: &TypeParam, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__name__" => vm.new_str(p.name.clone()),
        "__bound__" if p.bound.is_present() && !p.constraints => p.bound.get(vm)?,
        "__bound__" => Value::None,
        "__constraints__" if p.constraints => p.bound.get(vm)?,
        "__constraints__" => vm.empty_tuple.clone(),
        "__default__" if p.default.is_present() => p.default.get(vm)?,
        "__default__" => vm.no_default.clone(),
        "__covariant__" | "__contravariant__" => Value::Bool(false),
        "__infer_variance__" => Value::Bool(true),
        _ => return Ok(None),
    }))
}

/// `T.has_default()`.
fn has_default(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "has_default", args.values.len() - 1, 0, 0)?;
    match args.values[0].payload() {
        Some(Payload::TypeParam(p)) => Ok(Value::Bool(p.default.is_present())),
        _ => Err(vm.type_error("has_default() needs a type parameter")),
    }
}

/// The attributes of type aliases held in native state.
pub fn type_alias_attr(vm: &mut Vm, a: &TypeAlias, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__name__" => vm.new_str(a.name.clone()),
        "__value__" => a.value.get(vm)?,
        "__type_params__" => a.params.clone(),
        "__module__" => a.module.clone(),
        _ => return Ok(None),
    }))
}

/// A `types.GenericAlias` of `origin` with the arguments `args` (a tuple
/// or a single value).
fn generic_alias(vm: &Vm, origin: Value, args: &Value) -> Value {
    let params = match args.payload() {
        Some(Payload::Tuple(_)) => args.clone(),
        _ => vm.new_tuple(vec![args.clone()]),
    };
    Value::Obj(Obj::new(
        vm.types.generic_alias.clone(),
        Payload::GenericAlias(origin, params),
    ))
}

/// `list[int]` and friends: a `types.GenericAlias` of the class and arguments.
fn class_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__class_getitem__", args.values.len() - 1, 1, 1)?;
    check_argument_count(vm, &args.values[0], &args.values[1])?;
    Ok(generic_alias(vm, args.values[0].clone(), &args.values[1]))
}

/// `Box[int, str]` for a generic class `Box[T]`: typing's "Too many/few
/// arguments" errors. Checked only when every parameter is a `TypeVar`
/// without a default (variadic parameters and defaults are not counted).
fn check_argument_count(vm: &mut Vm, cls: &Value, args: &Value) -> PyResult<()> {
    let Some(Payload::Type(td)) = cls.payload() else {
        return Ok(());
    };
    if !td.is_heap {
        return Ok(());
    }
    let Some(params) = vm.getattr_opt(cls, "__parameters__")? else {
        return Ok(());
    };
    let Some(Payload::Tuple(params)) = params.payload() else {
        return Ok(());
    };
    let plain = |p: &Value| match (p.as_obj(), p.payload()) {
        (Some(o), Some(Payload::TypeParam(tp))) => {
            o.class_is(&vm.types.typevar) && !tp.default.is_present()
        }
        _ => false,
    };
    if params.is_empty() || !params.iter().all(plain) {
        return Ok(());
    }
    let given = match args.payload() {
        Some(Payload::Tuple(t)) => t.len(),
        _ => 1,
    };
    let expected = params.len();
    let shown = vm.repr(cls)?;
    if given > expected {
        return Err(vm.type_error(format!(
            "Too many arguments for {shown}; actual {given}, expected {expected}"
        )));
    }
    if given < expected {
        return Err(vm.type_error(format!(
            "Too few arguments for {shown}; actual {given}, expected at least {expected}"
        )));
    }
    Ok(())
}

/// `Alias[int]` for a type alias with parameters.
fn alias_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__getitem__", args.values.len() - 1, 1, 1)?;
    Ok(generic_alias(vm, args.values[0].clone(), &args.values[1]))
}

/// `iter(Ts)` for a `TypeVarTuple` or a generic alias: its one item is
/// `*Ts` (so that `*args: *Ts` annotates with `*Ts`).
fn unpack_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__iter__", args.values.len() - 1, 0, 0)?;
    let unpack = Value::Obj(vm.types.unpack.clone());
    let unpacked = generic_alias(vm, unpack, &args.values[0]);
    let items = vm.new_tuple(vec![unpacked]);
    vm.iter(&items)
}

/// `SubscriptGeneric`: `Generic[*params]`, the implicit base of a generic class.
pub fn subscript_generic(vm: &Vm, params: &Value) -> Value {
    generic_alias(vm, Value::Obj(vm.types.generic.clone()), params)
}

/// `GenericAlias.__mro_entries__(bases)`: the origin class; like
/// `typing`, `Generic[...]` is left out when a generic alias follows it.
fn mro_entries(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__mro_entries__", args.values.len() - 1, 1, 1)?;
    let this = &args.values[0];
    let Some(Payload::GenericAlias(origin, _)) = this.payload() else {
        return Err(vm.type_error("__mro_entries__ needs a generic alias"));
    };
    if origin.is(&Value::Obj(vm.types.generic.clone())) {
        let bases = crate::objects::tuple::items(&args.values[1]);
        let later = bases.iter().skip_while(|b| !b.is(this)).skip(1);
        let alias_follows = later
            .into_iter()
            .any(|b| matches!(b.payload(), Some(Payload::GenericAlias(..))));
        if alias_follows {
            return Ok(vm.empty_tuple.clone());
        }
    }
    Ok(vm.new_tuple(vec![origin.clone()]))
}

/// `Generic.__init_subclass__`: `cls.__parameters__` becomes the type
/// parameters named in `cls.__orig_bases__` (exactly those of a
/// `Generic[...]` base when there is one), as `typing` does.
fn generic_init_subclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(vm.type_error("__init_subclass__ needs a class"));
    };
    let Some(td) = cls.as_type() else {
        return Err(vm.type_error("__init_subclass__ needs a class"));
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            td.name()
        )));
    }
    let orig = crate::objects::dict::get_str(&td.dict, "__orig_bases__");
    let bases = match orig.as_ref().and_then(|o| o.payload()) {
        Some(Payload::Tuple(b)) => b.to_vec(),
        _ => Vec::new(),
    };
    let params = vm.new_tuple(type_parameters(vm, &bases));
    let name = vm.new_str("__parameters__");
    vm.setattr(&args.values[0], &name, params)?;
    Ok(Value::None)
}

/// The type parameters that generic-alias `bases` mention, in order.
fn type_parameters(vm: &Vm, bases: &[Value]) -> Vec<Value> {
    let generic = Value::Obj(vm.types.generic.clone());
    let mut found: Vec<Value> = Vec::new();
    for base in bases {
        let Some(Payload::GenericAlias(origin, args)) = base.payload() else {
            continue;
        };
        let Some(Payload::Tuple(args)) = args.payload() else {
            continue;
        };
        if origin.is(&generic) {
            return args.to_vec();
        }
        for a in args.iter() {
            let is_param = matches!(a.payload(), Some(Payload::TypeParam(_)));
            if is_param && !found.iter().any(|f| f.is(a)) {
                found.push(a.clone());
            }
        }
    }
    found
}

/// Make the builtin containers generic (`list[int]`, `dict[str, int]`,
/// ...), and give `Generic`, aliases and generic aliases their methods.
pub fn install(vm: &mut Vm) {
    let types: [ObjRef; 11] = [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.tuple.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.type_.clone(),
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
        vm.types.enumerate.clone(),
        vm.types.generic.clone(),
    ];
    for t in types {
        crate::objects::add_method(vm, &t, "__class_getitem__", class_getitem);
        crate::objects::mark_classmethod(vm, &t, "__class_getitem__");
    }
    let alias = vm.types.type_alias.clone();
    crate::objects::add_method(vm, &alias, "__getitem__", alias_getitem);
    let typing_types = [
        vm.types.typevar.clone(),
        vm.types.typevartuple.clone(),
        vm.types.paramspec.clone(),
        vm.types.generic.clone(),
        vm.types.type_alias.clone(),
        vm.types.unpack.clone(),
        vm.types.no_default.clone(),
    ];
    for t in typing_types {
        if let Some(td) = t.as_type() {
            let module = vm.new_str("typing");
            crate::objects::dict::set_str(vm, &td.dict, "__module__", module);
        }
    }
    let params = [
        vm.types.typevar.clone(),
        vm.types.typevartuple.clone(),
        vm.types.paramspec.clone(),
    ];
    for t in params {
        crate::objects::add_method(vm, &t, "has_default", has_default);
    }
    let generic_alias = vm.types.generic_alias.clone();
    for t in [vm.types.typevartuple.clone(), generic_alias.clone()] {
        crate::objects::add_method(vm, &t, "__iter__", unpack_iter);
    }
    crate::objects::add_method(vm, &generic_alias, "__mro_entries__", mro_entries);
    let generic = vm.types.generic.clone();
    crate::objects::add_method(vm, &generic, "__init_subclass__", generic_init_subclass);
    crate::objects::mark_classmethod(vm, &generic, "__init_subclass__");
}
