//! Functions, lambdas, classes, type parameters and type aliases.

use super::*;
use crate::unparse::annotation_text;

impl<'a> Compiler<'a> {
    pub(super) fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Push defaults / kwdefaults / annotations; return MakeFunction flags.
    pub(super) fn function_prelude(
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
                self.emit_const(self.mangled_str(name));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= make_function::KWDEFAULTS;
        }
        let mut n_ann = 0;
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.emit_const(self.mangled_str(p.name().as_str()));
                self.annotation(a)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            self.emit_const(Constant::Str("return".into()));
            self.annotation(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Instr::BuildMap(n_ann));
            flags |= make_function::ANNOTATIONS;
        }
        Ok(flags)
    }

    /// An annotation's value: its text under `from __future__ import
    /// annotations`, else its value; `*args: *Ts` (PEP 646) annotates with
    /// the single item `*Ts` unpacks to.
    pub(super) fn annotation(&mut self, a: &'a Expr) -> CResult {
        if self.futures.annotations {
            self.emit_const(Constant::Str(annotation_text(a, self.source).into()));
            return Ok(());
        }
        match a {
            Expr::Starred(s) => {
                self.expr(&s.value)?;
                self.emit(Instr::UnpackSequence(1));
                Ok(())
            }
            _ => self.expr(a),
        }
    }

    pub(super) fn set_arg_counts(&mut self, params: Option<&ast::Parameters>) {
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
    pub(super) fn make_closure(&mut self, code: CodeObject, mut flags: u8) {
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

    pub(super) fn type_params(&mut self, tp: Option<&'a ast::TypeParams>) -> CResult {
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

    pub(super) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
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

    pub(super) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        self.type_params(c.type_params.as_deref())?;
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(c.range);
        self.emit(Instr::LoadBuildClass);
        let scope = self.symtable.scope_for(c.range);
        let qualname = self.qualname_for(c.name.as_str());
        let first_line = self.line_of(c.range);
        self.push_unit(
            scope,
            c.name.as_str().to_string(),
            qualname.clone(),
            first_line,
        );
        let module = self.name_idx("__name__");
        self.emit(Instr::LoadName(module));
        self.store_name("__module__");
        self.emit_const(Constant::Str(qualname.into()));
        self.store_name("__qualname__");
        self.emit_const(Constant::Int(first_line.into()));
        self.store_name("__firstlineno__");
        if self.symtable.scopes[scope].has_annotations {
            self.emit(Instr::SetupAnnotations);
        }
        let mut body: &[Stmt] = &c.body;
        if let Some(doc) = c.body.first().and_then(is_docstring) {
            self.emit_const(Constant::Str(doc.into()));
            self.store_name("__doc__");
            body = &c.body[1..];
        }
        self.body(body)?;
        let attributes: Vec<Constant> = std::mem::take(&mut self.unit().static_attributes)
            .into_iter()
            .map(|a| Constant::Str(a.into()))
            .collect();
        self.emit_const(Constant::Tuple(attributes.into()));
        self.store_name("__static_attributes__");
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

    pub(super) fn type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult {
        let Expr::Name(name) = t.name.as_ref() else {
            return self.syntax_error("invalid type alias name", t.range);
        };
        self.emit_const(Constant::Str(name.id.as_str().into()));
        let scope = self.symtable.scope_for(t.range);
        let first_line = self.line_of(t.range);
        self.push_unit(
            scope,
            name.id.as_str().to_string(),
            name.id.as_str().to_string(),
            first_line,
        );
        self.type_params(t.type_params.as_deref())?;
        self.expr(&t.value)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        self.emit(Instr::MakeTypeAlias);
        self.store_name(name.id.as_str());
        Ok(())
    }

    pub(super) fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
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
}
