//! Freeing objects without deep Rust recursion.
//!
//! Dropping an object drops what it holds, which drops what that holds:
//! a linked list or a nested list millions deep would recurse millions of
//! frames and overflow the stack (CPython's "trashcan" solves the same
//! problem). Once drops have used `MAX_DROP_STACK` bytes of stack below
//! the VM's base (`note_stack_base`), `release_children` parks an object's
//! contents on a thread-local list instead of dropping them; the next
//! drop that runs near the base empties the list, in a loop.

use crate::object::{Obj, Payload};
use std::cell::{Cell, RefCell};

/// How much stack nested drops may use below the base.
const MAX_DROP_STACK: usize = 256 * 1024;

/// The contents of an object whose drop was put off.
type Parked = (Option<crate::value::ObjRef>, Payload);

thread_local! {
    /// The stack address the VM started from (0: not set on this thread,
    /// so nothing is parked).
    static STACK_BASE: Cell<usize> = const { Cell::new(0) };
    /// How many entries `PARKED` holds (cheap to read: no destructor).
    static PARKED_COUNT: Cell<usize> = const { Cell::new(0) };
    /// Contents waiting for a drop near the base.
    static PARKED: RefCell<Vec<Parked>> = const { RefCell::new(Vec::new()) };
}

/// The current stack address, roughly.
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Remember the current stack address as this thread's base (the VM calls
/// this when it is created).
pub fn note_stack_base() {
    STACK_BASE.with(|b| b.set(stack_address()));
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

/// Called from `Drop for Obj`: park the object's dict and payload when
/// drops are nested deep, and empty the parked list when back near the
/// base. Otherwise they drop in place, after this returns.
#[inline]
pub fn release_children(obj: &mut Obj) {
    if !obj.has_dict() && !may_hold_objects(&obj.payload) {
        return;
    }
    let base = STACK_BASE.with(Cell::get);
    let used = base.saturating_sub(stack_address());
    if used > MAX_DROP_STACK {
        park(obj);
    } else if used < MAX_DROP_STACK / 4 && PARKED_COUNT.with(Cell::get) > 0 {
        drop(take_children(obj));
        drain_parked();
    }
}

fn take_children(obj: &mut Obj) -> Parked {
    (
        obj.take_dict(),
        std::mem::replace(&mut obj.payload, Payload::Instance),
    )
}

/// Put the contents of `obj` on the parked list. (During thread exit,
/// with the list gone, they drop in place as `obj` drops.)
#[cold]
fn park(obj: &mut Obj) {
    let _ = PARKED.try_with(|p| {
        p.borrow_mut().push(take_children(obj));
        PARKED_COUNT.with(|c| c.set(c.get() + 1));
    });
}

/// Drop everything parked; each drop may park more, dropped in turn.
#[cold]
pub fn drain_parked() {
    loop {
        let next = PARKED.try_with(|p| p.borrow_mut().pop()).ok().flatten();
        let Some(parked) = next else { break };
        PARKED_COUNT.with(|c| c.set(c.get() - 1));
        drop(parked);
    }
}
