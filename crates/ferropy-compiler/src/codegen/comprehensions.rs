//! Comprehensions and generator expressions: inlined in the current frame
//! (PEP 709) where the symbol table allows, else a nested code object.

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let scope = self.symtable.scope_for(range);
        if self.symtable.scopes[scope].inlined {
            return self.inline_comprehension(scope, generators, kind);
        }
        let qualname = self.qualname_for(name);
        let line = self.line_of(range);
        let outer_async =
            self.unit().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
        self.push_unit(scope, name.into(), qualname, line);
        self.unit().argcount = 1;
        let is_async_scope =
            self.unit().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
        if is_async_scope && !matches!(kind, CompKind::Gen(_)) && !outer_async {
            return self.syntax_error(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            );
        }
        if let Some(build) = kind.build_empty() {
            self.emit(build);
        }
        self.emit(Instr::LoadFast(0));
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

    /// PEP 709: a list, set or dict comprehension run in the current frame
    /// (the symbol table chose it; see `SymbolTable::can_inline`). Its
    /// variables are fast locals of this frame, cleared when it ends,
    /// whether normally or by an exception.
    pub(super) fn inline_comprehension(
        &mut self,
        scope: usize,
        generators: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        let build = kind
            .build_empty()
            .expect("generator expressions are not inlined");
        self.emit(build);
        self.emit(Instr::Swap(2));
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().inlined.push(scope);
        let result = self.comprehension_loop(generators, 0, kind);
        self.unit().inlined.pop();
        result?;
        self.emit(Instr::PopBlock);
        let slots: Vec<u32> = self.symtable.scopes[scope]
            .bound_names()
            .map(|name| add_var(self.units.last_mut().unwrap(), name))
            .collect();
        self.clear_locals(&slots);
        let end = self.emit(Instr::Jump(0));
        // [result, iterator, prev, exc]
        self.patch(setup);
        self.clear_locals(&slots);
        self.emit(Instr::Reraise);
        self.patch(end);
        Ok(())
    }

    /// Unbind fast locals, whether bound or not.
    pub(super) fn clear_locals(&mut self, slots: &[u32]) {
        for &slot in slots {
            self.emit_const(Constant::None);
            self.emit(Instr::StoreFast(slot));
            self.emit(Instr::DeleteFast(slot));
        }
    }

    /// The loop of generator `level`, whose iterator is on the stack for
    /// level 0.
    pub(super) fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        level: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let gen = &generators[level];
        if level > 0 {
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

    pub(super) fn async_comprehension_loop(
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

    pub(super) fn comprehension_body(
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
}
