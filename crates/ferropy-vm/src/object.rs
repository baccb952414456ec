//! `Obj`: the heap object header and the native payloads it can carry.
//!
//! Every heap object has a class (a type object), an optional instance
//! `__dict__`, and a `Payload` holding the native state of its builtin base
//! type. A user class deriving from `list` makes objects with a `List`
//! payload and the user class as `class`.

use crate::dict::DictStore;
use crate::objects::exception::ExceptionData;
use crate::objects::function::{Function, NativeFunction};
use crate::objects::generator::GeneratorData;
use crate::objects::iterators::IterState;
use crate::objects::str::PyStr;
use crate::set::SetStore;
use crate::types::TypeData;
use crate::value::{ObjRef, Value};
use crate::vmcode::VmCode;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

thread_local! {
    /// The `method` type, for building bound methods without a `Vm`.
    pub(crate) static METHOD_TYPE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// A heap object.
pub struct Obj {
    /// The class (`None` only while bootstrapping `type` and `object`).
    /// `__class__` assignment replaces it (`set_class`), so no reference into
    /// this cell is ever handed out: readers get a clone (`class`) or the
    /// address (`class_ptr`). See `class_slot` for the safety argument.
    class: UnsafeCell<Option<ObjRef>>,
    /// This object's position in the cycle collector's list of tracked
    /// objects, or `cycles::UNTRACKED`.
    pub(crate) gc_slot: Cell<u32>,
    /// Instance attributes (`__dict__`), a dict object, for types that
    /// have one. `__dict__` assignment replaces it (`replace_dict`), so,
    /// like the class slot, it is read only through `dict()` (a clone)
    /// and never lent out.
    dict: UnsafeCell<Option<ObjRef>>,
    pub payload: Payload,
}

impl Obj {
    /// A new object of `class` with `payload` and no `__dict__`.
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        let o = Rc::new(Obj {
            class: UnsafeCell::new(Some(class)),
            gc_slot: Cell::new(crate::cycles::UNTRACKED),
            dict: UnsafeCell::new(None),
            payload,
        });
        crate::cycles::track(&o);
        o
    }

    /// A new object with an instance dict.
    pub fn with_dict(class: ObjRef, payload: Payload, dict: ObjRef) -> ObjRef {
        let o = Rc::new(Obj {
            class: UnsafeCell::new(Some(class)),
            gc_slot: Cell::new(crate::cycles::UNTRACKED),
            dict: UnsafeCell::new(Some(dict)),
            payload,
        });
        crate::cycles::track(&o);
        o
    }

    /// A bound method of `f` on `obj` (needs no VM: the method type is
    /// taken from `f`'s class registry through the function's own class).
    pub fn new_bound_method(f: Value, obj: Value) -> ObjRef {
        let method_type = METHOD_TYPE
            .with(|t| t.borrow().clone())
            .expect("method type registered");
        Obj::new(method_type, Payload::BoundMethod(f, obj))
    }

    /// An object whose class is set later (bootstrapping `type` and `object`).
    pub(crate) fn new_unclassed(payload: Payload, dict: Option<ObjRef>) -> ObjRef {
        Rc::new(Obj {
            class: UnsafeCell::new(None),
            gc_slot: Cell::new(crate::cycles::UNTRACKED),
            dict: UnsafeCell::new(dict),
            payload,
        })
    }

    /// Rebuild a dying object (for `__del__`): same class, payload, dict.
    pub(crate) fn revive(class: ObjRef, payload: Payload, dict: Option<ObjRef>) -> ObjRef {
        let o = Rc::new(Obj {
            class: UnsafeCell::new(Some(class)),
            gc_slot: Cell::new(crate::cycles::UNTRACKED),
            dict: UnsafeCell::new(dict),
            payload,
        });
        crate::cycles::track(&o);
        o
    }

    /// The class slot, read within this module only.
    ///
    /// Safety of the `UnsafeCell`: `Obj` is neither `Send` nor `Sync` (it
    /// lives in an `Rc`), and no function of this module lets a reference
    /// into the cell outlive the call that made it: readers copy the
    /// pointer or clone the `Rc` before returning, and `replace_class`
    /// swaps the value without running any other code while it holds the
    /// mutable reference. So a shared and a mutable borrow never overlap.
    #[inline]
    fn class_slot(&self) -> &Option<ObjRef> {
        // SAFETY: see above; the reference dies before this object's
        // accessors return.
        unsafe { &*self.class.get() }
    }

    /// The instance dict, if the object has one.
    #[inline]
    pub fn dict(&self) -> Option<ObjRef> {
        // SAFETY: as for `class_slot`: the reference dies within this call.
        unsafe { (*self.dict.get()).clone() }
    }

    /// The instance dict, lent without touching its reference count, for
    /// the attribute caches' hot paths.
    ///
    /// # Safety
    /// While the returned reference is alive, nothing may replace this
    /// object's dict (`replace_dict`, which only `obj.__dict__ = ...` calls):
    /// the caller must run no Python code meanwhile.
    #[inline]
    pub(crate) unsafe fn dict_unchecked(&self) -> Option<&ObjRef> {
        // SAFETY: the caller keeps the slot unchanged while it is borrowed.
        unsafe { (*self.dict.get()).as_ref() }
    }

    /// Whether the object has an instance dict.
    #[inline]
    pub fn has_dict(&self) -> bool {
        // SAFETY: as for `class_slot`.
        unsafe { (*self.dict.get()).is_some() }
    }

    /// Take the instance dict out (the object is being freed).
    pub(crate) fn take_dict(&mut self) -> Option<ObjRef> {
        self.dict.get_mut().take()
    }

    /// Put `dict` in place of the instance dict (`obj.__dict__ = d`) and
    /// give back the old one, for the caller to drop once nothing refers
    /// into the slot.
    pub(crate) fn replace_dict(&self, dict: ObjRef) -> Option<ObjRef> {
        // SAFETY: as for `replace_class`.
        unsafe { (*self.dict.get()).replace(dict) }
    }

    /// The class, if set (always, except while bootstrapping).
    pub(crate) fn class_opt(&self) -> Option<ObjRef> {
        self.class_slot().clone()
    }

    /// Set the class of an object made by `new_unclassed` (bootstrapping).
    pub(crate) fn set_class(&self, class: ObjRef) {
        let old = self.replace_class(class);
        debug_assert!(old.is_none());
    }

    /// Put `class` in the class slot and give back the old one, which the
    /// caller drops once nothing refers into the slot (dropping a class can
    /// run arbitrary code through finalizers).
    pub(crate) fn replace_class(&self, class: ObjRef) -> Option<ObjRef> {
        // SAFETY: no reference into the cell is alive (see `class_slot`),
        // and `mem::replace` runs no code that could read it.
        unsafe { (*self.class.get()).replace(class) }
    }

    /// The object's type.
    #[inline]
    pub fn class(&self) -> ObjRef {
        self.class_slot()
            .clone()
            .expect("object class set at creation")
    }

    /// The address of the object's type, for identity checks and caches
    /// keyed by class (no reference count traffic).
    #[inline]
    pub fn class_ptr(&self) -> *const Obj {
        self.class_slot()
            .as_ref()
            .map_or(std::ptr::null(), Rc::as_ptr)
    }

    /// Whether the object's class is a heap type (made by a `class`
    /// statement), read without reference count traffic: hot paths use
    /// this to tell builtin instances from subclass instances.
    #[inline]
    pub fn class_is_heap(&self) -> bool {
        self.class_slot()
            .as_ref()
            .is_some_and(|c| c.as_type().is_some_and(|t| t.is_heap))
    }

    /// Whether the object's class defines `__del__` (asked on every drop).
    #[inline]
    pub(crate) fn class_has_del(&self) -> bool {
        self.class_slot()
            .as_ref()
            .is_some_and(|c| c.as_type().is_some_and(|t| t.has_del.get()))
    }

    /// Whether the object's type is exactly `t`.
    #[inline]
    pub fn class_is(&self, t: &ObjRef) -> bool {
        std::ptr::eq(self.class_ptr(), Rc::as_ptr(t))
    }

    /// The type data, if this object is a type.
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
}

