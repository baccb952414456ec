//! AST → bytecode. One `Unit` per scope being compiled; nested scopes push a
//! new unit and become `Constant::Code` in their parent.

mod comprehensions;
mod constants;
mod definitions;
mod exceptions;
mod expressions;
mod patterns;
mod statements;

use constants::{const_same, const_tuple, is_constant_expr, negate_const, number_const};
use expressions::binop;

use crate::bytecode::{
    code_flags, make_function, type_param, BinOp, CmpOp, CodeObject, Constant, Conversion, Instr,
    Label, UnaryOp,
};
use crate::error::CompileError;
use crate::expr_names::describe_expr;
use crate::future::{self, Futures};
use crate::line_index::LineIndex;
use crate::symtable::{NameScope, ParamPart, ScopeKind, SymbolTable, CLASSDICT};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

/// What the code being compiled is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` source.
    Exec,
    /// `eval` source: one expression whose value is returned.
    Eval,
    /// Interactive prompt: expression statements print their value.
    Single,
}

/// A control-flow construct enclosing the code being compiled, consulted by
/// `return`/`break`/`continue` to emit the right clean-up.
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        breaks: Vec<usize>,
    },
    ForLoop {
        start: Label,
        breaks: Vec<usize>,
    },
    TryExcept,
    Finally {
        body: &'a [Stmt],
    },
    /// Running the finally body on the exception path: `[prev, exc]` on stack.
    FinallyExc,
    /// Inside an `except` clause: `[prev]` on stack.
    Handler {
        name: Option<&'a str>,
    },
    With,
    /// Inside an `except*` clause (`return`/`break`/`continue` are errors).
    StarHandler,
}

/// One code object under construction.
struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    instructions: Vec<Instr>,
    lines: Vec<u32>,
    constants: Vec<Constant>,
    names: Vec<Rc<str>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Rc<str>>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    line: u32,
    fblocks: Vec<FBlock<'a>>,
    flags: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    docstring: Option<Rc<str>>,
    /// Class units: attributes assigned as `self.<name>` in its methods
    /// (`__static_attributes__`).
    static_attributes: BTreeSet<String>,
    /// Comprehensions being compiled inline in this unit, innermost last.
    inlined: Vec<usize>,
}

/// Compiles a parsed module (or expression) into a `CodeObject`.
pub struct Compiler<'a> {
    source: &'a str,
    filename: Rc<str>,
    lines: LineIndex,
    symtable: SymbolTable,
    units: Vec<Unit<'a>>,
    mode: Mode,
    futures: Futures,
}

type CResult<T = ()> = Result<T, CompileError>;

fn is_docstring(stmt: &Stmt) -> Option<&str> {
    if let Stmt::Expr(e) = stmt {
        if let Expr::StringLiteral(s) = e.value.as_ref() {
            return Some(s.value.to_str());
        }
    }
    None
}

impl<'a> Compiler<'a> {
    /// Compile a module body.
    pub fn compile_module(
        source: &'a str,
        filename: &str,
        body: &'a [Stmt],
        mode: Mode,
    ) -> CResult<CodeObject> {
        let futures = future::scan(body)?;
        let symtable = SymbolTable::build(body, futures.annotations)?;
        let mut c = Compiler {
            source,
            filename: filename.into(),
            lines: LineIndex::new(source),
            symtable,
            units: Vec::new(),
            mode,
            futures,
        };
        c.push_unit(0, "<module>".into(), "<module>".into(), 1);
        if let Some(doc) = body.first().and_then(is_docstring) {
            if mode == Mode::Exec {
                c.emit_const(Constant::Str(doc.into()));
                c.store_name("__doc__");
            }
        }
        if c.symtable.scopes[0].has_annotations {
            c.emit(Instr::SetupAnnotations);
        }
        let start =
            usize::from(body.first().and_then(is_docstring).is_some() && mode == Mode::Exec);
        let mut last_value = false;
        for (i, stmt) in body.iter().enumerate().skip(start) {
            if mode == Mode::Eval && i == body.len() - 1 {
                if let Stmt::Expr(e) = stmt {
                    c.set_line(stmt.range());
                    c.expr(&e.value)?;
                    last_value = true;
                    continue;
                }
            }
            c.stmt(stmt)?;
        }
        if !last_value {
            c.emit_const(Constant::None);
        }
        c.emit(Instr::ReturnValue);
        Ok(c.pop_unit())
    }

