//! The cycle collector behind `gc.collect()`.
//!
//! Reference counting frees everything except reference cycles. Objects
//! that can hold references (instances, dicts, lists, sets, tuples,
//! functions, cells, ...) are registered when created. A collection
//! computes, for each live registered object, its reference count minus the
//! references held by other registered objects; objects left with a
//! positive count are referenced from outside (frames, Rust locals, types)
//! and everything they reach is alive. The rest is cyclic garbage: its
//! `__del__` methods run, then its mutable containers are emptied, which
//! breaks the cycles and lets reference counting free it.
//!
//! References the traversal does not enumerate only make their targets look
//! externally referenced, so the collector can miss garbage but never free
//! a live object.
//!
//! The tracked objects are listed by address; each object knows its
//! position in the list (`Obj::gc_slot`) and leaves the list when dropped,
//! so the list holds no references (objects die as soon as their count
//! says so) and a collection finds an object's position without a map.

use crate::object::{Obj, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `Obj::gc_slot` of an object the collector does not track.
pub const UNTRACKED: u32 = u32::MAX;

/// The tracked objects and the counters that schedule collections, in one
/// thread-local so that registering an object is one lookup.
struct Tracker {
    /// Every tracked object, in allocation order, at the position its
    /// `gc_slot` names; null where a tracked object has died. Invariant:
    /// each non-null pointer is to a live `Obj` inside an `Rc` (objects null
    /// their entry in their `Drop`, before they are freed).
    list: Vec<*const Obj>,
    /// Null entries in `list`.
    dead: usize,
    /// Tracked allocations since the last collection, and the count that
    /// triggers an automatic one (grows with the number of live objects).
    allocated: usize,
    threshold: usize,
    /// Collections run, and the unreachable objects they found (`gc.get_stats`).
    collections: usize,
    collected: usize,
}

impl Tracker {
    /// Drop the null entries of the list and renumber the live ones.
    fn compact(&mut self) {
        self.list.retain(|p| !p.is_null());
        for (i, &p) in self.list.iter().enumerate() {
            // SAFETY: `p` is a non-null entry of the list, so it points at a
            // live `Obj` (see `list`'s invariant).
            unsafe { (*p).gc_slot.set(i as u32) };
        }
        self.dead = 0;
    }

    /// A strong reference to every tracked object, in allocation order.
    fn live_objects(&mut self) -> Vec<ObjRef> {
        self.compact();
        self.list
            .iter()
            .map(|&p| {
                // SAFETY: `p` points at a live `Obj` inside an `Rc` (see
                // `list`'s invariant); taking a new strong reference to it
                // is what `Rc::clone` would do.
                unsafe {
                    Rc::increment_strong_count(p);
                    Rc::from_raw(p)
                }
            })
            .collect()
    }
}

thread_local! {
    static TRACKER: RefCell<Tracker> = const {
        RefCell::new(Tracker {
            list: Vec::new(),
            dead: 0,
            allocated: 0,
            threshold: 100_000,
            collections: 0,
            collected: 0,
        })
    };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// Whether objects with this payload can be part of a reference cycle.
fn trackable(o: &Obj) -> bool {
    o.has_dict()
        || matches!(
            o.payload,
            Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Tuple(_)
                | Payload::Slots(_)
                | Payload::Function(_)
                | Payload::Cell(_)
                | Payload::BoundMethod(..)
                | Payload::Generator(_)
                | Payload::Exception(_)
        )
}

/// Register a new object (called by the `Obj` constructors).
pub fn track(o: &ObjRef) {
    if !trackable(o) {
        return;
    }
    let due = TRACKER.with(|t| {
        let mut t = t.borrow_mut();
        o.gc_slot.set(t.list.len() as u32);
        t.list.push(Rc::as_ptr(o));
        t.allocated += 1;
        t.allocated == t.threshold
    });
    if due && is_enabled() {
        crate::finalize::schedule_collection();
    }
}

/// Remove a dying object from the tracked list (called by `Drop for Obj`).
/// Its entry becomes null (keeping the list in allocation order, the order
/// in which a collection runs finalizers); the list is compacted when half
/// of it is null.
pub fn untrack(o: &Obj) {
    let slot = o.gc_slot.get();
    if slot == UNTRACKED {
        return;
    }
    // At thread exit the list may already be gone; nothing to update then.
    let _ = TRACKER.try_with(|t| {
        let mut t = t.borrow_mut();
        t.list[slot as usize] = std::ptr::null();
        t.dead += 1;
        if t.dead > 1024 && t.dead * 2 > t.list.len() {
            t.compact();
        }
    });
}

/// Call `f` on every object directly referenced by `o` that the collector
/// knows how to see.
fn for_each_ref(o: &Obj, f: &mut dyn FnMut(&ObjRef)) {
    let mut visit = |v: &Value| {
        if let Value::Obj(r) = v {
            f(r);
        }
    };
    if let Some(d) = &o.dict() {
        visit(&Value::Obj(d.clone()));
    }
    match &o.payload {
        Payload::List(l) => l.borrow().iter().for_each(&mut visit),
        Payload::Tuple(t) => t.iter().for_each(&mut visit),
        Payload::Slots(s) => s.borrow().iter().for_each(&mut visit),
        Payload::Dict(d) => d.borrow().iter().for_each(|e| {
            visit(&e.key);
            visit(&e.value);
        }),
        Payload::Set(s) => s.borrow().iter().for_each(&mut visit),
        Payload::Cell(c) => visit(&c.borrow()),
        Payload::BoundMethod(func, s) => {
            visit(func);
            visit(s);
        }
        Payload::Function(func) => {
            func.closure.iter().for_each(&mut visit);
            visit(&func.defaults.borrow());
            visit(&func.kwdefaults.borrow());
            visit(&func.annotations.borrow());
            visit(&Value::Obj(func.globals.clone()));
        }
        Payload::Generator(g) => {
            if let Some(frame) = &g.borrow().frame {
                frame
                    .slots
                    .iter()
                    .chain(frame.stack.iter())
                    .for_each(&mut visit);
            }
        }
        Payload::Exception(e) => {
            let e = e.borrow();
            visit(&e.args);
            visit(&e.traceback);
            visit(&e.cause);
            visit(&e.context);
        }
        _ => {}
    }
}

/// Every object the collector tracks (`gc.get_objects()`).
pub fn tracked_objects() -> Vec<ObjRef> {
    TRACKER.with(|t| t.borrow_mut().live_objects())
}

/// How many collections ran and how many unreachable objects they found.
pub fn stats() -> (usize, usize) {
    TRACKER.with(|t| {
        let t = t.borrow();
        (t.collections, t.collected)
    })
}

/// Find and free unreachable cycles; returns how many objects were found.
pub fn collect(vm: &mut Vm) -> usize {
    crate::finalize::run_pending(vm);
    let live: Vec<ObjRef> = TRACKER.with(|t| {
        let mut t = t.borrow_mut();
        let live = t.live_objects();
        t.allocated = 0;
        t.threshold = live.len().max(100_000);
        live
    });
    // While `live` holds every tracked object, nothing is dropped or
    // tracked, so an object's `gc_slot` is its index in `live`.
    let index = |r: &ObjRef| Some(r.gc_slot.get() as usize).filter(|&j| j < live.len());
    // Reference counts, minus our own `live` reference and internal edges.
    let mut refs: Vec<i64> = live
        .iter()
        .map(|o| Rc::strong_count(o) as i64 - 1)
        .collect();
    for o in &live {
        for_each_ref(o, &mut |r| {
            if let Some(j) = index(r) {
                refs[j] -= 1;
            }
        });
    }
    let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..live.len()).filter(|&i| reachable[i]).collect();
    while let Some(i) = stack.pop() {
        for_each_ref(&live[i], &mut |r| {
            if let Some(j) = index(r) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    let garbage: Vec<ObjRef> = live
        .iter()
        .zip(&reachable)
        .filter(|(_, r)| !**r)
        .map(|(o, _)| o.clone())
        .collect();
    drop(live);
    let count = garbage.len();
    TRACKER.with(|t| {
        let mut t = t.borrow_mut();
        t.collections += 1;
        t.collected += count;
    });
    finalize_garbage(vm, &garbage);
    for o in &garbage {
        clear(o);
    }
    drop(garbage);
    crate::finalize::run_pending(vm);
    count
}

/// Run `__del__` of garbage objects that define it (once per object).
fn finalize_garbage(vm: &mut Vm, garbage: &[ObjRef]) {
    for o in garbage {
        let has_del = o.class_has_del();
        if has_del {
            crate::finalize::mark_finalized(o);
            let v = Value::Obj(o.clone());
            if let Some(del) = vm.lookup_special(&v, "__del__") {
                let bound = vm.bind(&del, &v);
                if let Err(e) = vm.call(&bound, vec![], &[]) {
                    crate::finalize::report_unraisable(vm, e, &del);
                }
            }
        }
    }
}

/// Empty an object's mutable containers to break cycles through it.
fn clear(o: &ObjRef) {
    if let Some(d) = &o.dict() {
        clear(d);
    }
    match &o.payload {
        Payload::List(l) => drop(std::mem::take(&mut *l.borrow_mut())),
        Payload::Dict(d) => {
            let old = std::mem::take(&mut *d.borrow_mut());
            drop(old);
        }
        Payload::Set(s) => {
            let old = std::mem::take(&mut *s.borrow_mut());
            drop(old);
        }
        Payload::Cell(c) => drop(std::mem::take(&mut *c.borrow_mut())),
        Payload::Slots(s) => {
            let old: Vec<Value> = s
                .borrow_mut()
                .iter_mut()
                .map(|v| std::mem::replace(v, Value::Undef))
                .collect();
            drop(old);
        }
        _ => {}
    }
}