impl Drop for Obj {
    fn drop(&mut self) {
        crate::cycles::untrack(self);
        crate::finalize::on_drop(self);
        crate::dealloc::release_children(self);
    }
}

/// A `__slots__` name of a class: where instances keep its value.
pub struct MemberData {
    pub name: Rc<str>,
    /// Index into the instance's `Slots` payload.
    pub index: usize,
    /// The declaring class's name, for the repr.
    pub owner: Rc<str>,
}

/// An attribute that a builtin type computes (`type.__name__`, an
/// instance's `__dict__` or `__weakref__`): a `getset_descriptor` in the
/// class namespace. Reading and writing go to `native_attrs`.
pub struct GetSetData {
    pub name: Rc<str>,
    /// The name of the class whose namespace holds it, for the repr.
    pub owner: Rc<str>,
}

/// Native state of a heap object, by builtin base type.
pub enum Payload {
    /// A plain `object()` or an instance of a class with no builtin base.
    Instance,
    /// An `int` too large for `Value::Int`, or an int-subclass instance.
    Int(BigInt),
    /// A float-subclass instance (plain floats are `Value::Float`).
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(RefCell<DictStore>),
    /// `set` and `frozenset`.
    Set(RefCell<SetStore>),
    Type(Box<TypeData>),
    Function(Box<Function>),
    NativeFunction(NativeFunction),
    /// A function bound to `self`.
    BoundMethod(Value, Value),
    Cell(RefCell<Value>),
    Module,
    Code(Rc<VmCode>),
    Generator(RefCell<GeneratorData>),
    Range(RangeData),
    Slice(Value, Value, Value),
    Iterator(RefCell<IterState>),
    /// Boxed: exceptions are large and rare, and every object pays for the
    /// largest payload.
    Exception(Box<RefCell<ExceptionData>>),
    Property(PropertyData),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Value, Value),
    /// A snapshot of an executing frame, for tracebacks and `sys._getframe`.
    Frame(FrameInfo),
    Traceback(TracebackData),
    /// A weak reference and its callback.
    WeakRef(std::rc::Weak<Obj>, Value),
    /// A `TypeVar`/`ParamSpec`/`TypeVarTuple` or `type` alias.
    TypeParam(Box<crate::objects::typing::TypeParam>),
    TypeAlias(Box<crate::objects::typing::TypeAlias>),
    /// `types.MappingProxyType` view of a dict.
    MappingProxy(ObjRef),
    /// Dict views: keys, values, items.
    DictView(ObjRef, DictViewKind),
    /// An `asend`/`athrow`/`aclose` awaitable of an async generator.
    AsyncGenAwaitable(RefCell<crate::objects::async_gen::AwaitableState>),
    /// A value yielded by an async generator (not by an inner `await`).
    AsyncGenWrapped(Value),
    /// A `memoryview`.
    MemoryView(crate::objects::memoryview::MemoryViewData),
    /// A `__slots__` member descriptor for the named slot.
    /// A `__slots__` member descriptor (see `objects/member.rs`).
    Member(MemberData),
    GetSet(GetSetData),
    /// An instance of a class with `__slots__` (and no builtin base): the
    /// slot values, `Undef` while unset.
    Slots(RefCell<Box<[Value]>>),
    /// A `types.GenericAlias` such as `list[int]`.
    GenericAlias(Value, Value),
    /// A `types.UnionType` (`int | None`): its arguments, a tuple.
    Union(Value),
}

/// Which view a `DictView` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// `range(start, stop, step)`. The algorithms are in `objects/range.rs`.
#[derive(Clone, Debug)]
pub enum RangeData {
    /// Start, stop and step all fit in an `i64`: the common case, stored
    /// inline and iterated without allocation.
    Small { start: i64, stop: i64, step: i64 },
    /// At least one bound is beyond 64 bits.
    Big(Box<crate::objects::range::BigRange>),
}

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// What a frame object exposes (`f_code`, `f_lineno`, `f_globals`, `f_back`).
pub struct FrameInfo {
    pub code: Rc<VmCode>,
    pub lineno: u32,
    pub globals: ObjRef,
    pub locals: Value,
    pub back: Value,
}

/// One traceback entry.
pub struct TracebackData {
    pub frame: ObjRef,
    pub lineno: u32,
    pub next: RefCell<Value>,
}
