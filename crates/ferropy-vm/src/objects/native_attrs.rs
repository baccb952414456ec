//! Attributes of builtin objects that live in their native state rather
//! than in a `__dict__` (`f.__name__`, `exc.args`, `code.co_name`, ...).

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::{dict, exception, function, int};
use crate::types::tdata;
use crate::value::Value;
use crate::vm::Vm;

/// Read a native attribute; `Ok(None)` if `name` is not one for this object.
pub fn get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(obj))));
    }
    let Value::Obj(o) = obj else {
        return Ok(number_attr(vm, obj, name));
    };
    if name == "__dict__" {
        if let Some(t) = o.as_type() {
            return Ok(Some(Value::Obj(Obj::new(
                vm.types.mappingproxy.clone(),
                Payload::MappingProxy(t.dict.clone()),
            ))));
        }
        if let Some(d) = &o.dict() {
            let class = o.class();
            let td = tdata(&class);
            if td.slots.is_some() && !td.instance_dict {
                return Ok(None);
            }
            return Ok(Some(Value::Obj(d.clone())));
        }
    }
    Ok(match &o.payload {
        Payload::Type(t) => match name {
            "__name__" => Some(vm.new_str(t.name())),
            "__qualname__" => Some(vm.new_str(t.qualname.borrow().clone())),
            "__mro__" => Some(
                vm.new_tuple(
                    crate::types::mro_of(o)
                        .into_iter()
                        .map(Value::Obj)
                        .collect(),
                ),
            ),
            "__bases__" => {
                Some(vm.new_tuple(t.bases.borrow().iter().cloned().map(Value::Obj).collect()))
            }
            "__base__" => Some(
                t.bases
                    .borrow()
                    .first()
                    .cloned()
                    .map(Value::Obj)
                    .unwrap_or(Value::None),
            ),
            "__module__" => {
                Some(dict::get_str(&t.dict, "__module__").unwrap_or_else(|| vm.new_str("builtins")))
            }
            "__doc__" => Some(dict::get_str(&t.dict, "__doc__").unwrap_or(Value::None)),
            "__annotations__" if t.is_heap => {
                let a = dict::get_str(&t.dict, "__annotations__").unwrap_or_else(|| {
                    let d = Value::Obj(vm.new_dict());
                    dict::set_str(vm, &t.dict, "__annotations__", d.clone());
                    crate::types::invalidate_caches();
                    d
                });
                Some(a)
            }
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__code__" => Some(Value::Obj(Obj::new(
                vm.types.code.clone(),
                Payload::Code(f.code.clone()),
            ))),
            "__defaults__" => Some(f.defaults.borrow().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__builtins__" => Some(Value::Obj(f.builtins.clone())),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                vm.new_tuple(f.closure.to_vec())
            }),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__annotations__" => {
                let a = f.annotations.borrow().clone();
                Some(if a.is_none() {
                    let d = Value::Obj(vm.new_dict());
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    a
                })
            }
            "__type_params__" => Some(f.type_params.borrow().clone()),
            _ => None,
        },
        Payload::NativeFunction(nf) => match name {
            "__name__" => Some(vm.new_str(nf.name.to_string())),
            "__qualname__" => Some(vm.new_str(nf.qualname.to_string())),
            "__self__" => Some(if nf.self_.is_undef() {
                Value::None
            } else {
                nf.self_.clone()
            }),
            "__module__" => Some(
                nf.module
                    .as_ref()
                    .map(|m| vm.new_str(m.to_string()))
                    .unwrap_or(Value::None),
            ),
            "__doc__" => Some(crate::docs::native_function_doc(vm, nf)),
            _ => None,
        },
        Payload::BoundMethod(f, s) => match name {
            "__self__" => Some(s.clone()),
            "__func__" => Some(f.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__type_params__" => {
                Some(vm.getattr_str(f, name)?)
            }
            _ => None,
        },
        Payload::Exception(_) => exception::get_native_attr(vm, o, name),
        Payload::Generator(g) => {
            let g = g.borrow();
            match name {
                "__name__" => Some(g.name.clone()),
                "__qualname__" => Some(g.qualname.clone()),
                "gi_running" | "cr_running" => Some(Value::Bool(g.running)),
                "gi_code" | "cr_code" => Some(Value::Obj(Obj::new(
                    vm.types.code.clone(),
                    Payload::Code(g.code.clone()),
                ))),
                "gi_frame" | "cr_frame" => Some(match &g.frame {
                    Some(f) => crate::objects::frame_obj::for_suspended(vm, f),
                    None => Value::None,
                }),
                "gi_yieldfrom" | "cr_await" => Some(Value::None),
                "gi_suspended" => Some(Value::Bool(g.started && g.frame.is_some() && !g.running)),
                _ => None,
            }
        }
        Payload::Code(c) => code_attr(vm, c, name),
        Payload::Frame(f) => match name {
            "f_code" => Some(Value::Obj(Obj::new(
                vm.types.code.clone(),
                Payload::Code(f.code.clone()),
            ))),
            "f_lineno" => Some(Value::Int(f.lineno as i64)),
            "f_globals" => Some(Value::Obj(f.globals.clone())),
            "f_locals" => Some(if f.locals.is_none() {
                Value::Obj(vm.new_dict())
            } else {
                f.locals.clone()
            }),
            "f_back" => Some(f.back.clone()),
            "f_builtins" => Some(Value::Obj(vm.builtins_dict())),
            _ => None,
        },
        Payload::Traceback(t) => match name {
            "tb_frame" => Some(Value::Obj(t.frame.clone())),
            "tb_lineno" => Some(Value::Int(t.lineno as i64)),
            "tb_next" => Some(t.next.borrow().clone()),
            "tb_lasti" => Some(Value::Int(0)),
            _ => None,
        },
        Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) => number_attr(vm, obj, name),
        Payload::Property(p) => match name {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.clone()),
            _ => None,
        },
        Payload::Slice(a, b, c) => match name {
            "start" => Some(a.clone()),
            "stop" => Some(b.clone()),
            "step" => Some(c.clone()),
            _ => None,
        },
        Payload::Range(r) => {
            let [start, stop, step] = r.parts(vm);
            match name {
                "start" => Some(start),
                "stop" => Some(stop),
                "step" => Some(step),
                _ => None,
            }
        }
        Payload::Cell(c) if name == "cell_contents" => {
            let v = c.borrow().clone();
            if v.is_undef() {
                return Err(vm.value_error("Cell is empty"));
            }
            Some(v)
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__name__" | "__qualname__" | "__doc__" => Some(vm.getattr_str(f, name)?),
            "__isabstractmethod__" => Some(Value::Bool(false)),
            _ => None,
        },
        Payload::Super(t, s) => match name {
            "__thisclass__" => Some(t.clone()),
            "__self__" => Some(s.clone()),
            "__self_class__" => Some(Value::Obj(vm.type_of(s))),
            _ => None,
        },
        Payload::TypeParam(p) => return crate::objects::typing::type_param_attr(vm, p, name),
        Payload::TypeAlias(a) => return crate::objects::typing::type_alias_attr(vm, a, name),
        Payload::MemoryView(_) => match crate::objects::memoryview::attr(vm, obj, name) {
            Some(r) => Some(r?),
            None => None,
        },
        Payload::DictView(d, _) if name == "mapping" => Some(Value::Obj(Obj::new(
            vm.types.mappingproxy.clone(),
            Payload::MappingProxy(d.clone()),
        ))),
        Payload::GenericAlias(origin, args) => match name {
            "__origin__" => Some(origin.clone()),
            "__args__" => Some(args.clone()),
            _ => None,
        },
        Payload::Union(args) => match name {
            "__args__" => Some(args.clone()),
            "__parameters__" => {
                let items = crate::objects::tuple::items(args);
                let params = items
                    .into_iter()
                    .filter(|a| matches!(a.payload(), Some(Payload::TypeParam(_))));
                Some(vm.new_tuple(params.collect()))
            }
            _ => None,
        },
        _ => None,
    })
}

