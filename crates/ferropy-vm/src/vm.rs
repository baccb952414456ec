//! `Vm`: one interpreter — its builtin types, modules, frame stack, current
//! exception and its window on the world (the `Os`).

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::{Exc, EXCEPTION_TABLE};
use crate::frame::Frame;
use crate::object::{Obj, Payload};
use crate::objects::function::{NativeFn, NativeFunction};
use crate::objects::str::PyStr;
use crate::os::Os;
use crate::types::{Layout, TypeData};
use crate::value::{ObjRef, Value};
use ferropy_text::hash::HashSecret;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The builtin types every interpreter has.
pub struct BuiltinTypes {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    /// Methods of builtin types, unbound (`list.append`).
    pub method_descriptor: ObjRef,
    /// Slot dunders of builtin types, unbound (`int.__add__`).
    pub wrapper_descriptor: ObjRef,
    /// Slot dunders bound to an object (`(1).__add__`).
    pub method_wrapper: ObjRef,
    pub method: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub code: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub async_gen_awaitable: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub iterator: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub frame: ObjRef,
    pub traceback: ObjRef,
    pub weakref: ObjRef,
    pub mappingproxy: ObjRef,
    pub member_descriptor: ObjRef,
    pub getset_descriptor: ObjRef,
    pub memoryview: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub generic_alias: ObjRef,
    pub union_type: ObjRef,
    pub typevar: ObjRef,
    pub typevartuple: ObjRef,
    pub paramspec: ObjRef,
    /// `typing.Generic`, the implicit base of PEP 695 generic classes.
    pub generic: ObjRef,
    /// `typing.Unpack`: `*Ts` is an alias of it.
    pub unpack: ObjRef,
    pub no_default: ObjRef,
    pub type_alias: ObjRef,
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    /// `list_iterator`, `dict_keyiterator`, ...: indexed by `IterKind`.
    pub iterator_kinds: Vec<ObjRef>,
}

/// One Python interpreter.
pub struct Vm {
    pub types: BuiltinTypes,
    /// Builtin exception types, indexed by `Exc`.
    pub exc_types: Vec<ObjRef>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    /// `typing.NoDefault`: the `__default__` of type parameters without one.
    pub no_default: Value,
    pub empty_tuple: Value,
    /// The one-character strs of the ASCII characters, shared (as CPython
    /// shares its one-character strings), indexed by code point.
    ascii_chars: Box<[Value]>,
    pub builtins: ObjRef,
    pub sys: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// Suspended and running Python frames; the last is executing.
    pub frames: Vec<Box<Frame>>,
    /// The exception being handled (`sys.exception()`), or `None`.
    pub exc_info: Value,
    pub os: Box<dyn Os>,
    pub hash_secret: HashSecret,
    pub recursion_limit: usize,
    /// Depth of Rust-level re-entry into the interpreter loop.
    pub native_depth: usize,
    pub native_modules: HashMap<String, fn(&mut Vm) -> PyResult<ObjRef>>,
    interned: RefCell<rustc_hash::FxHashMap<Box<str>, ObjRef>>,
    /// Pending bytes for stdout (flushed at exit, on `flush`, and when large).
    pub stdout_buf: Vec<u8>,
    /// Max digits for int<->str conversion (`sys.set_int_max_str_digits`).
    pub int_max_str_digits: Cell<usize>,
    /// Argument vectors kept for reuse by calls from the interpreter loop.
    pub arg_pool: crate::frame::VecPool,
    /// Finished frames kept for reuse by new calls.
    pub frame_pool: crate::frame::FramePool,
    /// Objects whose `repr` is in progress (recursion guard for containers).
    pub repr_guard: Vec<usize>,
}

/// Hard cap on nested Rust re-entries into the interpreter (each costs a
/// few kilobytes of the interpreter thread's 1 GiB stack), whatever
/// `sys.setrecursionlimit` says.
pub const MAX_NATIVE_DEPTH: usize = 20_000;

/// How deep CPython 3.13's C code recurses (comparing or printing nested
/// containers) before `RecursionError`, whatever `sys.setrecursionlimit`
/// says; we use the same bound so the same programs succeed and fail.
pub const C_RECURSION_LIMIT: usize = 10_000;

/// Nesting limit for hashing tuples. CPython hashes nested tuples without a
/// recursion check, so this is far above `recursionlimit`: a hashing level
/// takes well under a kilobyte of the interpreter thread's stack.
pub const MAX_HASH_DEPTH: usize = 200_000;