    /// Compile a single expression (for `eval`).
    pub fn compile_expression(
        source: &'a str,
        filename: &str,
        expr: &'a Expr,
    ) -> CResult<CodeObject> {
        let symtable = SymbolTable::build_expression(expr)?;
        let mut c = Compiler {
            source,
            filename: filename.into(),
            lines: LineIndex::new(source),
            symtable,
            units: Vec::new(),
            mode: Mode::Eval,
            futures: Futures::default(),
        };
        c.push_unit(0, "<module>".into(), "<module>".into(), 1);
        c.set_line(expr.range());
        c.expr(expr)?;
        c.emit(Instr::ReturnValue);
        Ok(c.pop_unit())
    }

    // ----- units -------------------------------------------------------

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: u32) {
        let sc = &self.symtable.scopes[scope];
        let mut unit = Unit {
            scope,
            kind: sc.kind,
            name,
            qualname,
            first_line,
            instructions: Vec::new(),
            lines: Vec::new(),
            constants: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: sc.cellvars(),
            freevars: sc.freevars(),
            line: first_line,
            fblocks: Vec::new(),
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
            static_attributes: BTreeSet::new(),
            inlined: Vec::new(),
        };
        if sc.kind.is_function_like() {
            unit.flags |= code_flags::OPTIMIZED;
            for p in &sc.params {
                add_var(&mut unit, p);
            }
            for l in sc.locals() {
                add_var(&mut unit, l);
            }
            if sc.is_generator && sc.is_coroutine {
                unit.flags |= code_flags::ASYNC_GENERATOR;
            } else if sc.is_generator {
                unit.flags |= code_flags::GENERATOR;
            } else if sc.is_coroutine {
                unit.flags |= code_flags::COROUTINE;
            }
        }
        if sc.needs_class_cell {
            unit.flags |= code_flags::CLASSCELL;
        }
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> CodeObject {
        let u = self.units.pop().unwrap();
        let params = &self.symtable.scopes[u.scope].params;
        let cell_from_arg = u
            .cellvars
            .iter()
            .map(|c| params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        CodeObject {
            name: u.name.into(),
            qualname: u.qualname.into(),
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            instructions: u.instructions,
            lines: u.lines,
            constants: u.constants,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars.into_iter().map(Into::into).collect(),
            freevars: u.freevars.into_iter().map(Into::into).collect(),
            cell_from_arg,
            max_stack: 0,
            docstring: u.docstring,
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    // ----- emitting ----------------------------------------------------

    fn emit(&mut self, instr: Instr) -> usize {
        let u = self.unit();
        u.instructions.push(instr);
        u.lines.push(u.line);
        u.instructions.len() - 1
    }

    fn here(&mut self) -> Label {
        self.unit().instructions.len() as Label
    }

    /// Point the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: Label) {
        let instr = &mut self.unit().instructions[at];
        *instr = match *instr {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::SetupExcept(_) => Instr::SetupExcept(target),
            Instr::EndAsyncFor => Instr::EndAsyncFor,
            other => panic!("patching a non-jump {other:?}"),
        };
    }

    fn set_line(&mut self, range: TextRange) {
        let line = self.lines.line_of(range.start().to_u32());
        self.unit().line = line;
    }

    fn line_of(&self, range: TextRange) -> u32 {
        self.lines.line_of(range.start().to_u32())
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        for (i, existing) in u.constants.iter().enumerate() {
            if const_same(existing, &c) {
                return i as u32;
            }
        }
        u.constants.push(c);
        (u.constants.len() - 1) as u32
    }

    fn emit_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.into());
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn deref_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("{name} is not a cell or free variable of {}", u.name));
        (u.cellvars.len() + i) as u32
    }

    fn syntax_error<T>(&self, msg: impl Into<String>, range: TextRange) -> CResult<T> {
        Err(CompileError::syntax(msg, Some(range)))
    }

    // ----- names -------------------------------------------------------

    /// `name` after private name mangling in the current scope.
    fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        let scope = self.units.last().unwrap().scope;
        self.symtable.scopes[scope].mangle(name)
    }

    /// A string constant holding `name` mangled (annotation and keyword
    /// default keys).
    fn mangled_str(&self, name: &str) -> Constant {
        Constant::Str(self.mangle(name).as_ref().into())
    }

    /// The names-table index of attribute `attr`, mangled.
    fn attr_idx(&mut self, attr: &str) -> u32 {
        let mangled = self.mangle(attr).into_owned();
        self.name_idx(&mangled)
    }

    /// How the (mangled) `name` is accessed here: as a variable of an
    /// inlined comprehension being compiled, or as the unit's scope says.
    fn resolve(&self, name: &str) -> NameScope {
        let unit = self.units.last().unwrap();
        let in_comprehension = unit
            .inlined
            .iter()
            .any(|&c| self.symtable.scopes[c].lookup(name) == NameScope::Local);
        if in_comprehension {
            return NameScope::Local;
        }
        self.symtable.scopes[unit.scope].lookup(name)
    }

    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let kind = self.unit().kind;
        let resolved = self.resolve(name);
        if ctx == ast::ExprContext::Load && self.load_through_classdict(name, resolved) {
            return;
        }
        let instr = match (resolved, kind.is_function_like()) {
            (NameScope::Local, true) => {
                let i = self.unit().var_index.get(name).copied().unwrap_or_else(|| {
                    let u = self.unit();
                    add_var(u, name)
                });
                match ctx {
                    ast::ExprContext::Load => Instr::LoadFast(i),
                    ast::ExprContext::Store => Instr::StoreFast(i),
                    _ => Instr::DeleteFast(i),
                }
            }
            (NameScope::Cell | NameScope::Free, _)
                if kind.is_function_like() || resolved == NameScope::Free =>
            {
                let i = self.deref_idx(name);
                match ctx {
                    ast::ExprContext::Load if !kind.is_function_like() => Instr::LoadClassDeref(i),
                    ast::ExprContext::Load => Instr::LoadDeref(i),
                    ast::ExprContext::Store => Instr::StoreDeref(i),
                    _ => Instr::DeleteDeref(i),
                }
            }
            (NameScope::GlobalExplicit, _) | (NameScope::GlobalImplicit, true) => {
                let i = self.name_idx(name);
                match ctx {
                    ast::ExprContext::Load => Instr::LoadGlobal(i),
                    ast::ExprContext::Store => Instr::StoreGlobal(i),
                    _ => Instr::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.name_idx(name);
                match ctx {
                    ast::ExprContext::Load => Instr::LoadName(i),
                    ast::ExprContext::Store => Instr::StoreName(i),
                    _ => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
    }

    /// In an annotation scope that sees a class namespace, a global or free
    /// name is looked up in the class's `__classdict__` first.
    fn load_through_classdict(&mut self, name: &str, resolved: NameScope) -> bool {
        let scope = self.unit().scope;
        if !self.symtable.scopes[scope].can_see_class || name == CLASSDICT {
            return false;
        }
        let instr = match resolved {
            NameScope::GlobalImplicit => Instr::LoadFromDictOrGlobals(self.name_idx(name)),
            NameScope::Free => Instr::LoadFromDictOrDeref(self.deref_idx(name)),
            _ => return false,
        };
        let dict = self.deref_idx(CLASSDICT);
        self.emit(Instr::LoadDeref(dict));
        self.emit(instr);
        true
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Del);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

impl CompKind<'_> {
    /// The instruction creating the empty result (none for a generator).
    fn build_empty(self) -> Option<Instr> {
        match self {
            CompKind::List(_) => Some(Instr::BuildList(0)),
            CompKind::Set(_) => Some(Instr::BuildSet(0)),
            CompKind::Dict(..) => Some(Instr::BuildMap(0)),
            CompKind::Gen(_) => None,
        }
    }
}

fn add_var(unit: &mut Unit, name: &str) -> u32 {
    if let Some(&i) = unit.var_index.get(name) {
        return i;
    }
    let i = unit.varnames.len() as u32;
    unit.varnames.push(name.into());
    unit.var_index.insert(name.to_string(), i);
    i
}
