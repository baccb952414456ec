//! Functions, lambdas, classes, type parameters and type aliases.

use super::*;
use crate::unparse::annotation_text;

impl<'a> Compiler<'a> {
    /// The qualified name of `name` defined in the current unit; PEP 695
    /// annotation scopes do not show in it.
    pub(super) fn qualname_for(&self, name: &str) -> String {
        let scopes = &self.symtable.scopes;
        let u = self
            .units
            .iter()
            .rev()
            .find(|u| scopes[u.scope].annotation.is_none())
            .unwrap();
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
        let Some(params) = params else {
            return Ok(0);
        };
        let flags = self.function_defaults(params)?;
        Ok(flags | self.function_annotations(params, returns)?)
    }

    /// Push the defaults tuple and keyword-only defaults dict (those
    /// present); return their MakeFunction flags.
    fn function_defaults(&mut self, params: &'a ast::Parameters) -> CResult<u8> {
        let mut flags = 0;
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
        Ok(flags)
    }

    /// Push the annotations dict if there are annotations; return its
    /// MakeFunction flag.
    fn function_annotations(
        &mut self,
        params: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<u8> {
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
        if n_ann == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildMap(n_ann));
        Ok(make_function::ANNOTATIONS)
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

    /// Enter the annotation scope of the type parameter list `tp` of
    /// `name`: create the parameters as its variables and `.type_params`.
    fn enter_type_params(&mut self, name: &str, tp: &'a ast::TypeParams) -> CResult {
        let scope = self.symtable.scope_for(tp.range);
        let code_name = format!("<generic parameters of {name}>");
        let qualname = self.qualname_for(&code_name);
        let line = self.line_of(tp.range);
        self.push_unit(scope, code_name, qualname, line);
        self.unit().argcount = self.symtable.scopes[scope].params.len() as u32;
        for p in &tp.type_params {
            self.type_param(p)?;
        }
        for p in &tp.type_params {
            self.load_name(p.name().as_str());
        }
        self.emit(Instr::BuildTuple(tp.type_params.len() as u32));
        self.store_name(".type_params");
        Ok(())
    }

    /// Leave a type parameter annotation scope (whose result is on the
    /// stack) and call it with the `nargs` values pushed by `push_args`.
    fn finish_type_params(&mut self, push_args: impl FnOnce(&mut Self) -> CResult<u32>) -> CResult {
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        let nargs = push_args(self)?;
        self.emit(Instr::Call(nargs));
        Ok(())
    }

    /// Create one type parameter and store it under its name; its bound
    /// (or constraints) and default become lazily called functions.
    fn type_param(&mut self, p: &'a ast::TypeParam) -> CResult {
        let name = p.name().as_str();
        let (mut flags, bound, default) = match p {
            ast::TypeParam::TypeVar(t) => (type_param::TYPEVAR, t.bound.as_deref(), &t.default),
            ast::TypeParam::TypeVarTuple(t) => (type_param::TYPEVARTUPLE, None, &t.default),
            ast::TypeParam::ParamSpec(t) => (type_param::PARAMSPEC, None, &t.default),
        };
        self.emit_const(Constant::Str(name.into()));
        if let Some(b) = bound {
            self.lazy_param_expr(name, b, ParamPart::Bound)?;
            flags |= type_param::BOUND;
            if matches!(b, Expr::Tuple(_)) {
                flags |= type_param::CONSTRAINTS;
            }
        }
        if let Some(d) = default {
            self.lazy_param_expr(name, d, ParamPart::Default)?;
            flags |= type_param::DEFAULT;
        }
        self.emit(Instr::MakeTypeParam(flags));
        self.store_name(name);
        Ok(())
    }

    /// Push a function of no arguments evaluating `e` in its annotation
    /// scope (`*Ts = *tuple[int]`: the one item the default unpacks to).
    fn lazy_param_expr(&mut self, name: &str, e: &'a Expr, part: ParamPart) -> CResult {
        let scope = self.symtable.param_scope_for(e.range(), part);
        let qualname = self.qualname_for(name);
        let line = self.line_of(e.range());
        self.push_unit(scope, name.to_string(), qualname, line);
        match e {
            Expr::Starred(s) => {
                self.expr(&s.value)?;
                self.emit(Instr::UnpackSequence(1));
            }
            _ => self.expr(e)?,
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        Ok(())
    }

    pub(super) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(f.range);
        match f.type_params.as_deref() {
            None => {
                let flags = self.function_prelude(Some(&f.parameters), f.returns.as_deref())?;
                self.function_body(f, flags)?;
            }
            Some(tp) => self.generic_function(f, tp)?,
        }
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    /// `def f[T](...)`: an annotation scope taking the defaults evaluated
    /// outside creates the parameters, evaluates the annotations and
    /// returns the function with its `__type_params__`.
    fn generic_function(
        &mut self,
        f: &'a ast::StmtFunctionDef,
        tp: &'a ast::TypeParams,
    ) -> CResult {
        self.enter_type_params(f.name.as_str(), tp)?;
        let mut flags = 0;
        for (name, flag) in [
            (".defaults", make_function::DEFAULTS),
            (".kwdefaults", make_function::KWDEFAULTS),
        ] {
            if self.unit().var_index.contains_key(name) {
                self.load_name(name);
                flags |= flag;
            }
        }
        flags |= self.function_annotations(&f.parameters, f.returns.as_deref())?;
        self.function_body(f, flags)?;
        self.load_name(".type_params");
        self.emit(Instr::SetTypeParams);
        self.finish_type_params(|c| {
            let flags = c.function_defaults(&f.parameters)?;
            Ok((flags & make_function::DEFAULTS != 0) as u32
                + (flags & make_function::KWDEFAULTS != 0) as u32)
        })
    }

    /// Compile the body of `f` and push the function made from it with
    /// the `flags` values already on the stack.
    fn function_body(&mut self, f: &'a ast::StmtFunctionDef, flags: u8) -> CResult {
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
        Ok(())
    }

    pub(super) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.set_line(c.range);
        match c.type_params.as_deref() {
            None => self.build_class(c)?,
            Some(tp) => {
                self.enter_type_params(c.name.as_str(), tp)?;
                self.build_class(c)?;
                self.finish_type_params(|_| Ok(0))?;
            }
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    /// Push the class `c` made by `__build_class__` (a generic class gets
    /// `Generic[*type_params]` as its last base).
    fn build_class(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        self.emit(Instr::LoadBuildClass);
        self.class_body(c)?;
        self.emit_const(Constant::Str(c.name.as_str().into()));
        let generic = c.type_params.is_some();
        match &c.arguments {
            Some(args) => self.call_args_with(&args.args, &args.keywords, 2, generic),
            None => self.call_args_with(&[], &[], 2, generic),
        }
    }

    /// Compile the body of class `c` and push the function running it.
    fn class_body(&mut self, c: &'a ast::StmtClassDef) -> CResult {
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
        if self.symtable.scopes[scope].needs_classdict {
            self.emit(Instr::LoadLocals);
            let i = self.deref_idx(CLASSDICT);
            self.emit(Instr::StoreDeref(i));
        }
        if c.type_params.is_some() {
            self.load_name(".type_params");
            self.store_name("__type_params__");
        }
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
        Ok(())
    }

    /// `type X[T] = value`: the alias gets its parameters (made in an
    /// annotation scope) and a function computing the value lazily.
    pub(super) fn type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult {
        let Expr::Name(name) = t.name.as_ref() else {
            return self.syntax_error("invalid type alias name", t.range);
        };
        let name = name.id.as_str();
        let tp = t.type_params.as_deref();
        if let Some(tp) = tp {
            self.enter_type_params(name, tp)?;
        }
        self.emit_const(Constant::Str(name.into()));
        match tp {
            Some(_) => self.load_name(".type_params"),
            None => self.emit_const(Constant::None),
        }
        let scope = self.symtable.scope_for(t.range);
        let qualname = self.qualname_for(name);
        let first_line = self.line_of(t.range);
        self.push_unit(scope, name.to_string(), qualname, first_line);
        self.expr(&t.value)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        self.emit(Instr::MakeTypeAlias);
        if tp.is_some() {
            self.finish_type_params(|_| Ok(0))?;
        }
        self.store_name(name);
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
