//! `type` and `object`: calling a type, creating classes (`type.__new__`,
//! `__build_class__`), instance creation, and `object`'s default methods.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::interp::Exit;
use crate::object::{MemberData, Obj, Payload};
use crate::objects::function::{self, Args};
use crate::objects::{dict, getset, tuple};
use crate::types::{self, tdata, Layout, TypeData};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use smallvec::SmallVec;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `T(*args, **kw)`: `__new__` then `__init__`.
pub fn type_call(vm: &mut Vm, t: &ObjRef, args: Vec<Value>, kwnames: &[Value]) -> PyResult<Value> {
    if Rc::ptr_eq(t, &vm.types.type_) && args.len() == 1 && kwnames.is_empty() {
        return Ok(Value::Obj(vm.type_of(&args[0])));
    }
    let sp = types::specials(t, &vm.types.object);
    if sp.object_new && tdata(t).layout == Layout::Object && tdata(t).allow_new {
        return construct_plain(vm, t, &sp, args, kwnames);
    }
    let new = sp
        .new
        .clone()
        .ok_or_else(|| vm.type_error("type has no __new__"))?;
    let new = match new.payload() {
        Some(Payload::StaticMethod(inner)) => inner.clone(),
        _ => new,
    };
    let obj = call_new(vm, &new, t, &args, kwnames)?;
    let ot = vm.type_of(&obj);
    if !types::is_subtype(&ot, t) {
        return Ok(obj);
    }
    let sp = if Rc::ptr_eq(&ot, t) {
        sp
    } else {
        types::specials(&ot, &vm.types.object)
    };
    // `object.__init__` accepts anything when `__new__` is overridden.
    let init_is_noop = sp.object_init && (args.is_empty() || !sp.object_new);
    if let Some(init) = sp.init.clone().filter(|_| !init_is_noop) {
        call_init(vm, &init, &obj, args, kwnames)?;
    }
    Ok(obj)
}

/// `new(t, *args)`; a native `__new__` gets its arguments on the stack.
fn call_new(
    vm: &mut Vm,
    new: &Value,
    t: &ObjRef,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let mut full: SmallVec<[Value; 4]> = SmallVec::with_capacity(args.len() + 1);
    full.push(Value::Obj(t.clone()));
    full.extend(args.iter().cloned());
    match new.payload() {
        Some(Payload::NativeFunction(nf)) if nf.self_.is_undef() => {
            let f = nf.func;
            f(
                vm,
                &Args {
                    values: &full,
                    kwnames,
                },
            )
        }
        _ => vm.call(new, full.into_vec(), kwnames),
    }
}

/// Call `init(obj, *args)`, which must return None.
pub(crate) fn call_init(
    vm: &mut Vm,
    init: &Value,
    obj: &Value,
    args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<()> {
    let mut init_args = Vec::with_capacity(args.len() + 1);
    init_args.push(obj.clone());
    init_args.extend(args);
    let r = vm.call(init, init_args, kwnames)?;
    if !r.is_none() {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            vm.type_name(&r)
        )));
    }
    Ok(())
}

fn is_object_slot(vm: &Vm, t: &ObjRef, name: &str) -> bool {
    let sp = types::specials(t, &vm.types.object);
    match name {
        "__new__" => sp.object_new,
        _ => sp.object_init,
    }
}

