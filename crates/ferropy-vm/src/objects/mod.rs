//! Builtin types, one file each, and the helpers that register their methods.

pub mod async_gen;
pub mod bytes;
pub mod bytes_methods;
pub mod class_assignment;
pub mod codecs;
pub mod complex;
pub mod descriptors;
pub mod dict;
pub mod dict_views;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod float_methods;
pub mod frame_obj;
pub mod function;
pub mod generator;
pub mod getset;
pub mod int;
pub mod int_methods;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod memoryview;
pub mod module;
pub mod native_attrs;
pub mod numbers;
pub mod pattern;
pub mod percent;
pub mod range;
pub mod repr;
pub mod sequence_ops;
pub mod set;
pub mod slice;
pub mod sort_keys;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod strlike;
pub mod struct_seq;
pub mod super_;
pub mod text_args;
pub mod tuple;
pub mod type_type;
pub mod typing;
pub mod union_type;

use crate::object::{Obj, Payload};
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use function::{NativeFn, NativeFunction};

/// The operand of a binary dunder called directly (`a.__ior__(b)`): the
/// second argument, or CPython's error for any other number of them.
pub fn dunder_operand<'a>(vm: &Vm, args: &'a function::Args) -> crate::error::PyResult<&'a Value> {
    match args.values {
        [_, operand] => Ok(operand),
        _ => Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.values.len().saturating_sub(1)
        ))),
    }
}

/// The instance a native descriptor's `__get__(obj, type=None)` reads
/// from; `None` when called through the class (`obj` is None), where
/// `__get__` gives back the descriptor itself.
pub fn descriptor_get_target<'a>(
    vm: &Vm,
    args: &'a function::Args,
) -> crate::error::PyResult<Option<&'a Value>> {
    crate::builtins::check_arity(vm, "__get__", args.values.len() - 1, 1, 2)?;
    let obj = &args.values[1];
    Ok((!obj.is_none()).then_some(obj))
}

/// Add a method implemented in Rust to type `t`.
pub fn add_method(vm: &Vm, t: &ObjRef, name: &str, f: NativeFn) {
    let qual = format!("{}.{}", tdata(t).name(), name);
    let func = Value::Obj(Obj::new(
        descriptor_class(vm, name),
        Payload::NativeFunction(NativeFunction {
            name: name.into(),
            qualname: qual.into(),
            func: f,
            self_: Value::Undef,
            module: None,
        }),
    ));
    dict::set_str(vm, &tdata(t).dict, name, func);
    crate::types::invalidate_caches();
}

/// The type CPython gives a builtin type's method `name`: slot dunders
/// (`__add__`, `__len__`, ...) are `wrapper_descriptor`s, the rest
/// `method_descriptor`s.
fn descriptor_class(vm: &Vm, name: &str) -> ObjRef {
    /// Dunders that are ordinary methods rather than type slots.
    const METHOD_DUNDERS: &[&str] = &[
        "__reduce__",
        "__reduce_ex__",
        "__sizeof__",
        "__format__",
        "__dir__",
        "__reversed__",
        "__length_hint__",
        "__getnewargs__",
        "__getnewargs_ex__",
        "__getstate__",
        "__setstate__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__copy__",
        "__deepcopy__",
        "__bytes__",
        "__complex__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__mro_entries__",
        "__instancecheck__",
        "__subclasscheck__",
        "__subclasses__",
        "__class_getitem__",
        "__init_subclass__",
        "__subclasshook__",
        "__prepare__",
        "__fspath__",
    ];
    let is_slot = name.len() > 4
        && name.starts_with("__")
        && name.ends_with("__")
        && !METHOD_DUNDERS.contains(&name);
    if is_slot {
        vm.types.wrapper_descriptor.clone()
    } else {
        vm.types.method_descriptor.clone()
    }
}

/// `f` as a plain `builtin_function_or_method` (what CPython shows for the
/// static and class methods of builtin types).
fn as_builtin_function(vm: &Vm, f: Value) -> Value {
    match f.payload() {
        Some(Payload::NativeFunction(nf)) => Value::Obj(Obj::new(
            vm.types.builtin_function.clone(),
            Payload::NativeFunction(nf.clone()),
        )),
        _ => f,
    }
}

/// Wrap an existing entry of `t`'s namespace in `staticmethod`.
pub fn mark_static(vm: &Vm, t: &ObjRef, name: &str) {
    if let Some(f) = dict::get_str(&tdata(t).dict, name) {
        let sm = Value::Obj(Obj::new(
            vm.types.staticmethod.clone(),
            Payload::StaticMethod(as_builtin_function(vm, f)),
        ));
        dict::set_str(vm, &tdata(t).dict, name, sm);
        crate::types::invalidate_caches();
    }
}

/// Wrap an existing entry of `t`'s namespace in `classmethod`.
pub fn mark_classmethod(vm: &Vm, t: &ObjRef, name: &str) {
    if let Some(f) = dict::get_str(&tdata(t).dict, name) {
        let cm = Value::Obj(Obj::new(
            vm.types.classmethod.clone(),
            Payload::ClassMethod(as_builtin_function(vm, f)),
        ));
        dict::set_str(vm, &tdata(t).dict, name, cm);
        crate::types::invalidate_caches();
    }
}

/// Builtin types that cannot be subclassed, as in CPython.
fn mark_final_types(vm: &Vm) {
    let t = &vm.types;
    let finals = [
        &t.range,
        &t.slice,
        &t.memoryview,
        &t.none,
        &t.not_implemented,
        &t.ellipsis,
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.code,
        &t.frame,
        &t.traceback,
        &t.cell,
        &t.generator,
        &t.coroutine,
        &t.async_generator,
        &t.mappingproxy,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.method_wrapper,
        &t.member_descriptor,
        &t.getset_descriptor,
        &t.union_type,
    ];
    for final_type in finals {
        tdata(final_type).base_ok.set(false);
    }
}

/// Register the methods of every builtin type.
pub fn install_builtin_types(vm: &mut Vm) {
    type_type::install(vm);
    exception::install(vm);
    exception_group::install(vm);
    dict::install(vm);
    list::install(vm);
    tuple::install(vm);
    set::install(vm);
    range::install(vm);
    slice::install(vm);
    typing::install(vm);
    union_type::install(vm);
    mark_final_types(vm);
    member::install(vm);
    getset::install(vm);
    dict_views::install(vm);
    bytes::install(vm);
    memoryview::install(vm);
    iterators::install(vm);
    generator::install(vm);
    async_gen::install(vm);
    descriptors::install(vm);
    numbers::install(vm);
    str_methods::install(vm);
    module::install(vm);
    mappingproxy::install(vm);
}
