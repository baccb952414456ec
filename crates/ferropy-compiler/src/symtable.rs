//! Scope analysis: which names are local, global, cell or free in each scope.
//!
//! A first pass walks the AST and records, per scope, how each name is used
//! (bound, read, declared `global`/`nonlocal`, parameter). A second pass
//! resolves every name top-down following CPython's rules, turning locals
//! captured by nested functions into cells and threading free variables
//! through intermediate scopes. Scopes are keyed by their AST node's text
//! range so the code generator can find them without a parallel walk.

use crate::error::CompileError;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// What kind of code block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes keep locals in a fast array.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// How a name is accessed in a scope once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Fast local (functions) or locals-mapping name (module, class).
    Local,
    /// Local captured by an inner scope: lives in a cell.
    Cell,
    /// Captured from an enclosing function scope.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
/// Bound as the iteration variable of a comprehension.
const DEF_COMP_ITER: u8 = 32;
/// Declared with an annotation (`x: int`).
const DEF_ANNOT: u8 = 64;
/// A PEP 695 type parameter (bound in its annotation scope).
const DEF_TYPE_PARAM: u8 = 128;

/// Names bound in enclosing function scopes, each telling whether it is a
/// type parameter (which `nonlocal` cannot rebind).
type Bindings = HashMap<String, bool>;

/// The analysis result for one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order with their usage flags.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    /// Resolved access kind per name.
    pub resolved: HashMap<String, NameScope>,
    /// Free variables that only pass through this scope (class scopes can
    /// bind a name locally and also pass an outer cell down).
    pub passthrough_free: Vec<String>,
    pub params: Vec<String>,
    /// Where each `global` or `nonlocal` name was first declared, for
    /// error messages.
    directive_at: HashMap<String, TextRange>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Class scope whose methods use `super()`/`__class__`.
    pub needs_class_cell: bool,
    /// Function scope that reads `super` or `__class__`.
    uses_class_ref: bool,
    /// Class scope: names declared with a bare annotation.
    pub has_annotations: bool,
    /// The innermost enclosing class (or this class), whose name mangles
    /// private names (`__x`) used here.
    pub private: Option<String>,
    /// A comprehension compiled inline in the enclosing function (PEP 709).
    pub inlined: bool,
    /// A PEP 695 annotation scope (type parameters, their bounds and
    /// defaults, a type alias's value): hidden from qualified names.
    pub annotation: Option<AnnotationKind>,
    /// An annotation scope directly or through other annotation scopes in
    /// a class body: names not bound in functions are looked up in the
    /// class namespace (the `__classdict__` cell) first.
    pub can_see_class: bool,
    /// Class scope whose annotation scopes need its namespace (`__classdict__`).
    pub needs_classdict: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            passthrough_free: Vec::new(),
            params: Vec::new(),
            directive_at: HashMap::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            uses_class_ref: false,
            has_annotations: false,
            private: None,
            inlined: false,
            annotation: None,
            can_see_class: false,
            needs_classdict: false,
        }
    }

    /// `name` as it is stored in this scope, after private name mangling.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    /// The usage flags recorded for `name`.
    fn flags_of(&self, name: &str) -> u8 {
        self.flags
            .get(self.mangle(name).as_ref())
            .copied()
            .unwrap_or(0)
    }

    fn add(&mut self, name: &str, flag: u8) {
        let name = self.mangle(name).into_owned();
        let name = name.as_str();
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.order.push(name.to_string());
                self.flags.insert(name.to_string(), flag);
            }
        }
    }

    /// The resolved scope of `name` (names never seen are implicit globals).
    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved
            .get(self.mangle(name).as_ref())
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }

    /// Names that are cells here, in a stable order.
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .order
            .iter()
            .filter(|n| self.resolved.get(*n) == Some(&NameScope::Cell))
            .cloned()
            .collect();
        if self.needs_class_cell && !cells.iter().any(|c| c == "__class__") {
            cells.push("__class__".to_string());
        }
        if self.needs_classdict {
            cells.push(CLASSDICT.to_string());
        }
        cells
    }

    /// Names that are free here, in a stable order.
    pub fn freevars(&self) -> Vec<String> {
        let mut frees: Vec<String> = self
            .order
            .iter()
            .filter(|n| self.resolved.get(*n) == Some(&NameScope::Free))
            .cloned()
            .collect();
        for name in &self.passthrough_free {
            if !frees.contains(name) {
                frees.push(name.clone());
            }
        }
        frees
    }

    /// Local (non-cell, non-parameter) names in first-seen order.
    pub fn locals(&self) -> impl Iterator<Item = &String> {
        self.order
            .iter()
            .filter(|n| self.resolved.get(*n) == Some(&NameScope::Local))
    }

    /// Names bound here (assigned or parameters), except a comprehension's
    /// hidden iterator argument `.0`.
    pub fn bound_names(&self) -> impl Iterator<Item = &String> {
        self.order
            .iter()
            .filter(|n| self.flags[*n] & (DEF_LOCAL | DEF_PARAM) != 0 && n.as_str() != ".0")
    }
}