/// `T(*args)` for a class using `object.__new__`: allocate, then `__init__`.
fn construct_plain(
    vm: &mut Vm,
    t: &ObjRef,
    sp: &types::Specials,
    args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Value> {
    if !args.is_empty() && sp.object_init {
        return Err(vm.type_error(format!("{}() takes no arguments", tdata(t).name())));
    }
    let obj = Value::Obj(alloc_instance(vm, t));
    if sp.object_init {
        return Ok(obj);
    }
    let init = sp.init.clone().unwrap();
    call_init(vm, &init, &obj, args, kwnames)?;
    Ok(obj)
}

/// A fresh instance of `t` with the payload its layout needs.
pub fn alloc_instance(vm: &Vm, t: &ObjRef) -> ObjRef {
    new_instance(&vm.types, t)
}

/// `alloc_instance` with only the builtin types at hand (the interpreter's
/// fast path).
pub fn new_instance(types: &crate::vm::BuiltinTypes, t: &ObjRef) -> ObjRef {
    let td = tdata(t);
    let payload = match td.layout {
        Layout::List => Payload::List(RefCell::new(Vec::new())),
        Layout::Dict => Payload::Dict(RefCell::new(Default::default())),
        Layout::Set | Layout::FrozenSet => Payload::Set(RefCell::new(Default::default())),
        Layout::ByteArray => Payload::ByteArray(RefCell::new(Vec::new())),
        _ if td.slot_count > 0 => {
            Payload::Slots(RefCell::new(vec![Value::Undef; td.slot_count].into()))
        }
        _ => Payload::Instance,
    };
    // Builtin-type subclasses keep their slot values in the dict.
    let slots_in_dict = td.slots.is_some() && !matches!(payload, Payload::Slots(_));
    if td.instance_dict || slots_in_dict {
        Obj::with_dict(t.clone(), payload, crate::vm::new_dict_obj(&types.dict))
    } else {
        Obj::new(t.clone(), payload)
    }
}

/// `object.__new__(cls, *args, **kw)`.
fn object_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if cls.as_type().is_none() {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&Value::Obj(cls.clone()))
        )));
    }
    let excess = args.values.len() > 1;
    if excess && (!is_object_slot(vm, cls, "__new__") || is_object_slot(vm, cls, "__init__")) {
        if !is_object_slot(vm, cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        return Err(vm.type_error(format!("{}() takes no arguments", tdata(cls).name())));
    }
    if matches!(
        tdata(cls).layout,
        Layout::Int
            | Layout::Bool
            | Layout::Float
            | Layout::Complex
            | Layout::Str
            | Layout::Bytes
            | Layout::Tuple
            | Layout::Type
    ) {
        let name = tdata(cls).name();
        return Err(vm.type_error(format!(
            "object.__new__({name}) is not safe, use {name}.__new__()"
        )));
    }
    if !tdata(cls).allow_new {
        return Err(vm.type_error(format!("cannot create '{}' instances", tdata(cls).name())));
    }
    Ok(Value::Obj(alloc_instance(vm, cls)))
}

/// `object.__init__(self, *args, **kw)`.
fn object_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        let t = vm.type_of(&args.values[0]);
        if !is_object_slot(vm, &t, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_slot(vm, &t, "__new__") {
            return Err(vm.type_error(format!("{}() takes no arguments", tdata(&t).name())));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = crate::objects::repr::default_repr(vm, &args.values[0]);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = vm.repr(&args.values[0])?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(vm, args)?;
    Ok(if a.is(&b) {
        Value::Bool(true)
    } else {
        vm.not_implemented.clone()
    })
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two(vm, args)?;
    if let Some(eq) = vm.lookup_special(&a, "__eq__") {
        let r = vm.call(&vm.bind(&eq, &a), vec![b], &[])?;
        if r.is(&vm.not_implemented) {
            return Ok(r);
        }
        return Ok(Value::Bool(!vm.truthy(&r)?));
    }
    Ok(vm.not_implemented.clone())
}

fn object_cmp_not_impl(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn object_hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(ferropy_text::hash::hash_pointer(
        args.values[0].id() as usize,
    )))
}

fn object_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, spec) = two(vm, args)?;
    let spec_s = spec.as_str().unwrap_or("");
    if !spec_s.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a)
        )));
    }
    let s = vm.str_of(&a)?;
    Ok(vm.new_str(s))
}

fn object_init_subclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let name = match args.values.first() {
            Some(Value::Obj(o)) if o.as_type().is_some() => tdata(o).name(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (obj, name) = two(vm, args)?;
    let t = vm.type_of(&obj);
    let name_s = name
        .as_str()
        .ok_or_else(|| vm.type_error("attribute name must be string"))?
        .to_string();
    let hash = crate::objects::str::hash_str(&name_s);
    match vm.generic_getattr(&obj, &t, &name_s, hash)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&obj, &name_s)),
    }
}

