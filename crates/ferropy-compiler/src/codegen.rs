//! AST → bytecode. One `Unit` per scope being compiled; nested scopes push a
//! new unit and become `Constant::Code` in their parent.

use crate::bytecode::{
    code_flags, make_function, BinOp, CmpOp, CodeObject, Constant, Conversion, Instr, Label,
    UnaryOp,
};
use crate::error::CompileError;
use crate::line_index::LineIndex;
use crate::symtable::{NameScope, ScopeKind, SymbolTable};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;
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
    WhileLoop { start: Label, breaks: Vec<usize> },
    ForLoop { start: Label, breaks: Vec<usize> },
    TryExcept,
    Finally { body: &'a [Stmt] },
    /// Running the finally body on the exception path: `[prev, exc]` on stack.
    FinallyExc,
    /// Inside an `except` clause: `[prev]` on stack.
    Handler { name: Option<&'a str> },
    With,
    /// Value kept on the stack by a construct (match subject).
    PopValue,
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
}

/// Compiles a parsed module (or expression) into a `CodeObject`.
pub struct Compiler<'a> {
    source: &'a str,
    filename: Rc<str>,
    lines: LineIndex,
    symtable: SymbolTable,
    units: Vec<Unit<'a>>,
    mode: Mode,
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
        let symtable = SymbolTable::build(body)?;
        let mut c = Compiler {
            source,
            filename: filename.into(),
            lines: LineIndex::new(source),
            symtable,
            units: Vec::new(),
            mode,
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
        let start = usize::from(body.first().and_then(is_docstring).is_some() && mode == Mode::Exec);
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
    pub fn compile_expression(source: &'a str, filename: &str, expr: &'a Expr) -> CResult<CodeObject> {
        let symtable = SymbolTable::build_expression(expr)?;
        let mut c = Compiler {
            source,
            filename: filename.into(),
            lines: LineIndex::new(source),
            symtable,
            units: Vec::new(),
            mode: Mode::Eval,
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
        let i = u.freevars.iter().position(|c| c == name).unwrap_or_else(|| {
            panic!("{name} is not a cell or free variable of {}", u.name)
        });
        (u.cellvars.len() + i) as u32
    }

    fn syntax_error<T>(&self, msg: impl Into<String>, range: TextRange) -> CResult<T> {
        Err(CompileError::syntax(msg, Some(range)))
    }

    // ----- names -------------------------------------------------------

    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let scope = self.unit().scope;
        let kind = self.unit().kind;
        let resolved = self.symtable.scopes[scope].lookup(name);
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

    fn load_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Del);
    }

    // ----- statements --------------------------------------------------

    fn body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> CResult {
        self.set_line(stmt.range());
        match stmt {
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else if is_constant_expr(&e.value) {
                    // Docstring-like constants are dropped.
                } else {
                    self.expr(&e.value)?;
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.assign_target(target)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.expr(exc)?;
                    n += 1;
                    if let Some(cause) = &r.cause {
                        self.expr(cause)?;
                        n += 1;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => {
                let skip = self.jump_if(&a.test, true)?;
                let i = self.name_idx("AssertionError");
                self.emit(Instr::LoadGlobal(i));
                if let Some(msg) = &a.msg {
                    self.expr(msg)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch(skip);
            }
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => self.type_alias(t)?,
            Stmt::IpyEscapeCommand(i) => return self.syntax_error("invalid syntax", i.range),
        }
        Ok(())
    }

    fn assign_target(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(a.attr.as_str());
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_targets(elts, target.range())?;
            }
            Expr::Starred(s) => {
                return self.syntax_error("starred assignment target must be in a list or tuple", s.range)
            }
            other => {
                return self.syntax_error(
                    format!("cannot assign to {}", describe_expr(other)),
                    other.range(),
                )
            }
        }
        Ok(())
    }

    fn unpack_targets(&mut self, elts: &'a [Expr], range: TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            None => {
                self.emit(Instr::UnpackSequence(elts.len() as u32));
            }
            Some(pos) => {
                if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                    return self.syntax_error("multiple starred expressions in assignment", range);
                }
                let after = elts.len() - pos - 1;
                self.emit(Instr::UnpackEx(pos as u16, after as u16));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.assign_target(&s.value)?,
                _ => self.assign_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(a.attr.as_str());
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                return self.syntax_error(
                    format!("cannot delete {}", describe_expr(other)),
                    other.range(),
                )
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(a.op);
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let i = self.name_idx(at.attr.as_str());
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return self.syntax_error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe_expr(other)
                    ),
                    other.range(),
                )
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.assign_target(&a.target)?;
        }
        let kind = self.unit().kind;
        if let Expr::Name(n) = a.target.as_ref() {
            if a.simple && !kind.is_function_like() {
                self.expr(&a.annotation)?;
                let i = self.name_idx("__annotations__");
                self.emit(Instr::LoadName(i));
                self.emit_const(Constant::Str(n.id.as_str().into()));
                self.emit(Instr::StoreSubscr);
            }
        } else if !kind.is_function_like() {
            self.expr(&a.annotation)?;
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let mut end_jumps = Vec::new();
        let mut next = self.jump_if(&i.test, false)?;
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            end_jumps.push(self.emit(Instr::Jump(0)));
            self.patch(next);
            match &clause.test {
                Some(test) => {
                    self.set_line(test.range());
                    next = self.jump_if(test, false)?;
                    self.body(&clause.body)?;
                }
                None => {
                    self.body(&clause.body)?;
                    next = usize::MAX;
                }
            }
        }
        if next != usize::MAX {
            self.patch(next);
        }
        for j in end_jumps {
            self.patch(j);
        }
        Ok(())
    }

    /// Evaluate `test` and emit a jump taken when its truth equals `when`;
    /// returns the jump to patch.
    fn jump_if(&mut self, test: &'a Expr, when: bool) -> CResult<usize> {
        if let Expr::UnaryOp(u) = test {
            if u.op == ast::UnaryOp::Not {
                return self.jump_if(&u.operand, !when);
            }
        }
        self.expr(test)?;
        Ok(self.emit(if when {
            Instr::PopJumpIfTrue(0)
        } else {
            Instr::PopJumpIfFalse(0)
        }))
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.here();
        let exit = self.jump_if(&w.test, false)?;
        self.unit().fblocks.push(FBlock::WhileLoop {
            start,
            breaks: Vec::new(),
        });
        self.body(&w.body)?;
        self.emit(Instr::Jump(start));
        let Some(FBlock::WhileLoop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!()
        };
        self.patch(exit);
        self.body(&w.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.expr(&f.iter)?;
        if f.is_async {
            return self.async_for(f);
        }
        self.emit(Instr::GetIter);
        let start = self.here();
        let for_iter = self.emit(Instr::ForIter(0));
        self.unit().fblocks.push(FBlock::ForLoop {
            start,
            breaks: Vec::new(),
        });
        self.assign_target(&f.target)?;
        self.body(&f.body)?;
        self.set_line(f.range);
        self.emit(Instr::Jump(start));
        let Some(FBlock::ForLoop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!()
        };
        self.patch(for_iter);
        self.body(&f.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// `async for`: the iterator stays on the stack; `StopAsyncIteration`
    /// raised by `__anext__` ends the loop through an exception handler.
    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        self.emit(Instr::GetAIter);
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        self.emit_const(Constant::None);
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.unit().fblocks.push(FBlock::ForLoop {
            start,
            breaks: Vec::new(),
        });
        self.assign_target(&f.target)?;
        self.body(&f.body)?;
        self.emit(Instr::Jump(start));
        let Some(FBlock::ForLoop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!()
        };
        self.patch(setup);
        // [aiter, prev, exc]: re-raises unless StopAsyncIteration.
        self.emit(Instr::EndAsyncFor);
        self.body(&f.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: TextRange) -> CResult {
        let loop_pos = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }));
        let Some(loop_pos) = loop_pos else {
            return self.syntax_error(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                range,
            );
        };
        self.unwind_fblocks(loop_pos + 1, false)?;
        let is_for = matches!(self.unit().fblocks[loop_pos], FBlock::ForLoop { .. });
        if is_break {
            if is_for {
                self.emit(Instr::PopTop);
            }
            let j = self.emit(Instr::Jump(0));
            match &mut self.unit().fblocks[loop_pos] {
                FBlock::WhileLoop { breaks, .. } | FBlock::ForLoop { breaks, .. } => breaks.push(j),
                _ => unreachable!(),
            }
        } else {
            let start = match &self.unit().fblocks[loop_pos] {
                FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => *start,
                _ => unreachable!(),
            };
            self.emit(Instr::Jump(start));
        }
        Ok(())
    }

    /// Emit the clean-up for leaving every fblock above index `down_to`.
    /// With `keep_tos`, a value on top of the stack is preserved.
    fn unwind_fblocks(&mut self, down_to: usize, keep_tos: bool) -> CResult {
        let mut i = self.unit().fblocks.len();
        while i > down_to {
            i -= 1;
            let block = self.unit().fblocks.remove(i);
            let result = self.unwind_one(&block, keep_tos);
            self.unit().fblocks.insert(i, block);
            result?;
        }
        Ok(())
    }

    fn unwind_one(&mut self, block: &FBlock<'a>, keep_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if keep_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally { body } => {
                self.emit(Instr::PopBlock);
                self.body(body)?;
            }
            FBlock::FinallyExc => {
                if keep_tos {
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                    self.emit(Instr::Swap(2));
                } else {
                    self.emit(Instr::PopTop);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::Handler { name } => {
                if keep_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.emit_const(Constant::None);
                    self.store_name(name);
                    self.delete_name(name);
                }
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if keep_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_none();
            }
        }
        Ok(())
    }

    /// [exit] -> [] calling exit(None, None, None).
    fn call_exit_none(&mut self) {
        self.emit_const(Constant::None);
        self.emit_const(Constant::None);
        self.emit_const(Constant::None);
        self.emit(Instr::Call(3));
        self.emit(Instr::PopTop);
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if !self.unit().kind.is_function_like() || self.unit().kind == ScopeKind::Comprehension {
            return self.syntax_error("'return' outside function", r.range);
        }
        if let Some(v) = &r.value {
            if self.unit().flags & code_flags::ASYNC_GENERATOR != 0 {
                return self.syntax_error("'return' with value in async generator", r.range);
            }
            self.expr(v)?;
        } else {
            self.emit_const(Constant::None);
        }
        self.unwind_fblocks(0, true)?;
        self.set_line(r.range);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::Finally { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch(setup);
        // Stack: [prev, exc]
        for (i, handler) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.set_line(h.range);
            if h.type_.is_none() && i + 1 < t.handlers.len() {
                return self.syntax_error("default 'except:' must be last", h.range);
            }
            let next = match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(if t.is_star {
                        Instr::CheckEgMatch
                    } else {
                        Instr::CheckExcMatch
                    });
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                }
                None => None,
            };
            if t.is_star {
                return self.try_star_unsupported(h.range);
            }
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler { name });
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = name {
                self.emit_const(Constant::None);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(next) = next {
                self.patch(next);
            }
        }
        self.emit(Instr::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn try_star_unsupported(&mut self, range: TextRange) -> CResult {
        Err(CompileError::not_implemented("except* (exception groups)", range))
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult {
        if item == w.items.len() {
            return self.body(&w.body);
        }
        let it = &w.items[item];
        self.expr(&it.context_expr)?;
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_const(Constant::None);
            self.emit(Instr::YieldFrom);
        } else {
            self.emit(Instr::BeforeWith);
        }
        match &it.optional_vars {
            Some(t) => self.assign_target(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::With);
        self.with_stmt(w, item + 1)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        if w.is_async {
            self.emit_const(Constant::None);
            self.emit_const(Constant::None);
            self.emit_const(Constant::None);
            self.emit(Instr::Call(3));
            self.emit(Instr::GetAwaitable);
            self.emit_const(Constant::None);
            self.emit(Instr::YieldFrom);
            self.emit(Instr::PopTop);
        } else {
            self.call_exit_none();
        }
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        // [exit, prev, exc]
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit(Instr::GetAwaitable);
            self.emit_const(Constant::None);
            self.emit(Instr::YieldFrom);
        }
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.patch(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for alias in &i.names {
            let full = alias.name.as_str();
            self.emit_const(Constant::Int(0));
            self.emit_const(Constant::None);
            let idx = self.name_idx(full);
            self.emit(Instr::ImportName(idx));
            match &alias.asname {
                Some(asname) => {
                    for part in full.split('.').skip(1) {
                        let p = self.name_idx(part);
                        self.emit(Instr::ImportFrom(p));
                        self.emit(Instr::Swap(2));
                        self.emit(Instr::PopTop);
                    }
                    self.store_name(asname.as_str());
                }
                None => {
                    let top = full.split('.').next().unwrap();
                    self.store_name(top);
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        self.emit_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.as_str().into()))
            .collect();
        self.emit_const(Constant::Tuple(names.into()));
        let idx = self.name_idx(module);
        self.emit(Instr::ImportName(idx));
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            let n = self.name_idx(alias.name.as_str());
            self.emit(Instr::ImportFrom(n));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound.as_str());
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    // ----- functions and classes --------------------------------------

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Push defaults / kwdefaults / annotations; return MakeFunction flags.
    fn function_prelude(
        &mut self,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
    ) -> CResult<u8> {
        let mut flags = 0;
        let Some(params) = params else {
            return Ok(0);
        };
        let defaults: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= make_function::DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.parameter.name.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                self.emit_const(Constant::Str((*name).into()));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= make_function::KWDEFAULTS;
        }
        let mut n_ann = 0;
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.emit_const(Constant::Str(p.name().as_str().into()));
                self.expr(a)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            self.emit_const(Constant::Str("return".into()));
            self.expr(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Instr::BuildMap(n_ann));
            flags |= make_function::ANNOTATIONS;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, params: Option<&ast::Parameters>) {
        let Some(p) = params else { return };
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Emit the closure tuple (if needed) and the MakeFunction for `code`.
    fn make_closure(&mut self, code: CodeObject, mut flags: u8) {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let i = self.deref_idx(name);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= make_function::CLOSURE;
        }
        self.emit_const(Constant::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction(flags));
    }

    fn type_params(&mut self, tp: Option<&'a ast::TypeParams>) -> CResult {
        let Some(tp) = tp else { return Ok(()) };
        for p in &tp.type_params {
            let (name, kind) = match p {
                ast::TypeParam::TypeVar(t) => {
                    if let Some(b) = &t.bound {
                        self.emit_const(Constant::Str(t.name.as_str().into()));
                        self.expr(b)?;
                        self.emit(Instr::MakeTypeParam(1));
                        self.store_name(t.name.as_str());
                        continue;
                    }
                    (t.name.as_str(), 0)
                }
                ast::TypeParam::TypeVarTuple(t) => (t.name.as_str(), 2),
                ast::TypeParam::ParamSpec(t) => (t.name.as_str(), 3),
            };
            self.emit_const(Constant::Str(name.into()));
            self.emit(Instr::MakeTypeParam(kind));
            self.store_name(name);
        }
        Ok(())
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        self.type_params(f.type_params.as_deref())?;
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(f.range);
        let flags = self.function_prelude(Some(&f.parameters), f.returns.as_deref())?;
        let scope = self.symtable.scope_for(f.range);
        let qualname = self.qualname_for(f.name.as_str());
        let first_line = self.line_of(f.range);
        let first_line = f
            .decorator_list
            .first()
            .map(|_| self.line_of(TextRange::new(f.name.range.start(), f.name.range.end())))
            .map(|l| l.min(first_line))
            .unwrap_or(first_line);
        self.push_unit(scope, f.name.as_str().to_string(), qualname, first_line);
        self.set_arg_counts(Some(&f.parameters));
        let mut body: &[Stmt] = &f.body;
        if let Some(doc) = f.body.first().and_then(is_docstring) {
            self.unit().docstring = Some(doc.into());
            body = &f.body[1..];
        }
        self.body(body)?;
        self.emit_const(Constant::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, flags);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        self.type_params(c.type_params.as_deref())?;
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(c.range);
        self.emit(Instr::LoadBuildClass);
        let scope = self.symtable.scope_for(c.range);
        let qualname = self.qualname_for(c.name.as_str());
        let first_line = self.line_of(c.range);
        self.push_unit(scope, c.name.as_str().to_string(), qualname.clone(), first_line);
        let module = self.name_idx("__name__");
        self.emit(Instr::LoadName(module));
        self.store_name("__module__");
        self.emit_const(Constant::Str(qualname.into()));
        self.store_name("__qualname__");
        let mut body: &[Stmt] = &c.body;
        if let Some(doc) = c.body.first().and_then(is_docstring) {
            self.emit_const(Constant::Str(doc.into()));
            self.store_name("__doc__");
            body = &c.body[1..];
        }
        if self.symtable.scopes[scope].has_annotations {
            self.emit(Instr::SetupAnnotations);
        }
        self.body(body)?;
        if self.symtable.scopes[scope].needs_class_cell {
            let i = self.deref_idx("__class__");
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            self.store_name("__classcell__");
        } else {
            self.emit_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        self.emit_const(Constant::Str(c.name.as_str().into()));
        match &c.arguments {
            Some(args) => self.call_args(&args.args, &args.keywords, 2)?,
            None => {
                self.emit(Instr::Call(2));
            }
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    fn type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult {
        let Expr::Name(name) = t.name.as_ref() else {
            return self.syntax_error("invalid type alias name", t.range);
        };
        self.emit_const(Constant::Str(name.id.as_str().into()));
        let scope = self.symtable.scope_for(t.range);
        let first_line = self.line_of(t.range);
        self.push_unit(scope, name.id.as_str().to_string(), name.id.as_str().to_string(), first_line);
        self.type_params(t.type_params.as_deref())?;
        self.expr(&t.value)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        self.emit(Instr::MakeTypeAlias);
        self.store_name(name.id.as_str());
        Ok(())
    }

    // ----- match ------------------------------------------------------

    fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        for case in &m.cases {
            self.set_line(case.range);
            self.emit(Instr::Copy(1));
            self.pattern(&case.pattern)?;
            let next = self.emit(Instr::PopJumpIfFalse(0));
            let guard_fail = match &case.guard {
                Some(g) => Some(self.jump_if(g, false)?),
                None => None,
            };
            self.emit(Instr::PopTop);
            self.body(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.patch(next);
            if let Some(g) = guard_fail {
                self.patch(g);
            }
        }
        self.emit(Instr::PopTop);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// [subject] -> [bool], binding captures on success.
    fn pattern(&mut self, p: &'a ast::Pattern) -> CResult {
        match p {
            ast::Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
            }
            ast::Pattern::MatchSingleton(s) => {
                self.emit_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Instr::IsOp(false));
            }
            ast::Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    match &a.name {
                        Some(n) => self.store_name(n.as_str()),
                        None => {
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.emit_const(Constant::Bool(true));
                }
                Some(inner) => {
                    self.emit(Instr::Copy(1));
                    self.pattern(inner)?;
                    let fail = self.emit(Instr::PopJumpIfFalse(0));
                    match &a.name {
                        Some(n) => self.store_name(n.as_str()),
                        None => {
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.emit_const(Constant::Bool(true));
                    let end = self.emit(Instr::Jump(0));
                    self.patch(fail);
                    self.emit(Instr::PopTop);
                    self.emit_const(Constant::Bool(false));
                    self.patch(end);
                }
            },
            ast::Pattern::MatchOr(o) => {
                let mut successes = Vec::new();
                for alt in &o.patterns {
                    self.emit(Instr::Copy(1));
                    self.pattern(alt)?;
                    successes.push(self.emit(Instr::PopJumpIfTrue(0)));
                }
                self.emit(Instr::PopTop);
                self.emit_const(Constant::Bool(false));
                let end = self.emit(Instr::Jump(0));
                for s in successes {
                    self.patch(s);
                }
                self.emit(Instr::PopTop);
                self.emit_const(Constant::Bool(true));
                self.patch(end);
            }
            ast::Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns)?,
            ast::Pattern::MatchMapping(m) => self.mapping_pattern(m)?,
            ast::Pattern::MatchClass(c) => self.class_pattern(c)?,
            ast::Pattern::MatchStar(s) => {
                return self.syntax_error("can't use starred name here", s.range);
            }
        }
        Ok(())
    }

    /// Emit `[n items] -> [False]` failure and `[n items] -> [True]` success tails.
    fn pattern_tails(&mut self, fails: Vec<usize>, depth: u32) {
        for _ in 0..depth {
            self.emit(Instr::PopTop);
        }
        self.emit_const(Constant::Bool(true));
        let end = self.emit(Instr::Jump(0));
        for f in fails {
            self.patch(f);
        }
        for _ in 0..depth {
            self.emit(Instr::PopTop);
        }
        self.emit_const(Constant::Bool(false));
        self.patch(end);
    }

    fn sequence_pattern(&mut self, pats: &'a [ast::Pattern]) -> CResult {
        let mut fails = Vec::new();
        self.emit(Instr::MatchSequence);
        fails.push(self.emit(Instr::PopJumpIfFalse(0)));
        let star = pats.iter().position(|p| matches!(p, ast::Pattern::MatchStar(_)));
        let n = pats.len() as i64;
        self.emit(Instr::GetLen);
        match star {
            None => {
                self.emit_const(Constant::Int(n));
                self.emit(Instr::Compare(CmpOp::Eq));
            }
            Some(_) => {
                self.emit_const(Constant::Int(n - 1));
                self.emit(Instr::Compare(CmpOp::Ge));
            }
        }
        fails.push(self.emit(Instr::PopJumpIfFalse(0)));
        for (i, p) in pats.iter().enumerate() {
            self.emit(Instr::Copy(1));
            match (star, p) {
                (Some(si), ast::Pattern::MatchStar(s)) => {
                    let after = n - si as i64 - 1;
                    self.emit_const(Constant::Int(si as i64));
                    if after == 0 {
                        self.emit_const(Constant::None);
                    } else {
                        self.emit_const(Constant::Int(-after));
                    }
                    self.emit(Instr::BuildSlice(2));
                    self.emit(Instr::BinarySubscr);
                    self.emit(Instr::BuildList(0));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::ListExtend(1));
                    match &s.name {
                        Some(name) => self.store_name(name.as_str()),
                        None => {
                            self.emit(Instr::PopTop);
                        }
                    }
                    continue;
                }
                (Some(si), _) if i > si => {
                    self.emit_const(Constant::Int(i as i64 - n));
                    self.emit(Instr::BinarySubscr);
                }
                _ => {
                    self.emit_const(Constant::Int(i as i64));
                    self.emit(Instr::BinarySubscr);
                }
            }
            self.pattern(p)?;
            fails.push(self.emit(Instr::PopJumpIfFalse(0)));
        }
        self.pattern_tails(fails, 1);
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping) -> CResult {
        let mut fails1 = Vec::new();
        self.emit(Instr::MatchMapping);
        fails1.push(self.emit(Instr::PopJumpIfFalse(0)));
        for k in &m.keys {
            self.expr(k)?;
        }
        self.emit(Instr::BuildTuple(m.keys.len() as u32));
        self.emit(Instr::MatchKeys);
        // [subj, keys, values|None]
        self.emit(Instr::Copy(1));
        self.emit_const(Constant::None);
        self.emit(Instr::IsOp(false));
        let mut fails3 = vec![self.emit(Instr::PopJumpIfTrue(0))];
        for (i, p) in m.patterns.iter().enumerate() {
            self.emit(Instr::Copy(1));
            self.emit_const(Constant::Int(i as i64));
            self.emit(Instr::BinarySubscr);
            self.pattern(p)?;
            fails3.push(self.emit(Instr::PopJumpIfFalse(0)));
        }
        self.emit(Instr::PopTop);
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::CopyDictWithoutKeys);
                self.store_name(rest.as_str());
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
            }
        }
        self.emit_const(Constant::Bool(true));
        let end = self.emit(Instr::Jump(0));
        for f in fails3 {
            self.patch(f);
        }
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
        for f in fails1 {
            self.patch(f);
        }
        self.emit(Instr::PopTop);
        self.emit_const(Constant::Bool(false));
        self.patch(end);
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass) -> CResult {
        self.emit(Instr::Copy(1));
        self.expr(&c.cls)?;
        let names: Vec<Constant> = c
            .arguments
            .keywords
            .iter()
            .map(|k| Constant::Str(k.attr.as_str().into()))
            .collect();
        self.emit_const(Constant::Tuple(names.into()));
        self.emit(Instr::MatchClass(c.arguments.patterns.len() as u32));
        // [subj, attrs|None]
        self.emit(Instr::Copy(1));
        self.emit_const(Constant::None);
        self.emit(Instr::IsOp(false));
        let mut fails = vec![self.emit(Instr::PopJumpIfTrue(0))];
        let subpatterns = c
            .arguments
            .patterns
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
        for (i, p) in subpatterns.enumerate() {
            self.emit(Instr::Copy(1));
            self.emit_const(Constant::Int(i as i64));
            self.emit(Instr::BinarySubscr);
            self.pattern(p)?;
            fails.push(self.emit(Instr::PopJumpIfFalse(0)));
        }
        self.pattern_tails(fails, 2);
        Ok(())
    }

    // ----- expressions ------------------------------------------------

    fn expr(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(n) => self.emit_const(number_const(&n.value)),
            Expr::StringLiteral(s) => self.emit_const(Constant::Str(s.value.to_str().into())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.iter().flat_map(|p| p.value.iter().copied()).collect();
                self.emit_const(Constant::Bytes(bytes.into()))
            }
            Expr::BooleanLiteral(b) => self.emit_const(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Constant::None),
            Expr::EllipsisLiteral(_) => self.emit_const(Constant::Ellipsis),
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.emit_const(Constant::Bool(true));
                } else {
                    self.name_op(n.id.as_str(), n.ctx)
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, u.operand.as_ref()) {
                    if let Some(c) = negate_const(number_const(&n.value)) {
                        self.emit_const(c);
                        return Ok(());
                    }
                }
                self.expr(&u.operand)?;
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                }));
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let else_jump = self.jump_if(&i.test, false)?;
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch(else_jump);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.assign_target(&n.target)?;
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(a.attr.as_str());
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                self.opt_expr(s.lower.as_deref())?;
                self.opt_expr(s.upper.as_deref())?;
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Tuple(t) => {
                if let Some(c) = const_tuple(&t.elts) {
                    self.emit_const(c);
                } else {
                    self.sequence(&t.elts, SeqKind::Tuple)?
                }
            }
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Expr::Set(s) => self.sequence(&s.elts, SeqKind::Set)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Starred(s) => return self.syntax_error("can't use starred expression here", s.range),
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) => self.comprehension(c.range, "<listcomp>", &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(c.range, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return self.syntax_error("dict unpacking cannot be used in dict comprehension", c.range);
                };
                self.comprehension(c.range, "<dictcomp>", &c.generators, CompKind::Dict(key, &c.value))?
            }
            Expr::Generator(c) => self.comprehension(c.range, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?,
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range, "yield")?;
                self.opt_expr(y.value.as_deref())?;
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range, "yield from")?;
                if self.unit().flags & code_flags::ASYNC_GENERATOR != 0 || self.unit().flags & code_flags::COROUTINE != 0 {
                    return self.syntax_error("'yield from' inside async function", y.range);
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetIter);
                self.emit_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            Expr::Await(a) => {
                let u = self.units.last().unwrap();
                let ok = u.flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
                if !ok {
                    let msg = if u.kind.is_function_like() {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return self.syntax_error(msg, a.range);
                }
                self.expr(&a.value)?;
                self.emit(Instr::GetAwaitable);
                self.emit_const(Constant::None);
                self.emit(Instr::YieldFrom);
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => {
                return Err(CompileError::not_implemented("template strings", t.range))
            }
            Expr::IpyEscapeCommand(i) => return self.syntax_error("invalid syntax", i.range),
        }
        Ok(())
    }

    fn check_yield_allowed(&self, range: TextRange, what: &str) -> CResult {
        let u = self.units.last().unwrap();
        if !u.kind.is_function_like() {
            return self.syntax_error(format!("'{}' outside function", what.split(' ').next().unwrap()), range);
        }
        if u.kind == ScopeKind::Comprehension && u.name != "<genexpr>" {
            return self.syntax_error(format!("'{what}' inside list comprehension"), range);
        }
        Ok(())
    }

    fn opt_expr(&mut self, e: Option<&'a Expr>) -> CResult {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.emit_const(Constant::None);
                Ok(())
            }
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
            }
            self.emit(cmp_instr(*op));
            if i + 1 < n {
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Instr::Jump(0));
            for j in cleanups {
                self.patch(j);
            }
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.patch(end);
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        self.emit(if kind == SeqKind::Set {
            Instr::BuildSet(0)
        } else {
            Instr::BuildList(0)
        });
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if kind == SeqKind::Set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if kind == SeqKind::Set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                self.expr(item.key.as_ref().unwrap())?;
                self.expr(&item.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let saved_line = self.unit().line;
        let simple = c.arguments.keywords.is_empty()
            && !c.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if let (Expr::Attribute(a), true) = (c.func.as_ref(), simple) {
            self.expr(&a.value)?;
            self.set_line(a.attr.range);
            let i = self.name_idx(a.attr.as_str());
            self.emit(Instr::LoadMethod(i));
            for arg in c.arguments.args.iter() {
                self.expr(arg)?;
            }
            self.set_line(a.attr.range);
            self.emit(Instr::CallMethod(c.arguments.args.len() as u32));
            self.unit().line = saved_line;
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_args(&c.arguments.args, &c.arguments.keywords, 0)?;
        self.unit().line = saved_line;
        Ok(())
    }

    /// Push arguments and emit the call; `extra` positional args are already
    /// on the stack above the callable.
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword], extra: u32) -> CResult {
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(args.len() as u32 + extra));
                return Ok(());
            }
            let mut names = Vec::new();
            for k in keywords {
                let name = k.arg.as_ref().unwrap().as_str();
                if names.iter().any(|n: &Constant| matches!(n, Constant::Str(s) if &**s == name)) {
                    return self.syntax_error(format!("keyword argument repeated: {name}"), k.range);
                }
                self.expr(&k.value)?;
                names.push(Constant::Str(name.into()));
            }
            let total = args.len() as u32 + extra + keywords.len() as u32;
            self.emit_const(Constant::Tuple(names.into()));
            self.emit(Instr::CallKw(total));
            return Ok(());
        }
        // General case: build a tuple of positionals and a dict of keywords.
        self.emit(Instr::BuildList(extra));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.emit_const(Constant::Str(name.as_str().into()));
                    self.expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(true));
        Ok(())
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let flags = self.function_prelude(l.parameters.as_deref(), None)?;
        let scope = self.symtable.scope_for(l.range);
        let qualname = self.qualname_for("<lambda>");
        let line = self.line_of(l.range);
        self.push_unit(scope, "<lambda>".into(), qualname, line);
        self.set_arg_counts(l.parameters.as_deref());
        self.expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, flags);
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let scope = self.symtable.scope_for(range);
        let qualname = self.qualname_for(name);
        let line = self.line_of(range);
        let outer_async = self.unit().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
        self.push_unit(scope, name.into(), qualname, line);
        self.unit().argcount = 1;
        let is_async_scope = self.unit().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
        if is_async_scope && !matches!(kind, CompKind::Gen(_)) && !outer_async {
            return self.syntax_error("asynchronous comprehension outside of an asynchronous function", range);
        }
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        self.comprehension_loop(generators, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.emit_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        let is_async_code = code.flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
        self.make_closure(code, 0);
        self.expr(&generators[0].iter)?;
        if generators[0].is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if is_async_code && !matches!(kind, CompKind::Gen(_)) {
            self.emit(Instr::GetAwaitable);
            self.emit_const(Constant::None);
            self.emit(Instr::YieldFrom);
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        level: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let gen = &generators[level];
        if level == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&gen.iter)?;
            if gen.is_async {
                self.emit(Instr::GetAIter);
            } else {
                self.emit(Instr::GetIter);
            }
        }
        if gen.is_async {
            return self.async_comprehension_loop(generators, level, kind);
        }
        let start = self.here();
        let for_iter = self.emit(Instr::ForIter(0));
        self.assign_target(&gen.target)?;
        self.comprehension_body(generators, level, kind, start)?;
        self.emit(Instr::Jump(start));
        self.patch(for_iter);
        Ok(())
    }

    fn async_comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        level: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        self.emit_const(Constant::None);
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.assign_target(&generators[level].target)?;
        self.comprehension_body(generators, level, kind, start)?;
        self.emit(Instr::Jump(start));
        self.patch(setup);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        generators: &'a [ast::Comprehension],
        level: usize,
        kind: CompKind<'a>,
        start: Label,
    ) -> CResult {
        for cond in &generators[level].ifs {
            let skip = self.jump_if(cond, false)?;
            self.patch_to(skip, start);
        }
        if level + 1 < generators.len() {
            return self.comprehension_loop(generators, level + 1, kind);
        }
        let depth = level as u32 + 2;
        match kind {
            CompKind::List(e) => {
                self.expr(e)?;
                self.emit(Instr::ListAppend(depth));
            }
            CompKind::Set(e) => {
                self.expr(e)?;
                self.emit(Instr::SetAdd(depth));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::MapAdd(depth));
            }
            CompKind::Gen(e) => {
                self.expr(e)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut n = 0;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        self.emit_const(Constant::Str(l.value.as_ref().into()));
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    n += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if n == 0 {
            self.emit_const(Constant::Str("".into()));
        } else if n > 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    /// Push each element as a string; returns how many were pushed.
    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.emit_const(Constant::Str(l.value.as_ref().into()));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    if let Some(debug) = &i.debug_text {
                        let text = format!("{}{}{}", debug.leading(), debug.expression(), debug.trailing());
                        self.emit_const(Constant::Str(text.into()));
                        n += 1;
                        if conversion == Conversion::None && i.format_spec.is_none() {
                            conversion = Conversion::Repr;
                        }
                    }
                    self.expr(&i.expression)?;
                    let has_spec = match &i.format_spec {
                        Some(spec) => {
                            let k = self.fstring_elements(&spec.elements)?;
                            if k == 0 {
                                self.emit_const(Constant::Str("".into()));
                            } else if k > 1 {
                                self.emit(Instr::BuildString(k));
                            }
                            true
                        }
                        None => false,
                    };
                    self.emit(Instr::FormatValue(conversion, has_spec));
                    n += 1;
                }
            }
        }
        Ok(n)
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