/// Private name mangling: inside class `Spam`, an identifier `__x` that
/// does not end in `__` stands for `_Spam__x`. Leading underscores of the
/// class name are dropped; a class named only with underscores, and dotted
/// (module) names, do not mangle.
pub fn mangle<'n>(class: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = class else {
        return Cow::Borrowed(name);
    };
    let class = class.trim_start_matches('_');
    if class.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

/// The cell through which annotation scopes see their class's namespace.
pub const CLASSDICT: &str = "__classdict__";

/// What a PEP 695 annotation scope evaluates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnnotationKind {
    /// The type parameters of a generic function, class or alias.
    Generic,
    Bound,
    Default,
    /// The value of a `type` alias.
    Alias,
}

impl AnnotationKind {
    /// How `SyntaxError` messages name the scope.
    fn describe(self) -> &'static str {
        match self {
            AnnotationKind::Generic => "the definition of a generic",
            AnnotationKind::Bound => "a TypeVar bound",
            AnnotationKind::Default => "a TypeVar default",
            AnnotationKind::Alias => "a type alias",
        }
    }
}

/// Which scope of a type parameter an annotation scope evaluates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamPart {
    /// The bound or constraints (`T: int`, `T: (int, str)`).
    Bound = 1,
    /// The default (`T = int`).
    Default = 2,
}

/// All scopes of one compilation unit.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<ScopeKey, usize>,
}

/// Scopes are found by the text range of their node, plus a tag telling
/// apart the bound and default scopes of a type parameter's expressions.
type ScopeKey = (u32, u32, u8);

fn key(range: TextRange, tag: u8) -> ScopeKey {
    (range.start().to_u32(), range.end().to_u32(), tag)
}

impl SymbolTable {
    /// The scope created by the AST node covering `range` (for type
    /// parameter lists: their annotation scope).
    pub fn scope_for(&self, range: TextRange) -> usize {
        self.by_range[&key(range, 0)]
    }

    /// The annotation scope evaluating the type parameter expression at `range`.
    pub fn param_scope_for(&self, range: TextRange, part: ParamPart) -> usize {
        self.by_range[&key(range, part as u8)]
    }

    /// Analyze a module body; `lazy_annotations` is `from __future__
    /// import annotations`.
    pub fn build(body: &[Stmt], lazy_annotations: bool) -> Result<SymbolTable, CompileError> {
        Self::build_with(lazy_annotations, |builder| builder.visit_body(body))
    }

    /// Analyze a lone expression (for `eval`).
    pub fn build_expression(expr: &Expr) -> Result<SymbolTable, CompileError> {
        Self::build_with(false, |builder| builder.visit_expr(expr))
    }

