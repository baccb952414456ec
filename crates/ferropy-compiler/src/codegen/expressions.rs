//! Expressions, calls and f-strings.

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(n) => self.emit_const(number_const(&n.value)),
            Expr::StringLiteral(s) => self.emit_const(Constant::Str(s.value.to_str().into())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b
                    .value
                    .iter()
                    .flat_map(|p| p.value.iter().copied())
                    .collect();
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
                let i = self.attr_idx(a.attr.as_str());
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
            Expr::Starred(s) => {
                return self.syntax_error("can't use starred expression here", s.range)
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return self.syntax_error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    );
                };
                self.comprehension(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(key, &c.value),
                )?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range, "yield")?;
                self.opt_expr(y.value.as_deref())?;
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range, "yield from")?;
                if self.unit().flags & code_flags::ASYNC_GENERATOR != 0
                    || self.unit().flags & code_flags::COROUTINE != 0
                {
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

    /// `yield` and `yield from` belong in functions, not in class bodies,
    /// modules or comprehensions.
    pub(super) fn check_yield_allowed(&self, range: TextRange, what: &str) -> CResult {
        let u = self.units.last().unwrap();
        if !u.kind.is_function_like() {
            return self.syntax_error(format!("'{what}' outside function"), range);
        }
        if u.kind == ScopeKind::Comprehension {
            let inside = match u.name.as_str() {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            return self.syntax_error(format!("'yield' inside {inside}"), range);
        }
        Ok(())
    }

    pub(super) fn opt_expr(&mut self, e: Option<&'a Expr>) -> CResult {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.emit_const(Constant::None);
                Ok(())
            }
        }
    }

    pub(super) fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
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

    pub(super) fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult {
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

    pub(super) fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
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

    pub(super) fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let saved_line = self.unit().line;
        let simple = c.arguments.keywords.is_empty()
            && !c
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)));
        if let (Expr::Attribute(a), true) = (c.func.as_ref(), simple) {
            self.expr(&a.value)?;
            self.set_line(a.attr.range);
            let i = self.attr_idx(a.attr.as_str());
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

    /// The positional arguments of a call with `*` as one tuple; `extra`
    /// values already pushed lead it, `typing.Generic[*.type_params]` ends
    /// it when `generic_base`.
    fn star_args(&mut self, args: &'a [Expr], extra: u32, generic_base: bool) -> CResult {
        if let ([Expr::Starred(s)], 0, false) = (args, extra, generic_base) {
            self.expr(&s.value)?;
            self.emit(Instr::StarArgsToTuple);
            return Ok(());
        }
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
        if generic_base {
            self.load_name(".type_params");
            self.emit(Instr::SubscriptGeneric);
            self.emit(Instr::ListAppend(1));
        }
        self.emit(Instr::ListToTuple);
        Ok(())
    }

    /// Push arguments and emit the call; `extra` positional args are already
    /// on the stack above the callable.
    pub(super) fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        extra: u32,
    ) -> CResult {
        self.call_args_with(args, keywords, extra, false)
    }

    /// `call_args`, with `typing.Generic[*.type_params]` as a last
    /// positional argument when `generic_base` (a generic class's bases).
    pub(super) fn call_args_with(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        extra: u32,
        generic_base: bool,
    ) -> CResult {
        check_repeated_keywords(keywords)?;
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            let extra = extra + self.push_positionals(args, generic_base)?;
            if keywords.is_empty() {
                self.emit(Instr::Call(args.len() as u32 + extra));
                return Ok(());
            }
            let mut names = Vec::new();
            for k in keywords {
                let name = k.arg.as_ref().unwrap().as_str();
                self.expr(&k.value)?;
                names.push(Constant::Str(name.into()));
            }
            let total = args.len() as u32 + extra + keywords.len() as u32;
            self.emit_const(Constant::Tuple(names.into()));
            self.emit(Instr::CallKw(total));
            return Ok(());
        }
        self.star_args(args, extra, generic_base)?;
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

    /// Push plain positional arguments `args`, then the generic base if
    /// asked; return how many of the latter were pushed.
    fn push_positionals(&mut self, args: &'a [Expr], generic_base: bool) -> CResult<u32> {
        for a in args {
            self.expr(a)?;
        }
        if !generic_base {
            return Ok(0);
        }
        self.load_name(".type_params");
        self.emit(Instr::SubscriptGeneric);
        Ok(1)
    }

    pub(super) fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
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
    pub(super) fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
    ) -> CResult<u32> {
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
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            debug.expression(),
                            debug.trailing()
                        );
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

/// `f(x=1, x=2)` is a `SyntaxError`.
fn check_repeated_keywords(keywords: &[ast::Keyword]) -> CResult {
    let mut seen = std::collections::HashSet::new();
    for k in keywords {
        if let Some(name) = &k.arg {
            if !seen.insert(name.as_str()) {
                let msg = format!("keyword argument repeated: {}", name.as_str());
                return Err(CompileError::syntax(msg, Some(k.range)));
            }
        }
    }
    Ok(())
}

pub(super) fn binop(op: ast::Operator) -> BinOp {
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
