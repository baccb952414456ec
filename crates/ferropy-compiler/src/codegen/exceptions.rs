//! `try` and `with`: exception handlers and their clean-up paths.

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit()
            .fblocks
            .push(FBlock::Finally { body: &t.finalbody });
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

    pub(super) fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            return self.try_star(t);
        }
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
                    self.emit(Instr::CheckExcMatch);
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                }
                None => None,
            };
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

    /// `try ... except* T:`. At the handler the stack is `[prev, orig]`;
    /// the clauses work on `[prev, orig, raised, rest]`: each splits `rest`
    /// with `CheckEgMatch`, runs its body on the match, and collects what the
    /// body raises into `raised`; `PrepReraiseStar` then computes what, if
    /// anything, to re-raise.
    fn try_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(&t.orelse)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap(2));
        for handler in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                return self.syntax_error("expected one or more exception types", h.range);
            };
            self.expr(ty)?;
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit_const(Constant::None);
            self.emit(Instr::IsOp(false));
            let no_match = self.emit(Instr::PopJumpIfTrue(0));
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            let body_setup = self.emit(Instr::SetupExcept(0));
            self.unit().fblocks.push(FBlock::StarHandler);
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.clear_handler_name(name);
            let next = self.emit(Instr::Jump(0));
            // The body raised: [.., raised, rest, prev2, exc2] -> add exc2 to raised.
            self.patch(body_setup);
            self.emit(Instr::ListAppend(3));
            self.emit(Instr::PopExcept);
            self.clear_handler_name(name);
            let next2 = self.emit(Instr::Jump(0));
            self.patch(no_match);
            self.emit(Instr::PopTop);
            self.patch(next);
            self.patch(next2);
        }
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit_const(Constant::None);
        self.emit(Instr::IsOp(true));
        let done = self.emit(Instr::PopJumpIfFalse(0));
        self.emit(Instr::Reraise);
        self.patch(done);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.patch(end);
        Ok(())
    }

    /// `except ... as name:` unbinds `name` when the clause ends.
    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(n) = name {
            self.emit_const(Constant::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }

    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult {
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
}