fn add_var(unit: &mut Unit, name: &str) -> u32 {
    if let Some(&i) = unit.var_index.get(name) {
        return i;
    }
    let i = unit.varnames.len() as u32;
    unit.varnames.push(name.into());
    unit.var_index.insert(name.to_string(), i);
    i
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
    }
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    match op {
        ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
        ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
        ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
        ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
        ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
        ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
        ast::CmpOp::Is => Instr::IsOp(false),
        ast::CmpOp::IsNot => Instr::IsOp(true),
        ast::CmpOp::In => Instr::ContainsOp(false),
        ast::CmpOp::NotIn => Instr::ContainsOp(true),
    }
}

fn number_const(n: &ast::Number) -> Constant {
    match n {
        ast::Number::Int(i) => match i.as_i64() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(parse_big_literal(&i.to_string())),
        },
        ast::Number::Float(f) => Constant::Float(*f),
        ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
    }
}

/// Parse an integer literal token too big for i64 (`0x...`, `0o...`, decimal).
fn parse_big_literal(token: &str) -> BigInt {
    let clean: String = token.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

fn negate_const(c: Constant) -> Option<Constant> {
    match c {
        Constant::Int(i) => Some(match i.checked_neg() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(-BigInt::from(i)),
        }),
        Constant::BigInt(b) => {
            let neg = -b;
            Some(match i64::try_from(&neg) {
                Ok(v) => Constant::Int(v),
                Err(_) => Constant::BigInt(neg),
            })
        }
        Constant::Float(f) => Some(Constant::Float(-f)),
        _ => None,
    }
}

fn literal_const(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => number_const(&n.value),
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match u.operand.as_ref() {
            Expr::NumberLiteral(n) => negate_const(number_const(&n.value))?,
            _ => return None,
        },
        Expr::Tuple(t) => const_tuple(&t.elts)?,
        _ => return None,
    })
}

fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    let items: Option<Vec<Constant>> = elts.iter().map(literal_const).collect();
    Some(Constant::Tuple(items?.into()))
}

fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_)
    )
}

/// Constants are shared only when identical in type and value.
fn const_same(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Str(x), Constant::Str(y)) => x == y,
        _ => false,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) => "f-string expression",
        _ => "expression",
    }
}
