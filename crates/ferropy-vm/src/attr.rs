//! Attribute access: `getattr`, `setattr`, `delattr` with descriptors, the
//! instance `__dict__`, `__getattr__`, and `load_method` for calls that avoid
//! creating bound methods.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::objects::dict;
use crate::types::{self, tdata};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The text and (cached) hash of an attribute name.
fn name_parts(name: &Value) -> (&str, i64) {
    match crate::objects::str::pystr(name) {
        Some(p) => (p.as_str(), p.hash()),
        None => ("", 0),
    }
}

impl Vm {
    /// Look `name` up on the type of `v` (no instance dict, no binding).
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Obj(o) => types::lookup(&o.class(), name),
            _ => types::lookup(&self.type_of(v), name),
        }
    }

    /// `lookup_special` that skips `object`'s defaults.
    pub fn special_method(&self, v: &Value, name: &str) -> Option<Value> {
        self.lookup_special(v, name)
    }

    /// Bind a function found on a type to an instance.
    pub fn bind(&self, f: &Value, obj: &Value) -> Value {
        match f.payload() {
            Some(Payload::Function(_)) => self.new_bound(f.clone(), obj.clone()),
            Some(Payload::NativeFunction(nf)) if nf.self_.is_undef() => {
                self.new_bound(f.clone(), obj.clone())
            }
            Some(Payload::StaticMethod(inner)) => inner.clone(),
            Some(Payload::ClassMethod(inner)) => {
                self.new_bound(inner.clone(), Value::Obj(self.type_of(obj)))
            }
            _ => f.clone(),
        }
    }

    /// Bind a class-level attribute found when looking up on a class.
    pub fn bind_class(&self, f: &Value, cls: &Value) -> Value {
        match f.payload() {
            Some(Payload::ClassMethod(inner)) => self.new_bound(inner.clone(), cls.clone()),
            Some(Payload::StaticMethod(inner)) => inner.clone(),
            _ => f.clone(),
        }
    }

    /// A new bound method (`builtin_function_or_method` for builtins).
    pub fn new_bound(&self, f: Value, obj: Value) -> Value {
        if let Some(Payload::NativeFunction(nf)) = f.payload() {
            if nf.self_.is_undef() {
                let class = match f.as_obj() {
                    Some(o) if o.class_is(&self.types.wrapper_descriptor) => {
                        self.types.method_wrapper.clone()
                    }
                    _ => self.types.builtin_function.clone(),
                };
                return Value::Obj(Obj::new(
                    class,
                    Payload::NativeFunction(crate::objects::function::NativeFunction {
                        name: nf.name.clone(),
                        qualname: nf.qualname.clone(),
                        func: nf.func,
                        self_: obj,
                        module: nf.module.clone(),
                    }),
                ));
            }
        }
        Value::Obj(Obj::new(
            self.types.method.clone(),
            Payload::BoundMethod(f, obj),
        ))
    }

    /// `getattr(obj, name)` with a `&str` name.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-style: `None` on AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&Value::Obj(e.0.clone()), Exc::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let (name_s, _) = name_parts(name);
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                // A metaclass may define `__getattribute__` in Python.
                let meta = o.class();
                if tdata(&meta).is_heap {
                    let sp = types::specials(&meta, &self.types.object);
                    if let Some(ga) = &sp.custom_getattribute {
                        return self.call_with_getattr_fallback(&meta, obj, ga, name);
                    }
                }
                return self.type_getattr(o, name_s);
            }
            if let Payload::Super(..) = o.payload {
                if name_s != "__class__" {
                    if let Some(v) = crate::objects::super_::super_getattr(self, o, name_s)? {
                        return Ok(v);
                    }
                }
            }
        }
        let t = self.type_of(obj);
        if tdata(&t).is_heap {
            let sp = types::specials(&t, &self.types.object);
            if let Some(ga) = &sp.custom_getattribute {
                return self.call_with_getattr_fallback(&t, obj, ga, name);
            }
            // `__getattr__` runs when the generic lookup finds nothing or
            // raises AttributeError (say, from a property getter).
            return match (self.generic_getattr_name(obj, &t, name), &sp.getattr) {
                (Ok(Some(v)), _) => Ok(v),
                (Ok(None), None) => Err(self.attribute_error(obj, name_s)),
                (Ok(None), Some(g)) => self.call(&self.bind(g, obj), vec![name.clone()], &[]),
                (Err(e), Some(g)) if self.is_exc(&Value::Obj(e.0.clone()), Exc::AttributeError) => {
                    self.call(&self.bind(g, obj), vec![name.clone()], &[])
                }
                (Err(e), _) => Err(e),
            };
        }
        match self.generic_getattr_name(obj, &t, name)? {
            Some(v) => Ok(v),
            None => self.getattr_fallback(&t, obj, name),
        }
    }

    fn call_with_getattr_fallback(
        &mut self,
        t: &ObjRef,
        obj: &Value,
        ga: &Value,
        name: &Value,
    ) -> PyResult<Value> {
        match self.call(&self.bind(ga, obj), vec![name.clone()], &[]) {
            Err(e) if self.is_exc(&Value::Obj(e.0.clone()), Exc::AttributeError) => {
                if let Some(g) = types::lookup(t, "__getattr__") {
                    return self.call(&self.bind(&g, obj), vec![name.clone()], &[]);
                }
                Err(e)
            }
            r => r,
        }
    }

    fn getattr_fallback(&mut self, t: &ObjRef, obj: &Value, name: &Value) -> PyResult<Value> {
        if let Some(g) = types::lookup(t, "__getattr__") {
            return self.call(&self.bind(&g, obj), vec![name.clone()], &[]);
        }
        // PEP 562: a module's own `__getattr__` function.
        if let Value::Obj(o) = obj {
            if let (Payload::Module, Some(d)) = (&o.payload, &o.dict()) {
                if let Some(g) = dict::get_str(d, "__getattr__") {
                    return self.call(&g, vec![name.clone()], &[]);
                }
            }
        }
        Err(self.attribute_error(obj, name.as_str().unwrap_or("")))
    }

    /// `generic_getattr` for a name `str` object (uses the identity-keyed cache).
    pub fn generic_getattr_name(
        &mut self,
        obj: &Value,
        t: &ObjRef,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        let (name_s, hash) = name_parts(name);
        let descr = types::lookup_name(t, name);
        self.generic_getattr_with(obj, t, name_s, hash, descr)
    }

    /// `object.__getattribute__`: descriptors, native attributes, `__dict__`.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        t: &ObjRef,
        name: &str,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let descr = types::lookup(t, name);
        self.generic_getattr_with(obj, t, name, hash, descr)
    }

    fn generic_getattr_with(
        &mut self,
        obj: &Value,
        t: &ObjRef,
        name: &str,
        hash: i64,
        descr: Option<Value>,
    ) -> PyResult<Option<Value>> {
        if let Some(d) = &descr {
            if let Some(v) = self.data_descriptor_get(d, obj, t, name)? {
                return Ok(Some(v));
            }
        }
        if let Some(v) = crate::objects::native_attrs::get(self, obj, name)? {
            return Ok(Some(v));
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = &o.dict() {
                if let Some(v) = dict::get_str_hashed(d, name, hash) {
                    return Ok(Some(v));
                }
            }
        }
        match descr {
            Some(d) => Ok(Some(self.descriptor_get(d, obj, t)?)),
            None => Ok(None),
        }
    }

    /// If `d` is a data descriptor (property or a class with `__set__`/`__delete__`), get through it.
    fn data_descriptor_get(
        &mut self,
        d: &Value,
        obj: &Value,
        t: &ObjRef,
        name: &str,
    ) -> PyResult<Option<Value>> {
        match d.payload() {
            Some(Payload::Member(m)) => return crate::objects::member::get(self, m, obj).map(Some),
            Some(Payload::GetSet(g)) => return crate::objects::getset::get(self, g, obj).map(Some),
            // A property subclass may override `__get__`: generic path below.
            Some(Payload::Property(p)) if !is_heap_instance(d) => {
                if p.fget.is_none() {
                    return Err(self.new_exc(
                        Exc::AttributeError,
                        format!(
                            "property '{name}' of '{}' object has no getter",
                            self.type_name(obj)
                        ),
                    ));
                }
                let fget = p.fget.clone();
                return Ok(Some(self.call(&fget, vec![obj.clone()], &[])?));
            }
            Some(Payload::Function(_) | Payload::NativeFunction(_) | Payload::Str(_)) | None => {
                return Ok(None)
            }
            _ => {}
        }
        let dt = self.type_of(d);
        if !tdata(&dt).is_heap {
            return Ok(None);
        }
        if types::lookup(&dt, "__set__").is_some() || types::lookup(&dt, "__delete__").is_some() {
            if let Some(get) = types::lookup(&dt, "__get__") {
                let r = self.call(
                    &self.bind(&get, d),
                    vec![obj.clone(), Value::Obj(t.clone())],
                    &[],
                )?;
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Non-data descriptor protocol for a class attribute found on an instance.
    fn descriptor_get(&mut self, d: Value, obj: &Value, t: &ObjRef) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => return Ok(self.new_bound(d, obj.clone())),
            Some(Payload::NativeFunction(nf)) if nf.self_.is_undef() => {
                return Ok(self.new_bound(d, obj.clone()))
            }
            Some(Payload::StaticMethod(inner)) => return Ok(inner.clone()),
            Some(Payload::ClassMethod(inner)) => {
                return Ok(self.new_bound(inner.clone(), Value::Obj(t.clone())))
            }
            Some(
                Payload::NativeFunction(_)
                | Payload::Str(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::List(_),
            )
            | None => return Ok(d),
            _ => {}
        }
        let dt = self.type_of(&d);
        if tdata(&dt).is_heap {
            if let Some(get) = types::lookup(&dt, "__get__") {
                return self.call(
                    &self.bind(&get, &d),
                    vec![obj.clone(), Value::Obj(t.clone())],
                    &[],
                );
            }
        }
        Ok(d)
    }

    /// Attribute lookup on a type object.
    pub(crate) fn type_getattr(&mut self, tobj: &ObjRef, name: &str) -> PyResult<Value> {
        let tv = Value::Obj(tobj.clone());
        let meta = &tobj.class();
        let meta_descr = types::lookup(meta, name);
        if let Some(d) = &meta_descr {
            if let Some(v) = self.data_descriptor_get(d, &tv, meta, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = crate::objects::native_attrs::get(self, &tv, name)? {
            return Ok(v);
        }
        if let Some(attr) = types::lookup(tobj, name) {
            return match attr.payload() {
                Some(Payload::ClassMethod(inner)) => Ok(self.new_bound(inner.clone(), tv)),
                Some(Payload::StaticMethod(inner)) => Ok(inner.clone()),
                Some(Payload::Function(_) | Payload::NativeFunction(_) | Payload::Property(_))
                | None => Ok(attr),
                _ => {
                    let at = self.type_of(&attr);
                    if tdata(&at).is_heap {
                        if let Some(get) = types::lookup(&at, "__get__") {
                            return self.call(&self.bind(&get, &attr), vec![Value::None, tv], &[]);
                        }
                    }
                    Ok(attr)
                }
            };
        }
        if let Some(d) = meta_descr {
            return self.descriptor_get(d, &tv, meta);
        }
        if tdata(meta).is_heap {
            if let Some(g) = types::lookup(meta, "__getattr__") {
                let n = self.new_str(name);
                return self.call(&self.bind(&g, &tv), vec![n], &[]);
            }
        }
        Err(self.attribute_error(&tv, name))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if tdata(&t).is_heap {
            if let Some(sa) = &types::specials(&t, &self.types.object).custom_setattr {
                self.call(&self.bind(sa, obj), vec![name.clone(), value], &[])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if tdata(&t).is_heap {
            if let Some(da) = &types::specials(&t, &self.types.object).custom_delattr {
                self.call(&self.bind(da, obj), vec![name.clone()], &[])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value `None` = delete).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name_v: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let (name, hash) = name_parts(name_v);
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                return self.type_setattr(o, name, value);
            }
        }
        let t = self.type_of(obj);
        if let Some(d) = types::lookup_name(&t, name_v) {
            if self.data_descriptor_set(&d, obj, value.clone(), name)? {
                return Ok(());
            }
        }
        if let Some(r) = crate::objects::native_attrs::set(self, obj, name, value.clone()) {
            return r;
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = &o.dict() {
                if !tdata(&t).instance_dict
                    && tdata(&t).slots.is_some()
                    && !matches!(
                        types::lookup_name(&t, name_v)
                            .as_ref()
                            .and_then(|m| m.payload()),
                        Some(Payload::Member(..))
                    )
                {
                    return Err(self.new_exc(
                        Exc::AttributeError,
                        format!(
                            "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                            tdata(&t).name(),
                            name
                        ),
                    ));
                }
                return match value {
                    Some(v) => {
                        let hint = std::cell::Cell::new(0);
                        if let Err(v) = dict::set_str_key(d, name_v, hash, v, &hint) {
                            dict::set_item(self, d, name_v.clone(), v)?;
                        }
                        Ok(())
                    }
                    None => match dict::del_str_hashed(d, name, hash) {
                        Some(_) => Ok(()),
                        None => Err(self.attribute_error(obj, name)),
                    },
                };
            }
        }
        if types::lookup(&t, name).is_some() {
            return Err(self.new_exc(
                Exc::AttributeError,
                format!(
                    "'{}' object attribute '{}' is read-only",
                    self.type_name(obj),
                    name
                ),
            ));
        }
        Err(self.new_exc(
            Exc::AttributeError,
            format!(
                "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                self.type_name(obj),
                name
            ),
        ))
    }

    fn data_descriptor_set(
        &mut self,
        d: &Value,
        obj: &Value,
        value: Option<Value>,
        name: &str,
    ) -> PyResult<bool> {
        if let (Some(Payload::Property(p)), false) = (d.payload(), is_heap_instance(d)) {
            let (f, what) = match &value {
                Some(_) => (p.fset.clone(), "setter"),
                None => (p.fdel.clone(), "deleter"),
            };
            if f.is_none() {
                return Err(self.new_exc(
                    Exc::AttributeError,
                    format!(
                        "property '{}' of '{}' object has no {}",
                        name,
                        self.type_name(obj),
                        what
                    ),
                ));
            }
            let mut args = vec![obj.clone()];
            args.extend(value);
            self.call(&f, args, &[])?;
            return Ok(true);
        }
        match d.payload() {
            Some(Payload::Member(m)) => return crate::objects::member::set(self, m, obj, value),
            Some(Payload::GetSet(g)) => return crate::objects::getset::set(self, g, obj, value),
            _ => {}
        }
        let dt = self.type_of(d);
        if !tdata(&dt).is_heap {
            return Ok(false);
        }
        let method = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        if let Some(m) = types::lookup(&dt, method) {
            let mut args = vec![obj.clone()];
            args.extend(value);
            self.call(&self.bind(&m, d), args, &[])?;
            return Ok(true);
        }
        Ok(false)
    }

    fn type_setattr(&mut self, t: &ObjRef, name: &str, value: Option<Value>) -> PyResult<()> {
        let meta = &t.class();
        if let Some(d) = types::lookup(meta, name) {
            if self.data_descriptor_set(&d, &Value::Obj(t.clone()), value.clone(), name)? {
                return Ok(());
            }
        }
        if let Some(r) =
            crate::objects::native_attrs::set(self, &Value::Obj(t.clone()), name, value.clone())
        {
            return r;
        }
        let td = tdata(t);
        if !td.is_heap {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name,
                td.name()
            )));
        }
        td.version.set(td.version.get() + 1);
        types::invalidate_caches();
        if name == "__del__" {
            td.has_del.set(value.is_some());
        }
        match value {
            Some(v) => {
                dict::set_str(self, &td.dict, name, v);
                Ok(())
            }
            None => match dict::del_str(&td.dict, name) {
                Some(_) => Ok(()),
                None => Err(self.new_exc(
                    Exc::AttributeError,
                    format!("type object '{}' has no attribute '{}'", td.name(), name),
                )),
            },
        }
    }

    /// For `obj.name(...)`: the function and `obj` when the attribute is a
    /// plain method on the type, else the attribute and `Undef`.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, Value)> {
        let (name_s, hash) = name_parts(name);
        let t = match obj {
            Value::Obj(o) if o.as_type().is_none() && !matches!(o.payload, Payload::Super(..)) => {
                o.class()
            }
            Value::Obj(_) => return Ok((self.getattr(obj, name)?, Value::Undef)),
            _ => self.type_of(obj),
        };
        if tdata(&t).is_heap
            && types::specials(&t, &self.types.object)
                .custom_getattribute
                .is_some()
        {
            return Ok((self.getattr(obj, name)?, Value::Undef));
        }
        if let Some(f) = types::lookup_name(&t, name) {
            let is_method = match f.payload() {
                Some(Payload::Function(_)) => true,
                Some(Payload::NativeFunction(nf)) => nf.self_.is_undef(),
                _ => false,
            };
            if is_method {
                let shadowed = match obj {
                    Value::Obj(o) => o
                        .dict()
                        .is_some_and(|d| dict::get_str_hashed(&d, name_s, hash).is_some()),
                    _ => false,
                };
                if !shadowed {
                    return Ok((f, obj.clone()));
                }
            }
        }
        Ok((self.getattr(obj, name)?, Value::Undef))
    }

    /// Call `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let n = self.intern(name);
        let (f, self_arg) = self.load_method(obj, &n)?;
        if self_arg.is_undef() {
            self.call(&f, args, &[])
        } else {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(self_arg);
            full.extend(args);
            self.call(&f, full, &[])
        }
    }

    /// `mapping[key]` or `None` if missing (dicts fast, others via `__getitem__`).
    pub fn mapping_get(&mut self, m: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        if let Payload::Dict(_) = m.payload {
            if !m.class_is_heap() {
                return dict::get_item(self, m, key);
            }
        }
        match self.getitem(&Value::Obj(m.clone()), key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&Value::Obj(e.0.clone()), Exc::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `mapping[key] = value`.
    pub fn mapping_set(&mut self, m: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        if let Payload::Dict(_) = m.payload {
            if !m.class_is_heap() {
                return dict::set_item(self, m, key, value);
            }
        }
        self.setitem(&Value::Obj(m.clone()), key, value)
    }

    /// `del mapping[key]`; false if the key was missing.
    pub fn mapping_del(&mut self, m: &ObjRef, key: &Value) -> PyResult<bool> {
        if let Payload::Dict(_) = m.payload {
            if !m.class_is_heap() {
                return Ok(dict::del_item(self, m, key)?.is_some());
            }
        }
        match self.delitem(&Value::Obj(m.clone()), key) {
            Ok(()) => Ok(true),
            Err(e) if self.is_exc(&Value::Obj(e.0.clone()), Exc::KeyError) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Whether `a` and `b` are the same object.
    pub fn same(a: &ObjRef, b: &ObjRef) -> bool {
        Rc::ptr_eq(a, b)
    }
}

/// Whether `v` is an instance of a class defined in Python (which may
/// override what its builtin base does natively).
fn is_heap_instance(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.class_is_heap())
}
