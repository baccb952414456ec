//! `VmCode`: a compiled `CodeObject` plus its constants and names turned into
//! Python values once, so `LoadConst` and name lookups never allocate.

use crate::value::Value;
use ferropy_compiler::bytecode::{CodeObject, Instr};
use std::rc::Rc;

/// A code object ready to run.
pub struct VmCode {
    pub code: Rc<CodeObject>,
    /// `code.instructions` with quickened pairs (`Instr::pair`) written
    /// over the first instruction of each pair; what the interpreter runs.
    pub instrs: Box<[Instr]>,
    /// `code.constants` as values (nested code objects become `Payload::Code`).
    pub consts: Box<[Value]>,
    /// `code.names` as interned `str` objects (hash cached).
    pub names: Box<[Value]>,
    /// `code.name`, `code.qualname` and the docstring (or `None`) as values,
    /// shared by every function made from this code.
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    /// The slot of the `__class__` free variable (methods that use
    /// `super()` or `__class__`), if any.
    pub class_cell: Option<usize>,
    /// Number of fast locals + cells + free variables.
    pub nslots: usize,
    /// `Some(argcount)` when a call with exactly `argcount` positional
    /// arguments only has to put them in the first slots (then make its
    /// cells): a plain function (not a generator or coroutine) without
    /// keyword-only, `*args` or `**kwargs` parameters. The interpreter's fast
    /// path makes such calls without going through the general call
    /// machinery.
    pub plain_argcount: Option<usize>,
    /// Attribute caches, one per entry of `names`.
    pub attr_caches: Box<[crate::attr_cache::AttrCache]>,
    /// `LoadGlobal` caches, one per entry of `names`.
    pub global_caches: Box<[crate::global_cache::GlobalCache]>,
}

impl VmCode {
    /// Source line of the instruction at `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.code
            .lines
            .get(ip)
            .copied()
            .unwrap_or(self.code.first_line)
    }

    /// Index of the first cell slot in a frame's slot array.
    pub fn cell_base(&self) -> usize {
        self.code.varnames.len()
    }
}
