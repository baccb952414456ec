//! `Frame`: the state of one executing Python code object.
//!
//! Frames live on the heap in `Vm::frames`; a Python-to-Python call pushes a
//! frame and the interpreter loop carries on with it, so Python recursion
//! never recurses on the Rust stack.

use crate::value::{ObjRef, Value};
use crate::vmcode::VmCode;
use std::cell::RefCell;
use std::rc::Rc;

/// What a block on the block stack does when an exception unwinds through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `try` body (or `with`/`finally` protected region): jump to `handler`.
    Except,
    /// Inside a handler: restore the saved exception state at `level`.
    Handler,
}

/// One entry of a frame's block stack.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Value-stack depth to unwind to.
    pub level: u32,
}

/// How a generator frame running in place hands its results to the frame
/// under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InlineResume {
    /// Resumed by the consumer's `ForIter`: a yield pushes the value for the
    /// loop body, a return jumps to this loop exit.
    ForIter(u32),
    /// Resumed by the consumer's `YieldFrom` (which stays the consumer's
    /// current instruction): a yield passes the value on as the consumer's
    /// own, a return replaces the sub-iterator with the return value.
    YieldFrom,
    /// Resumed by a call in the consumer (`next(g)`, `g.__next__()`,
    /// `g.send(v)`): a yield is the call's result, a return raises
    /// `StopIteration` there.
    Call,
}

/// An executing (or suspended) Python frame.
pub struct Frame {
    pub code: Rc<VmCode>,
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Fast locals, then cells, then free variables (cells are `Cell` objects).
    pub slots: Vec<Value>,
    pub blocks: Vec<Block>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// Locals mapping for module, class and exec code.
    pub locals: Option<ObjRef>,
    /// When this frame returns, the interpreter loop returns to Rust.
    pub is_entry: bool,
    /// The generator object running this frame, if any.
    pub generator: Option<ObjRef>,
    /// For an `__init__` frame pushed by a class call: the new instance,
    /// which replaces the (necessarily `None`) return value.
    pub init_instance: Option<Value>,
    /// Set for a generator frame running in place on top of the frame that
    /// consumes it (no nested interpreter loop): how results go back.
    pub inline: Option<InlineResume>,
    /// The return value is dropped instead of pushed on the caller's stack
    /// (a property setter called for a `StoreAttr`).
    pub discard_result: bool,
}

impl Frame {
    /// A frame about to run `code` from its first instruction, with its
    /// slots filled and an empty value stack.
    pub fn new(
        code: Rc<VmCode>,
        slots: Vec<Value>,
        stack: Vec<Value>,
        globals: ObjRef,
        builtins: ObjRef,
    ) -> Frame {
        Frame {
            code,
            ip: 0,
            stack,
            slots,
            blocks: Vec::new(),
            globals,
            builtins,
            locals: None,
            is_entry: false,
            generator: None,
            init_instance: None,
            inline: None,
            discard_result: false,
        }
    }

    /// The source line being executed.
    pub fn lineno(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}

/// Empty value vectors kept for reuse as call argument lists, so a call
/// from the interpreter loop does not allocate.
#[derive(Default)]
pub struct VecPool(RefCell<Vec<Vec<Value>>>);

impl VecPool {
    /// Most vectors kept; more are freed.
    const LIMIT: usize = 64;

    /// An empty vector with room for `capacity` values.
    pub fn take(&self, capacity: usize) -> Vec<Value> {
        match self.0.borrow_mut().pop() {
            Some(mut v) => {
                v.reserve(capacity);
                v
            }
            None => Vec::with_capacity(capacity.max(4)),
        }
    }

    /// Take back a vector (emptied here).
    pub fn give_back(&self, mut v: Vec<Value>) {
        v.clear();
        let mut pool = self.0.borrow_mut();
        if pool.len() < Self::LIMIT {
            pool.push(v);
        }
    }
}

/// Finished frames kept for reuse, so a call allocates nothing: a
/// recycled frame keeps the capacity of its value stack, slots and block
/// stack. While idle, it keeps its code and builtins (so a frame reused
/// for the same function skips their reference counting) but its globals
/// point at a placeholder dict, so it keeps no user objects alive.
pub struct FramePool {
    /// Boxed because frames move between this pool and `Vm::frames` by
    /// pointer.
    #[allow(clippy::vec_box)]
    free: RefCell<Vec<Box<Frame>>>,
    idle_dict: ObjRef,
}

impl FramePool {
    /// Most frames kept; more are freed.
    const LIMIT: usize = 64;

    /// An empty pool; idle frames' globals will point at `idle_dict`.
    pub fn new(idle_dict: ObjRef) -> FramePool {
        FramePool {
            free: RefCell::new(Vec::new()),
            idle_dict,
        }
    }

    /// A frame about to run `code` from its first instruction, with an
    /// empty value stack and no slots yet (room for `code.nslots`).
    #[inline]
    pub fn frame(&self, code: &Rc<VmCode>, globals: &ObjRef, builtins: &ObjRef) -> Box<Frame> {
        let recycled = self.free.borrow_mut().pop();
        match recycled {
            Some(mut f) => {
                f.slots.reserve(code.nslots);
                // A frame reused for the same function keeps its references.
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                f.globals = globals.clone();
                if !Rc::ptr_eq(&f.builtins, builtins) {
                    f.builtins = builtins.clone();
                }
                f
            }
            None => {
                let slots = Vec::with_capacity(code.nslots);
                let (code, globals, builtins) = (code.clone(), globals.clone(), builtins.clone());
                Box::new(Frame::new(code, slots, Vec::new(), globals, builtins))
            }
        }
    }

    /// Take back a frame that has finished running.
    #[inline]
    pub fn recycle(&self, mut f: Box<Frame>) {
        if self.free.borrow().len() >= Self::LIMIT {
            return;
        }
        // Dropping values may queue finalizers; nothing here runs Python.
        f.stack.clear();
        f.slots.clear();
        f.blocks.clear();
        // The code (immutable constants) and the builtins (alive as long as
        // the interpreter) stay for the next use; the globals, which may
        // hold objects whose finalizers must run when they die, do not.
        f.globals = self.idle_dict.clone();
        f.ip = 0;
        f.locals = None;
        f.is_entry = false;
        f.generator = None;
        f.init_instance = None;
        f.inline = None;
        f.discard_result = false;
        self.free.borrow_mut().push(f);
    }
}
