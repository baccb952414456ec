//! `repr()` and `format()` of builtin objects, with CPython's recursion
//! markers (`[...]`) and a depth guard so deeply nested containers raise
//! `RecursionError` instead of overflowing the Rust stack.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{DictViewKind, Payload};
use crate::objects::{dict, float, float_methods, int, int_methods, numbers};
use crate::types::tdata;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use ferropy_text::format_spec;
use std::borrow::Cow;

/// `<module.Type object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let t = vm.type_of(v);
    let td = tdata(&t);
    let module = dict::get_str(&td.dict, "__module__")
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_else(|| "builtins".into());
    let qual = td.qualname.borrow().clone();
    let name = if module == "builtins" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    format!("<{} object at {:#x}>", name, v.id())
}

/// Run `f` for container `v`, returning `marker` if `v` is already being printed.
fn guarded(
    vm: &mut Vm,
    v: &Value,
    marker: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    let id = v.id() as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(marker.to_string());
    }
    if vm.repr_guard.len() >= crate::vm::C_RECURSION_LIMIT {
        return Err(vm.new_exc(
            Exc::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    vm.repr_guard.push(id);
    let r = f(vm);
    vm.repr_guard.pop();
    r
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(vm.repr(it)?);
    }
    Ok(parts.join(", "))
}

/// `repr` of a builtin object; `None` if the type has no native repr.
pub fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let o = match v {
        Value::None => return Ok(Some("None".into())),
        Value::True => return Ok(Some("True".into())),
        Value::False => return Ok(Some("False".into())),
        Value::Int(i) => return Ok(Some(i.to_string())),
        Value::FloatBits(bits) => {
            return Ok(Some(ferropy_text::float_repr::float_repr(f64::from_bits(
                *bits,
            ))))
        }
        Value::Undef => return Ok(Some("<undefined>".into())),
        Value::Obj(o) => o,
    };
    let s = match &o.payload {
        Payload::Str(s) => ferropy_text::str_repr::str_repr(s.as_str()),
        Payload::Int(_) => int::int_to_str(vm, v)?,
        Payload::Float(f) => ferropy_text::float_repr::float_repr(*f),
        Payload::Complex(r, i) => crate::objects::complex::complex_repr(*r, *i),
        Payload::Bytes(b) => ferropy_text::str_repr::bytes_repr(b),
        Payload::ByteArray(b) => {
            ferropy_text::str_repr::bytearray_repr(&vm.type_name(v), &b.borrow())
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            guarded(vm, v, "[...]", |vm| {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })?
        }
        Payload::Tuple(t) => match crate::objects::struct_seq::repr(vm, v) {
            Some(r) => r?,
            None => {
                let items = t.to_vec();
                guarded(vm, v, "(...)", |vm| {
                    let inner = join_reprs(vm, &items)?;
                    Ok(if items.len() == 1 {
                        format!("({inner},)")
                    } else {
                        format!("({inner})")
                    })
                })?
            }
        },
        Payload::Dict(_) => {
            let items = dict::items(o);
            guarded(vm, v, "{...}", |vm| {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Payload::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().cloned().collect();
            let frozen = o.class_is(&vm.types.frozenset);
            let name = tdata(&o.class()).name();
            guarded(vm, v, &format!("{name}(...)"), |vm| {
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let inner = join_reprs(vm, &items)?;
                Ok(if frozen || name != "set" {
                    format!("{name}({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                })
            })?
        }
        Payload::Range(r) => crate::objects::range::repr(vm, r)?,
        Payload::Slice(a, b, c) => {
            format!("slice({}, {}, {})", vm.repr(a)?, vm.repr(b)?, vm.repr(c)?)
        }
        Payload::Type(t) => {
            let module = dict::get_str(&t.dict, "__module__")
                .and_then(|m| m.as_str().map(str::to_string))
                .unwrap_or_else(|| "builtins".into());
            let q = t.qualname.borrow().clone();
            if module == "builtins" {
                format!("<class '{q}'>")
            } else {
                format!("<class '{module}.{q}'>")
            }
        }
        Payload::Function(f) => format!(
            "<function {} at {:#x}>",
            crate::objects::function::qualname(f),
            v.id()
        ),
        Payload::NativeFunction(nf) => {
            let class = v.as_obj().map(|o| o.class());
            let owner = nf.qualname.rsplit_once('.').map_or("?", |(o, _)| o);
            let is = |t: &crate::value::ObjRef| {
                class.as_ref().is_some_and(|c| std::rc::Rc::ptr_eq(c, t))
            };
            if is(&vm.types.method_descriptor) {
                format!("<method '{}' of '{owner}' objects>", nf.name)
            } else if is(&vm.types.wrapper_descriptor) {
                format!("<slot wrapper '{}' of '{owner}' objects>", nf.name)
            } else if is(&vm.types.method_wrapper) {
                format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    nf.name,
                    vm.type_name(&nf.self_),
                    nf.self_.id()
                )
            } else if nf.self_.is_undef() || matches!(nf.self_.payload(), Some(Payload::Module)) {
                format!("<built-in function {}>", nf.name)
            } else {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    nf.name,
                    vm.type_name(&nf.self_),
                    nf.self_.id()
                )
            }
        }
        Payload::BoundMethod(f, s) => {
            let fname = match f.payload() {
                Some(Payload::Function(func)) => crate::objects::function::qualname(func),
                Some(Payload::NativeFunction(nf)) => {
                    return Ok(Some(format!(
                        "<built-in method {} of {} object at {:#x}>",
                        nf.name,
                        vm.type_name(s),
                        s.id()
                    )))
                }
                _ => "?".into(),
            };
            format!("<bound method {} of {}>", fname, vm.repr(s)?)
        }
        Payload::Module => {
            let name = crate::objects::module::module_name(vm, v);
            match o.dict().and_then(|d| dict::get_str(&d, "__file__")) {
                Some(f) if f.as_str().is_some() => {
                    format!("<module '{}' from '{}'>", name, f.as_str().unwrap())
                }
                _ if is_builtin_module(vm, &name) => format!("<module '{name}' (built-in)>"),
                _ => format!("<module '{name}'>"),
            }
        }
        Payload::Exception(_) => crate::objects::exception::exc_repr(vm, o)?,
        Payload::Cell(c) => {
            let inner = c.borrow().clone();
            if inner.is_undef() {
                format!("<cell at {:#x}: empty>", v.id())
            } else {
                format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    v.id(),
                    vm.type_name(&inner),
                    inner.id()
                )
            }
        }
        Payload::Generator(_) => {
            let kind = tdata(&o.class()).name();
            format!(
                "<{} object {} at {:#x}>",
                kind,
                crate::objects::generator::qualname(o),
                v.id()
            )
        }
        Payload::DictView(d, kind) => {
            let name = match kind {
                DictViewKind::Keys => "dict_keys",
                DictViewKind::Values => "dict_values",
                DictViewKind::Items => "dict_items",
            };
            let items = vm.view_items(d, *kind);
            guarded(vm, v, "...", |vm| {
                Ok(format!("{name}([{}])", join_reprs(vm, &items)?))
            })?
        }
        Payload::MappingProxy(d) => format!("mappingproxy({})", vm.repr(&Value::Obj(d.clone()))?),
        Payload::Property(_) => format!("<property object at {:#x}>", v.id()),
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            v.id(),
            c.code.filename,
            c.code.first_line
        ),
        Payload::GenericAlias(origin, args) if origin.is(&Value::Obj(vm.types.unpack.clone())) => {
            let items = crate::objects::tuple::items(args);
            format!("*{}", type_repr_short(vm, &items[0])?)
        }
        Payload::GenericAlias(origin, args) => {
            let o_r = type_repr_short(vm, origin)?;
            let items = crate::objects::tuple::items(args);
            let mut parts = Vec::new();
            for a in &items {
                parts.push(type_repr_short(vm, a)?);
            }
            format!("{}[{}]", o_r, parts.join(", "))
        }
        Payload::Union(args) => crate::objects::union_type::repr_args(vm, args)?,
        Payload::TypeParam(p) => p.name.clone(),
        Payload::Member(m) => format!("<member '{}' of '{}' objects>", m.name, m.owner),
        Payload::GetSet(g) => format!("<attribute '{}' of '{}' objects>", g.name, g.owner),
        Payload::TypeAlias(a) => a.name.clone(),
        Payload::Instance => {
            if v.is(&vm.not_implemented) {
                "NotImplemented".into()
            } else if v.is(&vm.ellipsis) {
                "Ellipsis".into()
            } else if v.is(&vm.no_default) {
                "typing.NoDefault".into()
            } else {
                return Ok(None);
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(s))
}

/// How `typing` shows a type in generic aliases: `int`, `mod.Cls`, `...`.
/// A builtin type's name as CPython's C-level name shows it in messages:
/// `range`, `types.UnionType`.
pub fn type_name_with_module(t: &crate::value::ObjRef) -> String {
    let td = tdata(t);
    match dict::get_str(&td.dict, "__module__")
        .as_ref()
        .and_then(Value::as_str)
    {
        Some(m) if m != "builtins" => format!("{m}.{}", td.name()),
        _ => td.name(),
    }
}

/// How a type appears inside a generic alias or union: `int`,
/// `collections.OrderedDict`, `...`, or the repr of anything else.
pub fn type_repr_short(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(Payload::Type(t)) = v.payload() {
        let module = dict::get_str(&t.dict, "__module__")
            .and_then(|m| m.as_str().map(str::to_string))
            .unwrap_or_else(|| "builtins".into());
        let q = t.qualname.borrow().clone();
        return Ok(if module == "builtins" {
            q
        } else {
            format!("{module}.{q}")
        });
    }
    if v.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    vm.repr(v)
}

/// The type name shown in `format()` errors: borrowed for the builtin
/// types (whose names cannot change), so that formatting their values
/// does not allocate it.
fn format_type_name(vm: &Vm, v: &Value) -> Cow<'static, str> {
    let builtin =
        |t: &ObjRef, name: &'static str| v.as_obj().is_some_and(|o| o.class_is(t)).then_some(name);
    let name = match v {
        Value::Int(_) => Some("int"),
        Value::FloatBits(_) => Some("float"),
        Value::False | Value::True => Some("bool"),
        _ => builtin(&vm.types.str_, "str")
            .or_else(|| builtin(&vm.types.int, "int"))
            .or_else(|| builtin(&vm.types.float, "float")),
    };
    match name {
        Some(name) => Cow::Borrowed(name),
        None => Cow::Owned(vm.type_name(v)),
    }
}

/// `format(v, spec)` for builtin numbers and strings; `None` otherwise.
pub fn builtin_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    if let Some(s) = v.as_str() {
        let type_name = format_type_name(vm, v);
        let fs = format_spec::parse_format_spec(spec, &type_name).map_err(|m| vm.value_error(m))?;
        return format_spec::format_str(s, &fs, &type_name)
            .map(Some)
            .map_err(|e| numbers::format_error(vm, e));
    }
    if let (Some(b), true) = (v.as_bool(), spec.is_empty()) {
        return Ok(Some(if b { "True" } else { "False" }.into()));
    }
    if let Some(n) = int::int_value(v) {
        return int_methods::format_int_value(vm, n, &format_type_name(vm, v), spec).map(Some);
    }
    if let Some(f) = float::to_f64(v) {
        return float_methods::format_float_value(vm, f, &format_type_name(vm, v), spec).map(Some);
    }
    if spec.is_empty() {
        return Ok(Some(vm.str_of(v)?));
    }
    if matches!(v.payload(), Some(Payload::Complex(..))) {
        return crate::objects::complex::format_complex_value(vm, v, spec).map(Some);
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {}.__format__",
        vm.type_name(v)
    )))
}

/// Whether `name` is one of ferropy's builtin (native) modules.
fn is_builtin_module(vm: &Vm, name: &str) -> bool {
    matches!(name, "sys" | "builtins" | "__main__") || vm.native_modules.contains_key(name)
}