fn bare_type(name: &str, layout: Layout, dict: ObjRef) -> TypeData {
    TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        is_heap: false,
        instance_dict: false,
        slots: None,
        slot_count: 0,
        version: Cell::new(0),
        allow_new: true,
        base_ok: Cell::new(true),
        cache: Default::default(),
        name_cache: Default::default(),
        has_del: Cell::new(false),
        subclasses: Default::default(),
        specials: Default::default(),
    }
}

fn empty_dict_unclassed() -> ObjRef {
    Obj::new_unclassed(Payload::Dict(RefCell::new(Default::default())), None)
}

impl Vm {
    /// A new interpreter talking to the world through `os`.
    pub fn new(os: Box<dyn Os>, hash_secret: HashSecret) -> Vm {
        crate::dealloc::note_stack_base();
        // Bootstrap object, type and dict, whose objects refer to each other.
        let object_dict = empty_dict_unclassed();
        let type_dict = empty_dict_unclassed();
        let dict_dict = empty_dict_unclassed();
        let object = Obj::new_unclassed(
            Payload::Type(Box::new(bare_type(
                "object",
                Layout::Object,
                object_dict.clone(),
            ))),
            None,
        );
        let type_ = Obj::new_unclassed(
            Payload::Type(Box::new(bare_type("type", Layout::Type, type_dict.clone()))),
            None,
        );
        let dict = Obj::new_unclassed(
            Payload::Type(Box::new(bare_type("dict", Layout::Dict, dict_dict.clone()))),
            None,
        );
        for t in [&object, &type_, &dict] {
            t.set_class(type_.clone());
        }
        for d in [&object_dict, &type_dict, &dict_dict] {
            d.set_class(dict.clone());
        }
        for t in [&type_, &dict] {
            *crate::types::tdata(t).bases.borrow_mut() = vec![object.clone()];
            *crate::types::tdata(t).mro.borrow_mut() = vec![object.clone()];
        }
        let mk = |name: &str, layout: Layout| -> ObjRef {
            let td = bare_type(name, layout, new_dict_obj(&dict));
            *td.bases.borrow_mut() = vec![object.clone()];
            *td.mro.borrow_mut() = vec![object.clone()];
            Obj::new(type_.clone(), Payload::Type(Box::new(td)))
        };
        let int = mk("int", Layout::Int);
        let bool_ = {
            let td = bare_type("bool", Layout::Bool, new_dict_obj(&dict));
            *td.bases.borrow_mut() = vec![int.clone()];
            *td.mro.borrow_mut() = vec![int.clone(), object.clone()];
            Obj::new(
                type_.clone(),
                Payload::Type(Box::new(TypeData {
                    base_ok: Cell::new(false),
                    ..td
                })),
            )
        };
        let types = BuiltinTypes {
            none: mk("NoneType", Layout::Native),
            not_implemented: mk("NotImplementedType", Layout::Native),
            ellipsis: mk("ellipsis", Layout::Native),
            float: mk("float", Layout::Float),
            complex: mk("complex", Layout::Complex),
            str_: mk("str", Layout::Str),
            bytes: mk("bytes", Layout::Bytes),
            bytearray: mk("bytearray", Layout::ByteArray),
            list: mk("list", Layout::List),
            tuple: mk("tuple", Layout::Tuple),
            set: mk("set", Layout::Set),
            frozenset: mk("frozenset", Layout::FrozenSet),
            function: mk("function", Layout::Native),
            builtin_function: mk("builtin_function_or_method", Layout::Native),
            method_descriptor: mk("method_descriptor", Layout::Native),
            wrapper_descriptor: mk("wrapper_descriptor", Layout::Native),
            method_wrapper: mk("method-wrapper", Layout::Native),
            method: mk("method", Layout::Native),
            cell: mk("cell", Layout::Native),
            module: mk("module", Layout::Object),
            code: mk("code", Layout::Native),
            generator: mk("generator", Layout::Native),
            coroutine: mk("coroutine", Layout::Native),
            async_generator: mk("async_generator", Layout::Native),
            async_gen_awaitable: mk("async_generator_asend", Layout::Native),
            range: mk("range", Layout::Native),
            slice: mk("slice", Layout::Native),
            iterator: mk("iterator", Layout::Native),
            property: mk("property", Layout::Native),
            staticmethod: mk("staticmethod", Layout::Native),
            classmethod: mk("classmethod", Layout::Native),
            super_: mk("super", Layout::Native),
            frame: mk("frame", Layout::Native),
            traceback: mk("traceback", Layout::Native),
            weakref: mk("weakref", Layout::Native),
            mappingproxy: mk("mappingproxy", Layout::Native),
            member_descriptor: mk("member_descriptor", Layout::Native),
            getset_descriptor: mk("getset_descriptor", Layout::Native),
            memoryview: mk("memoryview", Layout::Native),
            dict_keys: mk("dict_keys", Layout::Native),
            dict_values: mk("dict_values", Layout::Native),
            dict_items: mk("dict_items", Layout::Native),
            generic_alias: mk("types.GenericAlias", Layout::Native),
            union_type: mk("UnionType", Layout::Native),
            typevar: mk("TypeVar", Layout::Native),
            typevartuple: mk("TypeVarTuple", Layout::Native),
            paramspec: mk("ParamSpec", Layout::Native),
            generic: mk("Generic", Layout::Object),
            unpack: mk("Unpack", Layout::Native),
            no_default: mk("NoDefaultType", Layout::Native),
            type_alias: mk("TypeAliasType", Layout::Native),
            enumerate: mk("enumerate", Layout::Native),
            zip: mk("zip", Layout::Native),
            map: mk("map", Layout::Native),
            filter: mk("filter", Layout::Native),
            reversed: mk("reversed", Layout::Native),
            iterator_kinds: crate::objects::iterators::IterKind::ALL
                .iter()
                .map(|k| mk(k.type_name(), Layout::Native))
                .collect(),
            object,
            type_,
            int,
            bool_,
            dict,
        };
        let not_implemented =
            Value::Obj(Obj::new(types.not_implemented.clone(), Payload::Instance));
        let ellipsis = Value::Obj(Obj::new(types.ellipsis.clone(), Payload::Instance));
        let no_default = Value::Obj(Obj::new(types.no_default.clone(), Payload::Instance));
        let empty_tuple = Value::Obj(Obj::new(types.tuple.clone(), Payload::Tuple(Box::new([]))));
        let ascii_chars = (0..128u8)
            .map(|b| {
                let text = char::from(b).to_string();
                Value::Obj(Obj::new(types.str_.clone(), Payload::Str(PyStr::new(text))))
            })
            .collect();
        let builtins = Obj::with_dict(
            types.module.clone(),
            Payload::Module,
            new_dict_obj(&types.dict),
        );
        let sys = Obj::with_dict(
            types.module.clone(),
            Payload::Module,
            new_dict_obj(&types.dict),
        );
        let modules = new_dict_obj(&types.dict);
        let frame_pool = crate::frame::FramePool::new(new_dict_obj(&types.dict));
        let mut vm = Vm {
            types,
            exc_types: Vec::new(),
            not_implemented,
            ellipsis,
            no_default,
            empty_tuple,
            ascii_chars,
            builtins,
            sys,
            modules,
            frames: Vec::new(),
            exc_info: Value::None,
            os,
            hash_secret,
            recursion_limit: 1000,
            native_depth: 0,
            native_modules: HashMap::new(),
            interned: RefCell::new(Default::default()),
            stdout_buf: Vec::new(),
            int_max_str_digits: Cell::new(4300),
            repr_guard: Vec::new(),
            arg_pool: Default::default(),
            frame_pool,
        };
        crate::object::METHOD_TYPE.with(|t| *t.borrow_mut() = Some(vm.types.method.clone()));
        vm.create_exception_types();
        crate::objects::install_builtin_types(&mut vm);
        crate::builtins::install(&mut vm);
        crate::sys::install(&mut vm);
        vm.document_builtin_modules();
        crate::types::invalidate_caches();
        vm
    }

