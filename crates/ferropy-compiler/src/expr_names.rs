//! How CPython names expressions in error messages ("cannot assign to
//! function call", "'tuple' is an illegal expression for augmented
//! assignment"), and finding the expression an error points at.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Mod};
use ruff_text_size::{Ranged, TextRange};

/// CPython's name for the kind of `e`.
pub fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
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
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        _ => "expression",
    }
}

/// Is `e` what CPython's grammar calls a `bitwise_or` (an operand of a
/// comparison): not a comparison, `not`, `and`/`or`, conditional, lambda,
/// named or starred expression?
pub fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::If(_)
            | Expr::Lambda(_)
            | Expr::Named(_)
            | Expr::Starred(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
    ) && !matches!(e, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not)
}

/// The expression of `module` whose range is exactly `range`.
pub fn find_expr(module: &Mod, range: TextRange) -> Option<&Expr> {
    let mut finder = Finder { range, found: None };
    match module {
        Mod::Module(m) => finder.visit_body(&m.body),
        Mod::Expression(e) => finder.visit_expr(&e.body),
    }
    finder.found
}

struct Finder<'a> {
    range: TextRange,
    found: Option<&'a Expr>,
}

impl<'a> Visitor<'a> for Finder<'a> {
    fn visit_stmt(&mut self, stmt: &'a ruff_python_ast::Stmt) {
        if self.found.is_none() && stmt.range().contains_range(self.range) {
            visitor::walk_stmt(self, stmt);
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() || !expr.range().contains_range(self.range) {
            return;
        }
        if expr.range() == self.range {
            self.found = Some(expr);
            return;
        }
        visitor::walk_expr(self, expr);
    }
}
