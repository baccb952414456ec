//! Freeing objects without deep Rust recursion.
//!
//! Dropping an object drops what it holds, which drops what that holds:
//! a linked list or a nested list millions deep would recurse millions of
//! frames and overflow the stack (CPython's "trashcan" solves the same
//! problem). `release_children` lets drops nest only `MAX_NESTED` deep;
//! below that, an object's contents are parked on a thread-local list
//! that the outermost drop empties in a loop.

use crate::object::{Obj, Payload};
use std::cell::{Cell, RefCell};

/// How deep drops of containers may nest on the stack.
const MAX_NESTED: u32 = 512;

/// The contents of an object whose drop was put off.
type Parked = (Option<crate::value::ObjRef>, Payload);

thread_local! {
    /// How deep drops of containers are nested now.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// How many entries `PARKED` holds (read on every outermost drop;
    /// unlike `PARKED` it needs no destructor, so it is cheap to reach).
    static PARKED_COUNT: Cell<usize> = const { Cell::new(0) };
    /// Contents waiting for the outermost drop.
    static PARKED: RefCell<Vec<Parked>> = const { RefCell::new(Vec::new()) };
}

/// Whether `payload` may hold references to other objects.
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
    )
}

/// Called from `Drop for Obj`: drop the object's dict and payload now, or
/// park them if drops are already nested deep.
pub fn release_children(obj: &mut Obj) {
    if obj.dict.is_none() && !may_hold_objects(&obj.payload) {
        return;
    }
    let depth = DEPTH.with(Cell::get);
    if depth >= MAX_NESTED {
        park(obj);
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    drop(obj.dict.take());
    drop(std::mem::replace(&mut obj.payload, Payload::Instance));
    if depth == 0 && PARKED_COUNT.with(Cell::get) > 0 {
        drain_parked();
    }
    DEPTH.with(|d| d.set(depth));
}

/// Put the contents of `obj` on the parked list. (During thread exit,
/// with the list gone, they drop in place as `obj` drops.)
fn park(obj: &mut Obj) {
    let _ = PARKED.try_with(|p| {
        let children = (
            obj.dict.take(),
            std::mem::replace(&mut obj.payload, Payload::Instance),
        );
        p.borrow_mut().push(children);
        PARKED_COUNT.with(|c| c.set(c.get() + 1));
    });
}

/// Drop everything parked; each drop may park more, dropped in turn.
fn drain_parked() {
    loop {
        let next = PARKED.try_with(|p| p.borrow_mut().pop()).ok().flatten();
        let Some(parked) = next else { break };
        PARKED_COUNT.with(|c| c.set(c.get() - 1));
        drop(parked);
    }
}
