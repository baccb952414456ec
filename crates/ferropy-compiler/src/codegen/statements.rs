//! Statements: assignments, control flow, imports.

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, stmt: &'a Stmt) -> CResult {
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

    pub(super) fn assign_target(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.note_static_attribute(a);
                self.expr(&a.value)?;
                let i = self.attr_idx(a.attr.as_str());
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
                return self.syntax_error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                )
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

    /// Record `self.<name> = ...` in a method for the enclosing class's
    /// `__static_attributes__`.
    pub(super) fn note_static_attribute(&mut self, target: &ast::ExprAttribute) {
        let is_self = matches!(target.value.as_ref(), Expr::Name(n) if n.id.as_str() == "self");
        if !is_self || !self.unit().kind.is_function_like() {
            return;
        }
        if let Some(class) = self
            .units
            .iter_mut()
            .rev()
            .find(|u| u.kind == ScopeKind::Class)
        {
            class
                .static_attributes
                .insert(target.attr.as_str().to_string());
        }
    }

    pub(super) fn unpack_targets(&mut self, elts: &'a [Expr], range: TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            None => {
                self.emit(Instr::UnpackSequence(elts.len() as u32));
            }
            Some(pos) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
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

    pub(super) fn delete_target(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(a.attr.as_str());
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

    pub(super) fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(a.op);
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.note_static_attribute(at);
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let i = self.attr_idx(at.attr.as_str());
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

    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.assign_target(&a.target)?;
        }
        if self.unit().kind.is_function_like() {
            // Annotations of locals are never evaluated.
            return Ok(());
        }
        match a.target.as_ref() {
            Expr::Name(n) if a.simple => {
                self.annotation(&a.annotation)?;
                let i = self.name_idx("__annotations__");
                self.emit(Instr::LoadName(i));
                self.emit_const(self.mangled_str(n.id.as_str()));
                self.emit(Instr::StoreSubscr);
            }
            _ if self.futures.annotations => {}
            _ => {
                self.expr(&a.annotation)?;
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    pub(super) fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
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
    pub(super) fn jump_if(&mut self, test: &'a Expr, when: bool) -> CResult<usize> {
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

    pub(super) fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
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

    pub(super) fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
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
    pub(super) fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult {
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

    pub(super) fn break_continue(&mut self, is_break: bool, range: TextRange) -> CResult {
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
        self.check_not_in_star_handler(loop_pos + 1, range)?;
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
    pub(super) fn unwind_fblocks(&mut self, down_to: usize, keep_tos: bool) -> CResult {
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

    pub(super) fn unwind_one(&mut self, block: &FBlock<'a>, keep_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
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
            FBlock::StarHandler => {}
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
    pub(super) fn call_exit_none(&mut self) {
        self.emit_const(Constant::None);
        self.emit_const(Constant::None);
        self.emit_const(Constant::None);
        self.emit(Instr::Call(3));
        self.emit(Instr::PopTop);
    }

    /// `return`/`break`/`continue` may not leave an `except*` clause.
    fn check_not_in_star_handler(&mut self, down_to: usize, range: TextRange) -> CResult {
        if self.unit().fblocks[down_to..]
            .iter()
            .any(|b| matches!(b, FBlock::StarHandler))
        {
            return self.syntax_error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            );
        }
        Ok(())
    }

    pub(super) fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
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
        self.check_not_in_star_handler(0, r.range)?;
        self.unwind_fblocks(0, true)?;
        self.set_line(r.range);
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub(super) fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
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

    pub(super) fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let stmt_start = i.range.start();
        let at_module_start = self.units.len() == 1 && self.futures.allows(stmt_start);
        if future::is_future_import(i) && !at_module_start {
            let msg = "from __future__ imports must occur at the beginning of the file";
            return self.syntax_error(msg, i.range);
        }
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
}
