//! `VmCode`: a compiled `CodeObject` plus its constants and names turned into
//! Python values once, so `LoadConst` and name lookups never allocate.

use crate::value::Value;
use ferropy_compiler::bytecode::CodeObject;
use std::rc::Rc;

/// A code object ready to run.
pub struct VmCode {
    pub code: Rc<CodeObject>,
    /// `code.constants` as values (nested code objects become `Payload::Code`).
    pub consts: Box<[Value]>,
    /// `code.names` as interned `str` objects (hash cached).
    pub names: Box<[Value]>,
    /// Number of fast locals + cells + free variables.
    pub nslots: usize,
    /// Attribute caches, one per entry of `names`.
    pub attr_caches: Box<[crate::attr_cache::AttrCache]>,
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