/// `type.__getattribute__(cls, name)`: attribute lookup on a class
/// (what a metaclass's `super().__getattribute__` reaches).
fn type_getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, name) = two(vm, args)?;
    let Value::Obj(t) = &cls else {
        return Err(vm.type_error("descriptor '__getattribute__' requires a 'type' object"));
    };
    if t.as_type().is_none() {
        return Err(vm.type_error(format!(
            "descriptor '__getattribute__' requires a 'type' object but received a '{}'",
            vm.type_name(&cls)
        )));
    }
    let name = name
        .as_str()
        .ok_or_else(|| vm.type_error("attribute name must be string"))?
        .to_string();
    vm.type_getattr(t, &name)
}

fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    crate::builtins::check_arity(vm, "__setattr__", pos.len(), 3, 3)?;
    if pos[1].as_str().is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    vm.generic_setattr(&pos[0], &pos[1], Some(pos[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (obj, name) = two(vm, args)?;
    if name.as_str().is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    vm.generic_setattr(&obj, &name, None)?;
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = args.values[0].clone();
    let mut names: Vec<String> = Vec::new();
    if let Value::Obj(o) = &obj {
        if let Some(d) = &o.dict() {
            names.extend(
                dict::keys(d)
                    .iter()
                    .filter_map(|k| k.as_str().map(str::to_string)),
            );
        }
    }
    let t = vm.type_of(&obj);
    for c in types::mro_of(&t) {
        names.extend(
            dict::keys(&tdata(&c).dict)
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string)),
        );
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn object_sizeof(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(16))
}

/// `object.__reduce__`/`__reduce_ex__` build on `copyreg`, which comes
/// with the standard library.
fn object_reduce(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.not_implemented_error(
        "object.__reduce__ and __reduce_ex__ are not supported yet: they need copyreg (the standard library)",
    ))
}

/// `object.__subclasshook__(C)`: no opinion (`abc` classes override it).
fn object_subclasshook(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

/// `object.__getstate__()`: the instance dict (None if empty or absent),
/// paired with a dict of the set `__slots__` values if the class has any.
fn object_getstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "__getstate__", args.values.len() - 1, 0, 0)?;
    let obj = &args.values[0];
    let state = match obj.as_obj().and_then(|o| o.dict()) {
        Some(d) if dict::len(&d) > 0 => Value::Obj(d),
        _ => Value::None,
    };
    let Some(Payload::Slots(values)) = obj.payload() else {
        return Ok(state);
    };
    let slots = vm.new_dict();
    let class = vm.type_of(obj);
    for c in types::mro_of(&class).iter() {
        for name in tdata(c).slots.iter().flatten() {
            let member = dict::get_str(&tdata(c).dict, name);
            if let Some(Payload::Member(m)) = member.as_ref().and_then(|v| v.payload()) {
                let value = values.borrow()[m.index].clone();
                if !value.is_undef() {
                    dict::set_str(vm, &slots, name, value);
                }
            }
        }
    }
    if dict::len(&slots) == 0 {
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, Value::Obj(slots)]))
}

fn two(vm: &Vm, args: &Args) -> PyResult<(Value, Value)> {
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    Ok((pos[0].clone(), pos[1].clone()))
}

// ----- type ------------------------------------------------------------

/// `type.__new__(meta, name, bases, ns, **kw)` and `type(name, bases, ns)`.
fn type_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(Value::Obj(vm.type_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Obj(meta) = &pos[0] else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let name = pos[1]
        .as_str()
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(&pos[1])
            ))
        })?
        .to_string();
    let bases = match pos[2].payload() {
        Some(Payload::Tuple(b)) => b.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(&pos[2])
            )))
        }
    };
    let Some(ns_obj) = pos[3]
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Dict(_)))
    else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[3])
        )));
    };
    if dict::get_str(ns_obj, "__module__").is_none() {
        if let Some(m) = vm
            .frames
            .last()
            .and_then(|f| dict::get_str(&f.globals, "__name__"))
        {
            dict::set_str(vm, ns_obj, "__module__", m);
        }
    }
    let t = create_class(vm, meta, &name, bases, ns_obj)?;
    for b in tdata(&t).bases.borrow().iter() {
        tdata(b)
            .subclasses
            .borrow_mut()
            .push(std::rc::Rc::downgrade(&t));
    }
    init_subclass(vm, &t, args)?;
    Ok(Value::Obj(t))
}

