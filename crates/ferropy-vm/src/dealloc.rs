//! Freeing objects without deep Rust recursion.
//!
//! Dropping an object drops what it holds, which drops what that holds:
//! a linked list or a nested list millions deep would recurse millions of
//! frames and overflow the stack (CPython's "trashcan" solves the same
//! problem). Once drops have used `MAX_DROP_STACK` bytes of stack below
//! the VM's base (`note_stack_base`), `release_children` parks an object's
//! contents on a thread-local list instead of dropping them, and queues a
//! finalizer step that empties the list, in a loop, at the interpreter's
//! next safe point (`finalize::run_pending`).

use crate::object::{Obj, Payload};
use std::cell::{Cell, RefCell};

/// How much stack nested drops may use below the base.
const MAX_DROP_STACK: usize = 256 * 1024;

/// The contents of an object whose drop was put off.
type Parked = (Option<crate::value::ObjRef>, Payload);

thread_local! {
    /// Below this stack address drops park (0: not set on this thread, so
    /// nothing is parked).
    static STACK_LIMIT: Cell<usize> = const { Cell::new(0) };
    /// Contents waiting for `drain_parked`.
    static PARKED: RefCell<Vec<Parked>> = const { RefCell::new(Vec::new()) };
}

/// The current stack address, roughly.
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Take the current stack address as this thread's base (the VM calls
/// this when it is created).
pub fn note_stack_base() {
    let limit = stack_address().saturating_sub(MAX_DROP_STACK).max(1);
    STACK_LIMIT.with(|l| l.set(limit));
}

/// Whether `payload` may hold references to other objects that can chain
/// without bound. Tracebacks and frames chain only as deep as the
/// recursion limit lets calls nest, so they drop in place.
fn may_hold_objects(payload: &Payload) -> bool {
    !matches!(
        payload,
        Payload::Instance
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Traceback(_)
            | Payload::Frame(_)
            | Payload::Code(_)
            | Payload::NativeFunction(_)
    )
}

/// Called from `Drop for Obj`: park the object's dict and payload when
/// drops are nested deep (otherwise they drop in place, after this
/// returns).
#[inline]
pub fn release_children(obj: &mut Obj) {
    if (obj.has_dict() || may_hold_objects(&obj.payload))
        && stack_address() < STACK_LIMIT.with(Cell::get)
    {
        park(obj);
    }
}

/// Put the contents of `obj` on the parked list, and have the finalizer
/// queue empty it. (During thread exit, with the list gone, they drop in
/// place as `obj` drops.)
#[cold]
fn park(obj: &mut Obj) {
    let children = (
        obj.take_dict(),
        std::mem::replace(&mut obj.payload, Payload::Instance),
    );
    let first = PARKED.try_with(|p| {
        let mut parked = p.borrow_mut();
        parked.push(children);
        parked.len() == 1
    });
    if first == Ok(true) {
        crate::finalize::queue_drain_parked();
    }
}

/// Drop everything parked; each drop may park more, dropped in turn.
pub fn drain_parked() {
    loop {
        let next = PARKED.try_with(|p| p.borrow_mut().pop()).ok().flatten();
        let Some(parked) = next else { break };
        drop(parked);
    }
}