    /// CPython's docstrings for `builtins`, `sys` and the builtin types.
    fn document_builtin_modules(&self) {
        crate::docs::document_module(self, "builtins", &self.builtins);
        crate::docs::document_module(self, "sys", &self.sys);
        let t = &self.types;
        crate::docs::document_types(
            self,
            &[
                t.none.clone(),
                t.ellipsis.clone(),
                t.not_implemented.clone(),
                t.function.clone(),
                t.builtin_function.clone(),
                t.method.clone(),
                t.module.clone(),
                t.mappingproxy.clone(),
                t.generator.clone(),
                t.coroutine.clone(),
                t.async_generator.clone(),
                t.cell.clone(),
                t.code.clone(),
                t.frame.clone(),
                t.traceback.clone(),
                t.dict_keys.clone(),
                t.dict_values.clone(),
                t.dict_items.clone(),
            ],
        );
    }

    fn create_exception_types(&mut self) {
        for (kind, name, parent) in EXCEPTION_TABLE {
            let base = match parent {
                Some(p) => self.exc_types[*p as usize].clone(),
                None => self.types.object.clone(),
            };
            let mut bases = vec![base];
            if *kind == Exc::ExceptionGroup {
                bases.push(self.exc_types[Exc::Exception as usize].clone());
            }
            let t = self.new_native_type(name, &bases, Layout::Exception);
            self.exc_types.push(t);
            debug_assert_eq!(self.exc_types.len() - 1, *kind as usize);
        }
    }