    /// Run `visit` over a fresh module scope, then resolve every scope.
    fn build_with(
        lazy_annotations: bool,
        visit: impl FnOnce(&mut Builder),
    ) -> Result<SymbolTable, CompileError> {
        let mut builder = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
            by_range: HashMap::new(),
            stack: vec![0],
            error: None,
            in_comprehension_target: false,
            in_comprehension_iterable: 0,
            lazy_annotations,
        };
        visit(&mut builder);
        if let Some(err) = builder.error {
            return Err(err);
        }
        let mut table = SymbolTable {
            scopes: builder.scopes,
            by_range: builder.by_range,
        };
        table.mark_inlined(0);
        table.analyze(0, &Bindings::new(), false)?;
        Ok(table)
    }

    /// PEP 709: list, set and dict comprehensions in a function run in the
    /// function's own frame, so `locals()` in them sees the function's
    /// variables and tracebacks show no `<listcomp>` frame. Marks, below the
    /// non-inlined scope `id`, the comprehensions that can be inlined (not
    /// in annotation scopes seeing a class, like CPython).
    fn mark_inlined(&mut self, id: usize) {
        let scope = &self.scopes[id];
        let can_host = scope.kind.is_function_like() && !scope.can_see_class;
        let host = can_host.then_some(id);
        for child in self.scopes[id].children.clone() {
            if host.is_some_and(|h| self.can_inline(child, h, &[])) {
                self.set_inlined(child);
            } else {
                self.mark_inlined(child);
            }
        }
    }

    /// Can comprehension `id` run inline in function `host`? Its variables
    /// live in the host's frame, so they must not collide with the host's
    /// names or those of comprehensions it runs inside (`taken`); ferropy
    /// has no instruction to save and restore a local around it. Nothing in
    /// it may need a cell, so everything nested in it must be inlinable too.
    fn can_inline(&self, id: usize, host: usize, taken: &[&String]) -> bool {
        let scope = &self.scopes[id];
        if scope.kind != ScopeKind::Comprehension || scope.is_generator || scope.is_coroutine {
            return false;
        }
        let host_flags = &self.scopes[host].flags;
        let mut bound: Vec<&String> = scope.bound_names().collect();
        if bound
            .iter()
            .any(|n| host_flags.contains_key(*n) || taken.contains(n))
        {
            return false;
        }
        bound.extend_from_slice(taken);
        scope
            .children
            .iter()
            .all(|&c| self.can_inline(c, host, &bound))
    }

    fn set_inlined(&mut self, id: usize) {
        self.scopes[id].inlined = true;
        for child in self.scopes[id].children.clone() {
            self.set_inlined(child);
        }
    }

    /// Resolve names of scope `id` given the names bound in enclosing
    /// function scopes; returns the free names this scope needs.
    fn analyze(
        &mut self,
        id: usize,
        enclosing_bound: &Bindings,
        inside_class: bool,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = self.scopes[id].kind;
        let mut free = HashSet::new();
        let mut bound_here = HashSet::new();
        let mut globals_here = HashSet::new();
        let names: Vec<(String, u8)> = self.scopes[id]
            .order
            .iter()
            .map(|n| (n.clone(), self.scopes[id].flags[n]))
            .collect();
        for (name, flags) in &names {
            let resolved = if flags & DEF_GLOBAL != 0 {
                globals_here.insert(name.clone());
                NameScope::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                let msg = match enclosing_bound.get(name) {
                    None => Some(format!("no binding for nonlocal '{name}' found")),
                    Some(true) => Some(format!(
                        "nonlocal binding not allowed for type parameter '{name}'"
                    )),
                    Some(false) => None,
                };
                if let Some(msg) = msg {
                    let at = self.scopes[id].directive_at.get(name).copied();
                    return Err(CompileError::syntax(msg, at));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
                bound_here.insert(name.clone());
                NameScope::Local
            } else if kind != ScopeKind::Module && enclosing_bound.contains_key(name) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            self.scopes[id].resolved.insert(name.clone(), resolved);
        }
        if self.scopes[id].uses_class_ref && inside_class && kind.is_function_like() {
            self.scopes[id].add("__class__", USE);
            self.scopes[id]
                .resolved
                .insert("__class__".to_string(), NameScope::Free);
            free.insert("__class__".to_string());
        }
        // Names visible to children as enclosing function bindings.
        let mut child_bound = enclosing_bound.clone();
        if kind.is_function_like() {
            let flags = &self.scopes[id].flags;
            let bound = bound_here
                .iter()
                .map(|n| (n.clone(), flags[n] & DEF_TYPE_PARAM != 0));
            child_bound.extend(bound);
            let passed = free
                .iter()
                .map(|n| (n.clone(), enclosing_bound.get(n) == Some(&true)));
            child_bound.extend(passed);
            for g in &globals_here {
                child_bound.remove(g);
            }
        }
        if kind == ScopeKind::Class {
            child_bound.insert("__class__".to_string(), false);
            child_bound.insert(CLASSDICT.to_string(), false);
        }
        let children = self.scopes[id].children.clone();
        let child_in_class =
            kind == ScopeKind::Class || (inside_class && kind != ScopeKind::Module);
        for child in children {
            let child_free = self.analyze(child, &child_bound, child_in_class)?;
            let inlined = self.scopes[child].inlined;
            for name in child_free {
                if inlined {
                    self.use_from_inlined(id, &name, &bound_here, &mut free);
                } else {
                    self.capture(id, kind, &name, &bound_here, &mut free);
                }
            }
        }
        Ok(free)
    }

    /// An inlined comprehension in scope `id` reads `name` from outside
    /// itself: that is a plain use in `id`, which runs its code.
    fn use_from_inlined(
        &mut self,
        id: usize,
        name: &str,
        bound_here: &HashSet<String>,
        free: &mut HashSet<String>,
    ) {
        let scope = &mut self.scopes[id];
        if bound_here.contains(name) || scope.resolved.contains_key(name) {
            return;
        }
        scope.add(name, USE);
        scope.resolved.insert(name.to_string(), NameScope::Free);
        free.insert(name.to_string());
    }

    /// A child of scope `id` needs `name` free: make it a cell here or pass it on.
    fn capture(
        &mut self,
        id: usize,
        kind: ScopeKind,
        name: &str,
        bound_here: &HashSet<String>,
        free: &mut HashSet<String>,
    ) {
        let scope = &mut self.scopes[id];
        if kind == ScopeKind::Class && name == "__class__" {
            scope.needs_class_cell = true;
            return;
        }
        if kind == ScopeKind::Class && name == CLASSDICT {
            scope.needs_classdict = true;
            return;
        }
        if kind.is_function_like() && bound_here.contains(name) {
            scope.resolved.insert(name.to_string(), NameScope::Cell);
            return;
        }
        if scope.resolved.get(name) == Some(&NameScope::Free) {
            return;
        }
        if !scope.passthrough_free.iter().any(|n| n == name) {
            scope.passthrough_free.push(name.to_string());
        }
        free.insert(name.to_string());
    }
}