fn base_types(vm: &Vm, bases: Vec<Value>) -> PyResult<Vec<ObjRef>> {
    let mut out = Vec::new();
    for b in bases {
        match &b {
            Value::Obj(o) if o.as_type().is_some() => {
                if !tdata(o).base_ok.get() {
                    return Err(vm.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        crate::objects::repr::type_name_with_module(o)
                    )));
                }
                out.push(o.clone());
            }
            _ => return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            )),
        }
    }
    if out.is_empty() {
        out.push(vm.types.object.clone());
    }
    Ok(out)
}

/// The most specific builtin layout among `bases`, or a layout conflict error.
fn solid_layout(vm: &Vm, bases: &[ObjRef]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    for b in bases {
        let l = tdata(b).layout;
        if l == Layout::Object {
            continue;
        }
        if layout != Layout::Object && layout != l {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
        layout = l;
    }
    Ok(layout)
}

/// How many slot values the instances of a class with `bases` inherit.
/// The slotted bases must all share one layout (the nearest class that
/// declared slots), as in CPython.
fn base_slot_count(vm: &Vm, bases: &[ObjRef]) -> PyResult<usize> {
    let mut layout: Option<ObjRef> = None;
    for base in bases.iter().filter(|b| tdata(b).slot_count > 0) {
        let owner = slot_layout_owner(base);
        match &layout {
            Some(l) if !Rc::ptr_eq(l, &owner) => {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            _ => layout = Some(owner),
        }
    }
    Ok(layout.map_or(0, |l| tdata(&l).slot_count))
}

/// The class in `t`'s MRO that added the last of its slot values.
fn slot_layout_owner(t: &ObjRef) -> ObjRef {
    let count = tdata(t).slot_count;
    let mro = types::mro_of(t);
    let mut owner = t.clone();
    for c in mro.iter() {
        if tdata(c).slot_count != count {
            break;
        }
        owner = c.clone();
    }
    owner
}

fn create_class(
    vm: &mut Vm,
    meta: &ObjRef,
    name: &str,
    bases: Vec<Value>,
    ns: &ObjRef,
) -> PyResult<ObjRef> {
    let bases = base_types(vm, bases)?;
    let layout = solid_layout(vm, &bases)?;
    let mro = types::compute_mro(&bases).map_err(|names| {
        vm.type_error(format!(
            "Cannot create a consistent method resolution order (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    let class_dict = vm.new_dict();
    for (k, v) in dict::items(ns) {
        dict::set_item(vm, &class_dict, k, v)?;
    }
    let slots = read_slots(vm, &class_dict)?.map(|names| {
        names
            .into_iter()
            .map(|n| mangle(name, n))
            .collect::<Vec<_>>()
    });
    for name in slots.iter().flatten() {
        if name != "__dict__" && name != "__weakref__" && dict::get_str(&class_dict, name).is_some()
        {
            return Err(vm.value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
    }
    let mut slot_count = base_slot_count(vm, &bases)?;
    let owner: Rc<str> = name.into();
    // Slot values are laid out in sorted name order, as in CPython
    // (`__class__` assignment between classes relies on it).
    let mut sorted_slots: Vec<&String> = slots.iter().flatten().collect();
    sorted_slots.sort_unstable();
    for slot in sorted_slots {
        if slot != "__dict__" && slot != "__weakref__" {
            let member = Value::Obj(Obj::new(
                vm.types.member_descriptor.clone(),
                Payload::Member(MemberData {
                    name: slot.as_str().into(),
                    index: slot_count,
                    owner: owner.clone(),
                }),
            ));
            dict::set_str(vm, &class_dict, slot, member);
            slot_count += 1;
        }
    }
    let base_has_dict = bases.iter().any(|b| instances_have_dict(vm, b));
    let instance_dict = match &slots {
        None => true,
        Some(s) => s.iter().any(|n| n == "__dict__") || base_has_dict,
    };
    let qualname = match dict::get_str(&class_dict, "__qualname__") {
        Some(q) => {
            dict::del_str(&class_dict, "__qualname__");
            q.as_str().unwrap_or(name).to_string()
        }
        None => name.to_string(),
    };
    dict::del_str(&class_dict, "__classcell__");
    if dict::get_str(&class_dict, "__eq__").is_some()
        && dict::get_str(&class_dict, "__hash__").is_none()
    {
        dict::set_str(vm, &class_dict, "__hash__", Value::None);
    }
    for implicit in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Obj(_)) = dict::get_str(&class_dict, implicit) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let cm = Value::Obj(Obj::new(
                    vm.types.classmethod.clone(),
                    Payload::ClassMethod(f),
                ));
                dict::set_str(vm, &class_dict, implicit, cm);
            }
        }
    }
    if let Some(f) = dict::get_str(&class_dict, "__new__") {
        if matches!(f.payload(), Some(Payload::Function(_))) {
            let sm = Value::Obj(Obj::new(
                vm.types.staticmethod.clone(),
                Payload::StaticMethod(f),
            ));
            dict::set_str(vm, &class_dict, "__new__", sm);
        }
    }
    add_instance_getsets(vm, &class_dict, name, &bases, slots.as_deref());
    if dict::get_str(&class_dict, "__doc__").is_none() {
        dict::set_str(vm, &class_dict, "__doc__", Value::None);
    }
    let td = TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases),
        mro: RefCell::new(mro),
        dict: class_dict.clone(),
        layout,
        is_heap: true,
        instance_dict,
        slots,
        slot_count,
        version: Cell::new(0),
        allow_new: true,
        base_ok: Cell::new(true),
        cache: Default::default(),
        name_cache: Default::default(),
        has_del: Cell::new(false),
        subclasses: Default::default(),
        specials: Default::default(),
    };
    let t = Obj::new(meta.clone(), Payload::Type(Box::new(td)));
    tdata(&t)
        .has_del
        .set(types::lookup(&t, "__del__").is_some());
    let tv = Value::Obj(t.clone());
    for (k, v) in dict::items(&class_dict) {
        if let Some(set_name) = vm.lookup_special(&v, "__set_name__") {
            if crate::ops::is_builtin_type(vm, &v) {
                continue;
            }
            let bound = vm.bind(&set_name, &v);
            vm.call(&bound, vec![tv.clone(), k], &[])?;
        }
    }
    Ok(t)
}

/// Private-name mangling of a slot name (`__x` in class `C` is `_C__x`).
fn mangle(class_name: &str, name: String) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name;
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name;
    }
    format!("_{stripped}{name}")
}