fn number_attr(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    if int::is_int(v) {
        let as_int = || match v {
            Value::False => Value::Int(0),
            Value::True => Value::Int(1),
            _ => int::from_bigint(vm, int::to_bigint(v).unwrap()),
        };
        return match name {
            "real" | "numerator" => Some(as_int()),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        };
    }
    if let Some(f) = crate::objects::float::to_f64(v) {
        return match name {
            "real" => Some(Value::Float(f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        };
    }
    if let Some(Payload::Complex(r, i)) = v.payload() {
        return match name {
            "real" => Some(Value::Float(*r)),
            "imag" => Some(Value::Float(*i)),
            _ => None,
        };
    }
    None
}

fn code_attr(vm: &Vm, c: &crate::vmcode::VmCode, name: &str) -> Option<Value> {
    let co = &c.code;
    let strs = |v: &[std::rc::Rc<str>]| {
        vm.new_tuple(v.iter().map(|s| vm.new_str(s.to_string())).collect())
    };
    Some(match name {
        "co_name" => vm.new_str(co.name.to_string()),
        "co_qualname" => vm.new_str(co.qualname.to_string()),
        "co_filename" => vm.new_str(co.filename.to_string()),
        "co_firstlineno" => Value::Int(co.first_line as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_flags" => Value::Int(co.flags as i64),
        "co_varnames" => strs(&co.varnames),
        "co_cellvars" => strs(&co.cellvars),
        "co_freevars" => strs(&co.freevars),
        "co_names" => strs(&co.names),
        "co_nlocals" => Value::Int(co.varnames.len() as i64),
        "co_consts" => vm.new_tuple(c.consts.to_vec()),
        _ => return None,
    })
}

/// `obj.__dict__ = value`, or for `None` `del obj.__dict__` (which gives
/// the object a new empty dict, as CPython 3.13 does).
fn assign_dict(vm: &Vm, o: &Obj, value: Option<Value>) -> PyResult<()> {
    if matches!(o.payload, Payload::Module) {
        return Err(vm.new_exc(crate::exc_kinds::Exc::AttributeError, "readonly attribute"));
    }
    let new = match value {
        None => vm.new_dict(),
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => d,
        Some(v) => {
            return Err(vm.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                vm.type_name(&v)
            )))
        }
    };
    // The old dict is dropped only after the slot holds the new one.
    let old = o.replace_dict(new);
    drop(old);
    Ok(())
}

/// Write a native attribute; `None` if `name` is not one for this object.
pub fn set(vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> Option<PyResult<()>> {
    if name == "__class__" {
        return Some(super::class_assignment::assign(vm, obj, value));
    }
    let Value::Obj(o) = obj else { return None };
    if name == "__dict__" && o.as_type().is_some() {
        let message = "attribute '__dict__' of 'type' objects is not writable";
        return Some(Err(
            vm.new_exc(crate::exc_kinds::Exc::AttributeError, message)
        ));
    }
    if name == "__dict__" && o.has_dict() {
        return Some(assign_dict(vm, o, value));
    }
    match &o.payload {
        Payload::Function(f) => {
            let v = value.unwrap_or(Value::None);
            let must_be = match name {
                "__code__" => Some(("code object", matches!(v.payload(), Some(Payload::Code(_))))),
                "__defaults__" => Some((
                    "tuple object",
                    v.is_none() || matches!(v.payload(), Some(Payload::Tuple(_))),
                )),
                "__kwdefaults__" | "__annotations__" => Some((
                    "dict object",
                    v.is_none() || matches!(v.payload(), Some(Payload::Dict(_))),
                )),
                "__type_params__" => {
                    Some(("tuple", matches!(v.payload(), Some(Payload::Tuple(_)))))
                }
                _ => None,
            };
            if let Some((kind, false)) = must_be {
                return Some(Err(vm.type_error(format!("{name} must be set to a {kind}"))));
            }
            if name == "__code__" {
                return Some(Err(
                    vm.not_implemented_error("assigning __code__ is not supported yet")
                ));
            }
            let slot = match name {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__defaults__" => &f.defaults,
                "__kwdefaults__" => &f.kwdefaults,
                "__doc__" => &f.doc,
                "__module__" => &f.module,
                "__annotations__" => &f.annotations,
                "__type_params__" => &f.type_params,
                _ => return None,
            };
            *slot.borrow_mut() = v;
            Some(Ok(()))
        }
        Payload::Type(t) => match name {
            "__name__" => {
                let v = value.unwrap_or(Value::None);
                match v.as_str() {
                    Some(s) => {
                        *t.name.borrow_mut() = s.to_string();
                        Some(Ok(()))
                    }
                    None => Some(Err(vm.type_error(format!(
                        "can only assign string to {}.__name__, not '{}'",
                        t.name(),
                        vm.type_name(&v)
                    )))),
                }
            }
            "__qualname__" => {
                let v = value.unwrap_or(Value::None);
                *t.qualname.borrow_mut() = v.as_str().unwrap_or("").to_string();
                Some(Ok(()))
            }
            _ => None,
        },
        Payload::Exception(_) => {
            exception::set_native_attr(vm, o, name, value.unwrap_or(Value::None))
        }
        _ => {
            let _ = (tdata, function::cell_get);
            None
        }
    }
}
