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

    pub(super) fn try_star_unsupported(&mut self, range: TextRange) -> CResult {
        Err(CompileError::not_implemented(
            "except* (exception groups)",
            range,
        ))
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