/// Give a new class the `__dict__` and `__weakref__` descriptors for what
/// its instances have and its bases' instances lack, as CPython does.
fn add_instance_getsets(
    vm: &Vm,
    class_dict: &ObjRef,
    name: &str,
    bases: &[ObjRef],
    slots: Option<&[String]>,
) {
    let declares = |n: &str| slots.is_none_or(|s| s.iter().any(|x| x == n));
    let adds_dict = declares("__dict__") && !bases.iter().any(|b| instances_have_dict(vm, b));
    let adds_weakref =
        declares("__weakref__") && !bases.iter().any(|b| instances_have_weakref(vm, b));
    for (adds, attr) in [(adds_dict, "__dict__"), (adds_weakref, "__weakref__")] {
        if adds {
            dict::set_str(vm, class_dict, attr, getset::new_getset(vm, name, attr));
        }
    }
}

/// Whether instances of `t` have a `__dict__` (modules, exceptions and
/// types always do).
pub(crate) fn instances_have_dict(vm: &Vm, t: &ObjRef) -> bool {
    let td = tdata(t);
    let builtin = !td.is_heap && matches!(td.layout, Layout::Exception | Layout::Type);
    builtin
        || td.instance_dict
        || (td.is_heap && td.slots.is_none())
        || Rc::ptr_eq(t, &vm.types.module)
}