    /// Create a builtin (non-heap) type deriving from `bases`.
    pub fn new_native_type(&self, name: &str, bases: &[ObjRef], layout: Layout) -> ObjRef {
        let mut td = bare_type(name, layout, self.new_dict());
        td.instance_dict = layout == Layout::Exception;
        let mro = crate::types::compute_mro(bases).unwrap_or_default();
        *td.bases.borrow_mut() = bases.to_vec();
        *td.mro.borrow_mut() = mro;
        Obj::new(self.types.type_.clone(), Payload::Type(Box::new(td)))
    }

    /// Like `new_native_type`, for a type whose instances have a `__dict__`.
    pub fn new_native_type_with_dict(&self, name: &str, bases: &[ObjRef]) -> ObjRef {
        let mut td = bare_type(name, Layout::Object, self.new_dict());
        td.instance_dict = true;
        let mro = crate::types::compute_mro(bases).unwrap_or_default();
        *td.bases.borrow_mut() = bases.to_vec();
        *td.mro.borrow_mut() = mro;
        Obj::new(self.types.type_.clone(), Payload::Type(Box::new(td)))
    }

    /// The type object of a builtin exception.
    pub fn exc_type(&self, kind: Exc) -> &ObjRef {
        &self.exc_types[kind as usize]
    }

    // ----- object construction ---------------------------------------

    /// A new empty dict object.
    pub fn new_dict(&self) -> ObjRef {
        new_dict_obj(&self.types.dict)
    }

    /// A new `str` value.
    pub fn new_str(&self, s: impl Into<compact_str::CompactString>) -> Value {
        Value::Obj(Obj::new(
            self.types.str_.clone(),
            Payload::Str(PyStr::new(s)),
        ))
    }

    /// The one-character str `c` (shared for ASCII characters).
    pub fn char_str(&self, c: char) -> Value {
        match self.ascii_chars.get(c as usize) {
            Some(v) => v.clone(),
            None => self.new_str(c.to_string()),
        }
    }