/// First pass: records name usage per scope.
struct Builder {
    scopes: Vec<Scope>,
    by_range: HashMap<ScopeKey, usize>,
    stack: Vec<usize>,
    error: Option<CompileError>,
    /// Visiting a comprehension's `for` target.
    in_comprehension_target: bool,
    /// How many comprehension iterables enclose the current expression.
    in_comprehension_iterable: usize,
    /// `from __future__ import annotations`: annotations are never evaluated.
    lazy_annotations: bool,
}

impl Builder {
    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }

    fn fail(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::syntax(msg, Some(range)));
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, range: TextRange) {
        self.push_scope_keyed(kind, name, key(range, 0));
    }

    fn push_scope_keyed(&mut self, kind: ScopeKind, name: &str, at: ScopeKey) {
        let id = self.scopes.len();
        let parent = *self.stack.last().unwrap();
        let mut scope = Scope::new(kind, name);
        scope.private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.scopes[parent].private.clone(),
        };
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_range.insert(at, id);
        self.stack.push(id);
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn bind(&mut self, name: &str, range: TextRange) {
        self.check_assignable(name, range, false);
        let flags = self.current().flags_of(name);
        if self.in_comprehension_target {
            // In a comprehension, `global`/`nonlocal` can only come from `:=`.
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                self.fail(msg, range);
            }
            self.current().add(name, DEF_LOCAL | DEF_COMP_ITER);
            return;
        }
        if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
            return;
        }
        self.current().add(name, DEF_LOCAL);
    }

    /// `__debug__` is a constant: binding or deleting it (as a name,
    /// attribute, parameter or keyword) is a `SyntaxError`.
    fn check_assignable(&mut self, name: &str, range: TextRange, deleting: bool) {
        if name == "__debug__" {
            let verb = if deleting { "delete" } else { "assign to" };
            self.fail(format!("cannot {verb} __debug__"), range);
        }
    }

    fn declare(&mut self, name: &str, flag: u8, range: TextRange, keyword: &str) {
        let flags = self.current().flags_of(name);
        let kind = self.current().kind;
        if flag == DEF_NONLOCAL && kind == ScopeKind::Module {
            self.fail(
                "nonlocal declaration not allowed at module level".into(),
                range,
            );
            return;
        }
        if flags & DEF_PARAM != 0 {
            self.fail(format!("name '{name}' is parameter and {keyword}"), range);
        } else if flags & DEF_ANNOT != 0 {
            self.fail(format!("annotated name '{name}' can't be {keyword}"), range);
        } else if flags & USE != 0 {
            self.fail(
                format!("name '{name}' is used prior to {keyword} declaration"),
                range,
            );
        } else if flags & DEF_LOCAL != 0 {
            self.fail(
                format!("name '{name}' is assigned to before {keyword} declaration"),
                range,
            );
        } else if (flag == DEF_GLOBAL && flags & DEF_NONLOCAL != 0)
            || (flag == DEF_NONLOCAL && flags & DEF_GLOBAL != 0)
        {
            let stored = self.current().mangle(name).into_owned();
            let first = self
                .current()
                .directive_at
                .get(&stored)
                .copied()
                .unwrap_or(range);
            self.fail(format!("name '{name}' is nonlocal and global"), first);
        }
        let stored = self.current().mangle(name).into_owned();
        self.current().directive_at.entry(stored).or_insert(range);
        self.current().add(name, flag);
    }

    /// Parameters in CPython's slot order: positional, keyword-only, `*args`, `**kwargs`.
    fn visit_parameters_in_scope(&mut self, params: &ast::Parameters) {
        let ordered = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in ordered {
            let name = p.name.as_str().to_string();
            self.check_assignable(&name, p.range(), false);
            if self.current().flags_of(&name) & DEF_PARAM != 0 {
                self.fail(
                    format!("duplicate argument '{name}' in function definition"),
                    p.range(),
                );
            }
            self.current().add(&name, DEF_PARAM);
            let stored = self.current().mangle(&name).into_owned();
            self.current().params.push(stored);
        }
    }

    /// Defaults are evaluated in the enclosing scope.
    fn visit_parameter_defaults(&mut self, params: &ast::Parameters) {
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    /// A generic function's defaults are passed into its annotation scope
    /// as the parameters `.defaults` and `.kwdefaults`.
    fn add_generic_defaults(&mut self, params: &ast::Parameters) {
        let positional = params.posonlyargs.iter().chain(params.args.iter());
        let names = [
            (positional.clone().any(|p| p.default.is_some()), ".defaults"),
            (
                params.kwonlyargs.iter().any(|p| p.default.is_some()),
                ".kwdefaults",
            ),
        ];
        for (present, name) in names {
            if present {
                self.current().add(name, DEF_PARAM);
                self.current().params.push(name.to_string());
            }
        }
    }

    /// Annotations are evaluated in the enclosing scope (a generic
    /// function's annotation scope).
    fn visit_parameter_annotations(&mut self, params: &ast::Parameters) {
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.visit_annotation(a);
            }
        }
    }

    /// An annotation is evaluated where it stands, unless annotations are
    /// lazy (then it is only kept as text).
    fn visit_annotation(&mut self, annotation: &Expr) {
        if !self.lazy_annotations {
            self.visit_expr(annotation);
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        name: &str,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        self.visit_comprehension_iterable(&generators[0].iter);
        self.push_scope(ScopeKind::Comprehension, name, range);
        self.current().add(".0", DEF_PARAM);
        self.current().params.push(".0".into());
        if is_genexp {
            self.current().is_generator = true;
        }
        for (i, gen) in generators.iter().enumerate() {
            if gen.is_async {
                self.current().is_coroutine = true;
            }
            self.in_comprehension_target = true;
            self.visit_expr(&gen.target);
            self.in_comprehension_target = false;
            if i > 0 {
                self.visit_comprehension_iterable(&gen.iter);
            }
            for cond in &gen.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        let awaits = self.current().is_coroutine && !is_genexp;
        self.pop_scope();
        // A comprehension awaiting inside another makes the outer one async too.
        if awaits && self.current().kind == ScopeKind::Comprehension {
            self.current().is_coroutine = true;
        }
    }

    /// Enter a PEP 695 annotation scope: a hidden function that sees the
    /// enclosing class's namespace when it is (or sits in annotation scopes
    /// in) a class body.
    fn push_annotation_scope(&mut self, name: &str, at: ScopeKey, kind: AnnotationKind) {
        let parent = &self.scopes[*self.stack.last().unwrap()];
        let sees_class = parent.kind == ScopeKind::Class || parent.can_see_class;
        self.push_scope_keyed(ScopeKind::Function, name, at);
        self.current().annotation = Some(kind);
        if sees_class {
            self.current().can_see_class = true;
            self.current().add(CLASSDICT, USE);
        }
    }

    /// Enter the annotation scope `<generic parameters of name>` and bind
    /// the type parameters in it (with `.type_params`, their tuple); each
    /// bound and default gets its own lazily evaluated scope.
    fn enter_type_params(&mut self, name: &str, tp: &ast::TypeParams) {
        let scope_name = format!("<generic parameters of {name}>");
        self.push_annotation_scope(&scope_name, key(tp.range, 0), AnnotationKind::Generic);
        for param in &tp.type_params {
            let name = param.name().as_str();
            if self.current().flags_of(name) & DEF_LOCAL != 0 {
                self.fail(format!("duplicate type parameter '{name}'"), param.range());
            }
            self.bind(name, param.range());
            self.current().add(name, DEF_TYPE_PARAM);
            let (bound, default) = match param {
                ast::TypeParam::TypeVar(t) => (t.bound.as_deref(), t.default.as_deref()),
                ast::TypeParam::TypeVarTuple(t) => (None, t.default.as_deref()),
                ast::TypeParam::ParamSpec(t) => (None, t.default.as_deref()),
            };
            let parts = [
                (bound, ParamPart::Bound, AnnotationKind::Bound),
                (default, ParamPart::Default, AnnotationKind::Default),
            ];
            for (expr, part, kind) in parts {
                if let Some(e) = expr {
                    self.push_annotation_scope(name, key(e.range(), part as u8), kind);
                    self.visit_expr(e);
                    self.pop_scope();
                }
            }
        }
        self.current().add(".type_params", DEF_LOCAL);
    }

    /// PEP 572: an assignment expression's target binds in the nearest
    /// enclosing scope that is not a comprehension; the comprehensions in
    /// between see it as that scope's variable (global at module level or
    /// where declared `global`, else nonlocal).
    fn bind_walrus_target(&mut self, name: &str, name_range: TextRange, range: TextRange) {
        if self.in_comprehension_iterable > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            self.fail(msg.into(), range);
            return;
        }
        let mut idx = self.stack.len() - 1;
        while self.scopes[self.stack[idx]].kind == ScopeKind::Comprehension && idx > 0 {
            idx -= 1;
        }
        let target_scope = self.stack[idx];
        if let Some(kind) = self.scopes[target_scope].annotation {
            let (within, at) = if target_scope == *self.stack.last().unwrap() {
                ("named expression", range)
            } else {
                ("assignment expression within a comprehension", name_range)
            };
            let msg = format!("{within} cannot be used within {}", kind.describe());
            self.fail(msg, at);
            return;
        }
        if target_scope == *self.stack.last().unwrap() {
            self.bind(name, name_range);
            return;
        }
        if self.scopes[target_scope].kind == ScopeKind::Class {
            let msg = "assignment expression within a comprehension cannot be used in a class body";
            self.fail(msg.into(), range);
            return;
        }
        let rebinds_iteration = self.stack[idx + 1..]
            .iter()
            .any(|&s| self.scopes[s].flags_of(name) & DEF_COMP_ITER != 0);
        if rebinds_iteration {
            let msg = format!(
                "assignment expression cannot rebind comprehension iteration variable '{name}'"
            );
            self.fail(msg, range);
            return;
        }
        let target = &self.scopes[target_scope];
        let global = target.kind == ScopeKind::Module || target.flags_of(name) & DEF_GLOBAL != 0;
        let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
        for &s in &self.stack[idx + 1..] {
            self.scopes[s].add(name, flag);
        }
        self.scopes[target_scope].add(name, DEF_LOCAL);
    }

    /// `what` (yield, await) cannot appear directly in an annotation scope.
    fn check_not_annotation(&mut self, what: &str, range: TextRange) {
        if let Some(kind) = self.current().annotation {
            self.fail(
                format!("{what} cannot be used within {}", kind.describe()),
                range,
            );
        }
    }

    fn visit_comprehension_iterable(&mut self, iter: &Expr) {
        self.in_comprehension_iterable += 1;
        self.visit_expr(iter);
        self.in_comprehension_iterable -= 1;
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_parameter_defaults(&f.parameters);
                if let Some(tp) = &f.type_params {
                    self.enter_type_params(f.name.as_str(), tp);
                    self.add_generic_defaults(&f.parameters);
                }
                self.visit_parameter_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                self.push_scope(ScopeKind::Function, f.name.as_str(), f.range);
                if f.is_async {
                    self.current().is_coroutine = true;
                }
                self.visit_parameters_in_scope(&f.parameters);
                self.visit_body(&f.body);
                self.pop_scope();
                if f.type_params.is_some() {
                    self.pop_scope();
                }
                self.bind(f.name.as_str(), f.range);
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(tp) = &c.type_params {
                    self.enter_type_params(c.name.as_str(), tp);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.push_scope(ScopeKind::Class, c.name.as_str(), c.range);
                if c.type_params.is_some() {
                    self.current().add(".type_params", USE);
                }
                self.visit_body(&c.body);
                self.pop_scope();
                if c.type_params.is_some() {
                    self.pop_scope();
                }
                self.bind(c.name.as_str(), c.range);
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.declare(n.as_str(), DEF_GLOBAL, g.range, "global");
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.declare(name.as_str(), DEF_NONLOCAL, n.range, "nonlocal");
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str().to_string(),
                        None => alias.name.as_str().split('.').next().unwrap().to_string(),
                    };
                    self.bind(&bound, alias.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.current().kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level".into(), alias.range);
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(bound.as_str(), alias.range);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = a.target.as_ref() {
                    let name = n.id.as_str();
                    let flags = self.current().flags_of(name);
                    if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let keyword = if flags & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.fail(
                            format!("annotated name '{name}' can't be {keyword}"),
                            a.range,
                        );
                    }
                    if a.simple {
                        self.current().add(name, DEF_ANNOT);
                    }
                    self.bind(name, n.range);
                    self.current().has_annotations = true;
                } else {
                    self.visit_expr(&a.target);
                }
                if self.current().kind != ScopeKind::Function {
                    self.visit_annotation(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::TypeAlias(t) => {
                if let Expr::Name(n) = t.name.as_ref() {
                    self.bind(n.id.as_str(), n.range);
                }
                let Expr::Name(n) = t.name.as_ref() else {
                    return;
                };
                if let Some(tp) = &t.type_params {
                    self.enter_type_params(n.id.as_str(), tp);
                }
                self.push_annotation_scope(n.id.as_str(), key(t.range, 0), AnnotationKind::Alias);
                self.visit_expr(&t.value);
                self.pop_scope();
                if t.type_params.is_some() {
                    self.pop_scope();
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.bind(name.as_str(), name.range);
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    let name = n.id.as_str();
                    self.current().add(name, USE);
                    if name == "super" || name == "__class__" {
                        self.current().uses_class_ref = true;
                    }
                }
                ast::ExprContext::Store => self.bind(n.id.as_str(), n.range),
                ast::ExprContext::Del => {
                    self.check_assignable(n.id.as_str(), n.range, true);
                    self.bind(n.id.as_str(), n.range)
                }
                ast::ExprContext::Invalid => {}
            },
            Expr::Attribute(a) if a.ctx != ast::ExprContext::Load => {
                let deleting = a.ctx == ast::ExprContext::Del;
                self.check_assignable(a.attr.as_str(), a.range, deleting);
                visitor::walk_expr(self, expr)
            }
            Expr::Call(c) => {
                for k in &c.arguments.keywords {
                    if let Some(arg) = &k.arg {
                        self.check_assignable(arg.as_str(), k.range, false);
                    }
                }
                visitor::walk_expr(self, expr)
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(target) = n.target.as_ref() {
                    self.bind_walrus_target(target.id.as_str(), target.range, n.range);
                }
            }
            Expr::Lambda(l) => {
                if let Some(params) = &l.parameters {
                    self.visit_parameter_defaults(params);
                }
                self.push_scope(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(params) = &l.parameters {
                    self.visit_parameters_in_scope(params);
                }
                self.visit_expr(&l.body);
                self.pop_scope();
            }
            Expr::ListComp(c) => self.visit_comprehension_scope(
                "<listcomp>",
                c.range,
                &c.generators,
                &[&c.elt],
                false,
            ),
            Expr::SetComp(c) => self.visit_comprehension_scope(
                "<setcomp>",
                c.range,
                &c.generators,
                &[&c.elt],
                false,
            ),
            Expr::Generator(c) => {
                self.visit_comprehension_scope("<genexpr>", c.range, &c.generators, &[&c.elt], true)
            }
            Expr::DictComp(c) => {
                // CPython visits the value first.
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                self.visit_comprehension_scope("<dictcomp>", c.range, &c.generators, &elts, false)
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.check_not_annotation("yield expression", expr.range());
                let kind = self.current().kind;
                if kind.is_function_like() {
                    self.current().is_generator = true;
                }
                visitor::walk_expr(self, expr)
            }
            Expr::Await(_) => {
                self.check_not_annotation("await expression", expr.range());
                if self.current().kind == ScopeKind::Comprehension {
                    self.current().is_coroutine = true;
                }
                visitor::walk_expr(self, expr)
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(p) => {
                if let Some(n) = &p.name {
                    self.bind(n.as_str(), n.range);
                }
            }
            ast::Pattern::MatchStar(p) => {
                if let Some(n) = &p.name {
                    self.bind(n.as_str(), n.range);
                }
            }
            ast::Pattern::MatchMapping(p) => {
                if let Some(n) = &p.rest {
                    self.bind(n.as_str(), n.range);
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern)
    }
}