/// Whether instances of `t` can be weakly referenced through a slot of
/// their own (every class without `__slots__`, or with `__weakref__` in
/// them; of the builtin bases, sets, types and modules).
pub(crate) fn instances_have_weakref(vm: &Vm, t: &ObjRef) -> bool {
    let td = tdata(t);
    if !td.is_heap {
        let builtin = matches!(td.layout, Layout::Set | Layout::FrozenSet | Layout::Type);
        return builtin || Rc::ptr_eq(t, &vm.types.module);
    }
    match &td.slots {
        None => true,
        Some(s) => {
            s.iter().any(|n| n == "__weakref__")
                || td
                    .bases
                    .borrow()
                    .iter()
                    .any(|b| instances_have_weakref(vm, b))
        }
    }
}

fn read_slots(vm: &mut Vm, ns: &ObjRef) -> PyResult<Option<Vec<String>>> {
    let Some(slots) = dict::get_str(ns, "__slots__") else {
        return Ok(None);
    };
    let names: Vec<Value> = if slots.as_str().is_some() {
        vec![slots]
    } else {
        vm.collect_iterable(&slots)?
    };
    let mut out = Vec::new();
    for n in names {
        match n.as_str() {
            Some(s) => out.push(s.to_string()),
            None => {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    vm.type_name(&n)
                )))
            }
        }
    }
    Ok(Some(out))
}

/// Call the parent's `__init_subclass__` with the class keywords.
fn init_subclass(vm: &mut Vm, t: &ObjRef, args: &Args) -> PyResult<()> {
    let mro = tdata(t).mro.borrow().clone();
    for base in mro {
        if let Some(f) = dict::get_str(&tdata(&base).dict, "__init_subclass__") {
            let f = match f.payload() {
                Some(Payload::ClassMethod(inner)) => inner.clone(),
                _ => f,
            };
            let kwvalues: Vec<Value> = args.kw().map(|(_, v)| v.clone()).collect();
            let mut call_args = vec![Value::Obj(t.clone())];
            call_args.extend(kwvalues);
            vm.call(&f, call_args, args.kwnames)?;
            return Ok(());
        }
    }
    Ok(())
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
pub fn build_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let bases = resolve_bases(vm, &pos[2..])?;
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kw() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(vm.new_str(k));
            kwvalues.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    let meta = most_derived_meta(vm, meta, &bases)?;
    let bases_tuple = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kwvalues.iter().cloned());
            vm.call(&prep, a, &kwnames)?
        }
        None => Value::Obj(vm.new_dict()),
    };
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Value::Obj(ns_obj) = &ns else {
        return Err(vm.type_error("__prepare__() must return a mapping"));
    };
    let frame = function::frame_for_code(
        vm,
        f.code.clone(),
        f.globals.clone(),
        Some(ns_obj.clone()),
        &f.closure,
    );
    let cell = match vm.run_frame(frame)? {
        Exit::Return(v) => v,
        Exit::Yield(_) => Value::None,
    };
    let orig_bases = &pos[2..];
    let replaced =
        bases.len() != orig_bases.len() || bases.iter().zip(orig_bases).any(|(a, b)| !a.is(b));
    if replaced {
        let orig = vm.new_tuple(orig_bases.to_vec());
        let key = vm.new_str("__orig_bases__");
        vm.setitem(&ns, key, orig)?;
    }
    let mut call_args = vec![name, bases_tuple, ns];
    call_args.extend(kwvalues);
    let cls = vm.call(&meta, call_args, &kwnames)?;
    if let Some(Payload::Cell(_)) = cell.payload() {
        function::cell_set(&cell, cls.clone());
    }
    Ok(cls)
}

