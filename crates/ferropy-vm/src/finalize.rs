//! Finalization: `__del__`, closing abandoned generators, and weakref
//! callbacks.
//!
//! Objects die inside `Drop`, where no Python code may run. `Drop for Obj`
//! therefore only queues work here: an object whose class defines `__del__`
//! is resurrected into a fresh `Obj` (same class, payload and `__dict__`) and
//! queued; a suspended generator's frame is queued to be closed; the
//! callbacks of weak references to the object are queued. The interpreter
//! loop runs the queue right after the instruction that caused the drops, so
//! `del x; print(...)` shows `__del__`'s output first, as in CPython.

use crate::frame::Frame;
use crate::object::{Obj, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// Work queued by `Drop`.
pub enum Finalizer {
    /// Call `__del__` on a resurrected object.
    Del(ObjRef),
    /// Close the frame of a generator that was dropped while suspended.
    CloseGenerator(Box<Frame>),
    /// Call a weakref callback with its (now dead) weak reference.
    WeakrefCallback(Value, Value),
    /// Run the cycle collector (enough allocations since the last run).
    CollectCycles,
    /// Free what deep drops parked (`dealloc`).
    DrainParked,
}

thread_local! {
    static PENDING: RefCell<Vec<Finalizer>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Addresses of resurrected objects whose `__del__` already ran (or is queued).
    static FINALIZED: RefCell<FxHashSet<usize>> = RefCell::new(FxHashSet::default());
    /// Weak references with callbacks, by referent address.
    static WEAKREFS: RefCell<FxHashMap<usize, Vec<Weak<Obj>>>> = RefCell::new(FxHashMap::default());
    static WEAKREF_COUNT: Cell<usize> = const { Cell::new(0) };
}

/// Whether finalizers are waiting to run (cheap; checked by the loop).
#[inline]
pub fn has_pending() -> bool {
    HAS_PENDING.with(|p| p.get())
}

fn queue(f: Finalizer) {
    PENDING.with(|p| p.borrow_mut().push(f));
    HAS_PENDING.with(|p| p.set(true));
}

/// Whether the thread's finalizer state is being torn down (the thread is
/// exiting): objects dropped then are freed without finalization.
fn tearing_down() -> bool {
    PENDING.try_with(|_| ()).is_err()
}

/// Interpreter exit: `__main__` leaves `sys.modules` and its namespace is
/// emptied name by name in insertion order (except `__builtins__`), so
/// `__del__` methods run and generators close as CPython runs them at exit;
/// then a cycle collection. (CPython frees the namespace through its cycle
/// collector, whose order this matches for the common cases, not all.)
pub fn at_exit(vm: &mut Vm) {
    run_pending(vm);
    if let Some(Value::Obj(main)) = crate::objects::dict::del_str(&vm.modules, "__main__") {
        if let Some(namespace) = &main.dict() {
            clear_namespace(vm, namespace);
        }
    }
    run_pending(vm);
    crate::cycles::collect(vm);
    crate::dealloc::drain_parked();
}

/// Set a namespace's entries to `None`, running finalizers after each.
fn clear_namespace(vm: &mut Vm, namespace: &ObjRef) {
    for (key, _) in crate::objects::dict::items(namespace) {
        if key.as_str().is_some_and(|name| name != "__builtins__") {
            let _ = crate::objects::dict::set_item(vm, namespace, key, Value::None);
            run_pending(vm);
        }
    }
}

/// Ask for the objects `dealloc` parked to be freed at the next safe point.
pub(crate) fn queue_drain_parked() {
    // Parking can happen while the thread exits; then there is no queue.
    if !tearing_down() {
        queue(Finalizer::DrainParked);
    }
}

/// Ask for an automatic cycle collection at the next safe point.
pub fn schedule_collection() {
    queue(Finalizer::CollectCycles);
}

/// Register weakref object `wr` to be called back when `referent` dies.
pub fn register_weakref(referent: &ObjRef, wr: &ObjRef) {
    let key = Rc::as_ptr(referent) as usize;
    WEAKREFS.with(|w| {
        w.borrow_mut()
            .entry(key)
            .or_default()
            .push(Rc::downgrade(wr))
    });
    WEAKREF_COUNT.with(|c| c.set(c.get() + 1));
}

/// The oldest live weakref to `referent` (what `obj.__weakref__` gives).
pub fn first_weakref(referent: &ObjRef) -> Option<ObjRef> {
    find_weakref(referent, |_| true)
}

/// The oldest live weakref to `referent` for which `pred` holds.
pub fn find_weakref(referent: &ObjRef, pred: impl Fn(&ObjRef) -> bool) -> Option<ObjRef> {
    let key = Rc::as_ptr(referent) as usize;
    WEAKREFS.with(|w| {
        let refs = w.borrow();
        refs.get(&key)?
            .iter()
            .filter_map(Weak::upgrade)
            .find(|r| pred(r))
    })
}

/// How many weakref objects to `referent` are alive
/// (`weakref.getweakrefcount`; the VM's own `Weak`s do not count).
pub fn weakref_count(referent: &ObjRef) -> usize {
    let key = Rc::as_ptr(referent) as usize;
    WEAKREFS.with(|w| {
        w.borrow().get(&key).map_or(0, |refs| {
            refs.iter().filter(|r| r.strong_count() > 0).count()
        })
    })
}

/// Called from `Drop for Obj`.
pub fn on_drop(obj: &mut Obj) {
    // Most objects need nothing: decide that before touching the queues.
    let weakrefs = WEAKREF_COUNT.with(|c| c.get()) > 0;
    let has_del = obj.class_has_del();
    let generator = matches!(obj.payload, Payload::Generator(_));
    if !(weakrefs || has_del || generator) || tearing_down() {
        return;
    }
    let addr = obj as *const Obj as usize;
    if weakrefs {
        queue_weakref_callbacks(addr);
    }
    if let Payload::Generator(g) = &mut obj.payload {
        let g = g.get_mut();
        if g.started {
            if let Some(frame) = g.frame.take() {
                queue(Finalizer::CloseGenerator(frame));
            }
        }
        return;
    }
    if !has_del {
        return;
    }
    let Some(class) = obj.class_opt() else {
        return;
    };
    if FINALIZED.with(|f| f.borrow_mut().remove(&addr)) {
        return;
    }
    let payload = std::mem::replace(&mut obj.payload, Payload::Instance);
    let revived = Obj::revive(class.clone(), payload, obj.take_dict());
    FINALIZED.with(|f| f.borrow_mut().insert(Rc::as_ptr(&revived) as usize));
    queue(Finalizer::Del(revived));
}

fn queue_weakref_callbacks(addr: usize) {
    let Some(refs) = WEAKREFS.with(|w| w.borrow_mut().remove(&addr)) else {
        return;
    };
    WEAKREF_COUNT.with(|c| c.set(c.get().saturating_sub(refs.len())));
    for wr in refs.into_iter().filter_map(|w| w.upgrade()) {
        if let Payload::WeakRef(_, cb) = &wr.payload {
            if !cb.is_none() {
                queue(Finalizer::WeakrefCallback(
                    cb.clone(),
                    Value::Obj(wr.clone()),
                ));
            }
        }
    }
}

/// Run everything queued (finalizers may queue more).
pub fn run_pending(vm: &mut Vm) {
    loop {
        let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if batch.is_empty() {
            break;
        }
        for f in batch {
            run_one(vm, f);
        }
    }
    HAS_PENDING.with(|p| p.set(false));
}

fn run_one(vm: &mut Vm, f: Finalizer) {
    {
        match f {
            Finalizer::Del(obj) => {
                let v = Value::Obj(obj);
                if let Some(del) = vm.lookup_special(&v, "__del__") {
                    let bound = vm.bind(&del, &v);
                    if let Err(e) = vm.call(&bound, vec![], &[]) {
                        report_unraisable(vm, e, &del);
                    }
                }
            }
            Finalizer::CloseGenerator(frame) => {
                let code = frame.code.clone();
                let g = crate::objects::generator::revive(vm, frame, &code);
                if let Err(e) = crate::objects::generator::close(vm, &g) {
                    report_unraisable(vm, e, &Value::Obj(g.clone()));
                }
            }
            Finalizer::WeakrefCallback(cb, wr) => {
                if let Err(e) = vm.call(&cb, vec![wr], &[]) {
                    report_unraisable(vm, e, &cb);
                }
            }
            Finalizer::CollectCycles => {
                crate::cycles::collect(vm);
            }
            Finalizer::DrainParked => crate::dealloc::drain_parked(),
        }
    }
}

/// Note that `obj`'s `__del__` has run (by the cycle collector), so dying
/// later does not run it again.
pub fn mark_finalized(obj: &ObjRef) {
    FINALIZED.with(|f| f.borrow_mut().insert(Rc::as_ptr(obj) as usize));
}

/// CPython's "Exception ignored in: ..." report on stderr.
pub fn report_unraisable(vm: &mut Vm, e: crate::error::PyErr, context: &Value) {
    let what = vm.repr(context).unwrap_or_else(|_| "<object>".into());
    let text = crate::traceback::format_exception(vm, &e.0);
    vm.write_stderr(format!("Exception ignored in: {what}\n{text}").as_bytes());
}