    /// An interned `str` (names, attribute keys): shared and hash-cached.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(o) = self.interned.borrow().get(s) {
            return Value::Obj(o.clone());
        }
        let v = self.new_str(s);
        let o = v.as_obj().unwrap().clone();
        self.interned.borrow_mut().insert(s.into(), o);
        v
    }

    /// A new list.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(Obj::new(
            self.types.list.clone(),
            Payload::List(RefCell::new(items)),
        ))
    }

    /// A new tuple.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Value::Obj(Obj::new(
            self.types.tuple.clone(),
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }

    /// A new bytes object.
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(Obj::new(
            self.types.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }

    /// A builtin function object.
    pub fn new_native_fn(&self, name: &str, f: NativeFn) -> Value {
        Value::Obj(Obj::new(
            self.types.builtin_function.clone(),
            Payload::NativeFunction(NativeFunction {
                name: name.into(),
                func: f,
                self_: Value::Undef,
                qualname: name.into(),
                module: None,
            }),
        ))
    }

    // ----- errors -------------------------------------------------------

    /// Build an exception of builtin `kind` with a message.
    pub fn new_exc(&self, kind: Exc, msg: impl Into<String>) -> PyErr {
        let t = self.exc_type(kind).clone();
        let arg = self.new_str(msg.into());
        PyErr(crate::objects::exception::new_exception(
            self,
            &t,
            vec![arg],
        ))
    }

    /// Build an exception of builtin `kind` with arbitrary args.
    pub fn new_exc_args(&self, kind: Exc, args: Vec<Value>) -> PyErr {
        let t = self.exc_type(kind).clone();
        PyErr(crate::objects::exception::new_exception(self, &t, args))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(Exc::TypeError, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(Exc::ValueError, msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(Exc::IndexError, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(Exc::OverflowError, msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(Exc::ZeroDivisionError, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(Exc::RuntimeError, msg)
    }

    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(Exc::NotImplementedError, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exc_args(Exc::KeyError, vec![key])
    }

    /// `AttributeError` with CPython's "'T' object has no attribute 'x'".
    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj.as_obj().and_then(|o| o.as_type()) {
            Some(t) => format!("type object '{}' has no attribute '{}'", t.name(), name),
            None => {
                if let Some(Payload::Module) = obj.payload() {
                    let mname = crate::objects::module::module_name(self, obj);
                    format!("module '{mname}' has no attribute '{name}'")
                } else {
                    format!(
                        "'{}' object has no attribute '{}'",
                        self.type_name(obj),
                        name
                    )
                }
            }
        };
        let err = self.new_exc(Exc::AttributeError, msg);
        crate::objects::exception::set_attr_raw(self, &err.0, "name", self.new_str(name));
        crate::objects::exception::set_attr_raw(self, &err.0, "obj", obj.clone());
        err
    }

    /// `RecursionError` for exceeding the recursion limit.
    pub fn recursion_error(&self) -> PyErr {
        self.new_exc(Exc::RecursionError, "maximum recursion depth exceeded")
    }

    /// How many nested Rust re-entries (calls back into Python, container
    /// comparisons) may be in progress: the recursion limit, capped by
    /// what the stack allows.
    pub fn native_depth_limit(&self) -> usize {
        self.recursion_limit.min(MAX_NATIVE_DEPTH)
    }

    /// Run `f` one level deeper in a recursive Rust algorithm over nested
    /// containers (comparison, hashing), raising `RecursionError` with
    /// "maximum recursion depth exceeded{context}" once `limit` levels are
    /// in progress, instead of exhausting the Rust stack.
    pub fn nested<T>(
        &mut self,
        context: &str,
        limit: usize,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.native_depth >= limit {
            let msg = format!("maximum recursion depth exceeded{context}");
            return Err(self.new_exc(Exc::RecursionError, msg));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    // ----- types --------------------------------------------------------

    /// The type of any value.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        match v {
            Value::Obj(o) => o.class(),
            Value::Int(_) => self.types.int.clone(),
            Value::FloatBits(_) => self.types.float.clone(),
            Value::False | Value::True => self.types.bool_.clone(),
            Value::None | Value::Undef => self.types.none.clone(),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Obj(o) => crate::types::tdata(&o.class()).name(),
            Value::Int(_) => "int".into(),
            Value::FloatBits(_) => "float".into(),
            Value::False | Value::True => "bool".into(),
            Value::None | Value::Undef => "NoneType".into(),
        }
    }

    /// `isinstance(v, t)` by MRO only (no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, t: &ObjRef) -> bool {
        crate::types::is_subtype(&self.type_of(v), t)
    }

    /// Whether `v` is an instance of builtin exception `kind`.
    pub fn is_exc(&self, v: &Value, kind: Exc) -> bool {
        self.is_instance(v, &self.exc_types[kind as usize])
    }

    // ----- output -------------------------------------------------------

    /// Write to the process's stdout (buffered).
    pub fn write_stdout(&mut self, data: &[u8]) {
        self.stdout_buf.extend_from_slice(data);
        if self.stdout_buf.len() > 1 << 16 {
            self.flush_stdout();
        }
    }

    /// Flush buffered stdout bytes through the `Os`.
    pub fn flush_stdout(&mut self) {
        if !self.stdout_buf.is_empty() {
            let buf = std::mem::take(&mut self.stdout_buf);
            let _ = self.os.write_stdout(&buf);
        }
        let _ = self.os.flush_stdout();
    }

    /// Write to stderr (flushing stdout first so interleaving stays sane).
    pub fn write_stderr(&mut self, data: &[u8]) {
        self.flush_stdout();
        let _ = self.os.write_stderr(data);
    }
}

/// A new empty dict object of class `dict_type`.
pub fn new_dict_obj(dict_type: &ObjRef) -> ObjRef {
    Obj::new(
        dict_type.clone(),
        Payload::Dict(RefCell::new(Default::default())),
    )
}