/// Apply `__mro_entries__` of non-type bases.
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for b in bases {
        if matches!(b.payload(), Some(Payload::Type(_))) {
            out.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, "__mro_entries__")? {
            Some(f) => {
                let orig = vm.new_tuple(bases.to_vec());
                let r = vm.call(&f, vec![orig], &[])?;
                out.extend(tuple::items(&r));
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

fn most_derived_meta(vm: &Vm, meta: Value, bases: &[Value]) -> PyResult<Value> {
    let Value::Obj(m) = &meta else {
        return Ok(meta);
    };
    if m.as_type().is_none() {
        return Ok(meta);
    }
    let mut winner = m.clone();
    for b in bases {
        let bt = vm.type_of(b);
        if types::is_subtype(&winner, &bt) {
            continue;
        }
        if types::is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(Value::Obj(winner))
}

fn type_mro(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Obj(t)) = args.values.first() else {
        return Err(vm.type_error("mro() needs a type"));
    };
    let items = types::mro_of(t).into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(items))
}

fn type_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, sub) = two(vm, args)?;
    match (&t, &sub) {
        (Value::Obj(a), Value::Obj(b)) if b.as_type().is_some() => {
            Ok(Value::Bool(types::is_subtype(b, a)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, inst) = two(vm, args)?;
    match &t {
        Value::Obj(a) => Ok(Value::Bool(vm.is_instance(&inst, a))),
        _ => Ok(Value::Bool(false)),
    }
}

fn type_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = crate::objects::repr::builtin_repr(vm, &args.values[0])?.unwrap_or_default();
    Ok(vm.new_str(s))
}

fn type_prepare(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_init(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::None)
}

fn type_call_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Obj(t)) = args.values.first() else {
        return Err(vm.type_error("descriptor '__call__' needs a type"));
    };
    let t = t.clone();
    let rest = args.values[1..].to_vec();
    type_call(vm, &t, rest, args.kwnames)
}

fn type_subclasses(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Obj(t)) = args.values.first() else {
        return Err(vm.type_error("descriptor '__subclasses__' needs a type"));
    };
    let subs = tdata(t)
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(subs))
}

/// Register `object` and `type` methods.
pub fn install(vm: &mut Vm) {
    use crate::objects::{add_method, mark_classmethod, mark_static};
    let o = vm.types.object.clone();
    let methods: &[(&str, function::NativeFn)] = &[
        ("__new__", object_new),
        ("__init__", object_init),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__lt__", object_cmp_not_impl),
        ("__le__", object_cmp_not_impl),
        ("__gt__", object_cmp_not_impl),
        ("__ge__", object_cmp_not_impl),
        ("__hash__", object_hash),
        ("__format__", object_format),
        ("__init_subclass__", object_init_subclass),
        ("__getattribute__", object_getattribute),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__dir__", object_dir),
        ("__sizeof__", object_sizeof),
        ("__reduce__", object_reduce),
        ("__reduce_ex__", object_reduce),
        ("__subclasshook__", object_subclasshook),
        ("__getstate__", object_getstate),
    ];
    for (n, f) in methods {
        add_method(vm, &o, n, *f);
    }
    mark_static(vm, &o, "__new__");
    mark_classmethod(vm, &o, "__init_subclass__");
    mark_classmethod(vm, &o, "__subclasshook__");
    let t = vm.types.type_.clone();
    let methods: &[(&str, function::NativeFn)] = &[
        ("__new__", type_new),
        ("__init__", type_init),
        ("mro", type_mro),
        ("__subclasscheck__", type_subclasscheck),
        ("__instancecheck__", type_instancecheck),
        ("__repr__", type_repr),
        ("__prepare__", type_prepare),
        ("__call__", type_call_method),
        ("__subclasses__", type_subclasses),
        ("__getattribute__", type_getattribute),
        // `object`'s versions already treat classes as classes.
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
    ];
    for (n, f) in methods {
        add_method(vm, &t, n, *f);
    }
    mark_static(vm, &t, "__new__");
    mark_classmethod(vm, &t, "__prepare__");
    let _ = Exc::TypeError;
}
