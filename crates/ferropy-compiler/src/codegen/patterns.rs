//! `match` statements and their patterns.

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        for (i, case) in m.cases.iter().enumerate() {
            let may_be_irrefutable = case.guard.is_some() || i + 1 == m.cases.len();
            check_reachable(&case.pattern, may_be_irrefutable)?;
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
    pub(super) fn pattern(&mut self, p: &'a ast::Pattern) -> CResult {
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
    pub(super) fn pattern_tails(&mut self, fails: Vec<usize>, depth: u32) {
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

    pub(super) fn sequence_pattern(&mut self, pats: &'a [ast::Pattern]) -> CResult {
        let mut fails = Vec::new();
        self.emit(Instr::MatchSequence);
        fails.push(self.emit(Instr::PopJumpIfFalse(0)));
        let star = pats
            .iter()
            .position(|p| matches!(p, ast::Pattern::MatchStar(_)));
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

    pub(super) fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping) -> CResult {
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

    pub(super) fn class_pattern(&mut self, c: &'a ast::PatternMatchClass) -> CResult {
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
}

/// A pattern that always matches must come last (in a `match` or among
/// `|` alternatives), unless a guard follows it: CPython rejects the
/// patterns it would make unreachable. `allowed` says whether `p` may be
/// irrefutable where it stands.
fn check_reachable(p: &ast::Pattern, allowed: bool) -> CResult {
    match p {
        ast::Pattern::MatchAs(a) => match &a.pattern {
            Some(inner) => check_reachable(inner, allowed),
            None if allowed => Ok(()),
            None => {
                let msg = match &a.name {
                    Some(name) => format!(
                        "name capture '{}' makes remaining patterns unreachable",
                        name.as_str()
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                Err(CompileError::syntax(msg, Some(a.range)))
            }
        },
        ast::Pattern::MatchOr(o) => {
            let last = o.patterns.len() - 1;
            for (i, alt) in o.patterns.iter().enumerate() {
                check_reachable(alt, allowed && i == last)?;
            }
            Ok(())
        }
        ast::Pattern::MatchSequence(s) => {
            s.patterns.iter().try_for_each(|p| check_reachable(p, true))
        }
        ast::Pattern::MatchMapping(m) => {
            m.patterns.iter().try_for_each(|p| check_reachable(p, true))
        }
        ast::Pattern::MatchClass(c) => c
            .arguments
            .patterns
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern))
            .try_for_each(|p| check_reachable(p, true)),
        _ => Ok(()),
    }
}
