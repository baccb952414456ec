//! Invalid assignment targets, and `=` where CPython suggests `==`.

use super::tokens::{ends_operand, starts_operand};
use super::{syntax, Context};
use crate::error::CompileError;
use crate::expr_names::{describe_expr, find_expr, is_bitwise_or};
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

impl Context<'_> {
    pub(super) fn describe(&self, range: TextRange) -> &'static str {
        find_expr(self.tree, range).map_or("expression", describe_expr)
    }

    /// An invalid target of `=`, `for`, `with ... as`, or a comprehension.
    pub(super) fn assignment_target(&self, range: TextRange) -> CompileError {
        let expr = find_expr(self.tree, range);
        let parenthesized =
            self.previous_kind(self.index_at(range.start())) == Some(TokenKind::Lpar);
        if let (Some(Expr::Yield(_) | Expr::YieldFrom(_)), false) = (expr, parenthesized) {
            return syntax("assignment to yield expression not possible", range);
        }
        if let Some(Expr::Compare(compare)) = expr {
            // `for x < y:` reads as a loop whose `in` is missing.
            let i = self.index_at(range.start());
            if self.previous_kind(i) == Some(TokenKind::For) {
                let op = self.token_after(compare.left.range());
                return syntax("invalid syntax", op);
            }
        }
        let name = expr.map_or("expression", describe_expr);
        if expr.is_some_and(|e| self.is_lone_assignment_target(e)) {
            return syntax(
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                range,
            );
        }
        syntax(format!("cannot assign to {name}"), range)
    }

    /// CPython words an invalid target as a mistyped comparison when it is
    /// the single target at the start of a statement and the value after
    /// `=` is a plain operand (`f() = 1`, but not `x = f() = 1`).
    pub(super) fn is_lone_assignment_target(&self, target: &Expr) -> bool {
        let (first, last) = (self.index_at(target.start()), self.index_at(target.end()));
        let parenthesized = self.previous_kind(first) == Some(TokenKind::Lpar);
        if is_excluded_from_here(target) || !(parenthesized || is_bitwise_or(target)) {
            return false;
        }
        let (first, last) = self.with_parentheses(first, last);
        let starts_statement = self.previous(first).is_none_or(|(_, t)| {
            matches!(
                t.kind(),
                TokenKind::Newline
                    | TokenKind::Indent
                    | TokenKind::Dedent
                    | TokenKind::Semi
                    | TokenKind::Colon
            )
        });
        if !starts_statement || self.kind(last) != Some(TokenKind::Equal) {
            return false;
        }
        let value_starts_operand = self.next_from(last + 1).is_some_and(|(_, t)| {
            starts_operand(t.kind()) && !matches!(t.kind(), TokenKind::Not | TokenKind::Lambda)
        });
        value_starts_operand && !self.another_equal_in_statement(last + 1)
    }

    /// Is there another top-level `=` in the statement from token `i` on?
    pub(super) fn another_equal_in_statement(&self, i: usize) -> bool {
        let mut depth = 0;
        for t in &self.tokens[i..] {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                TokenKind::Equal if depth == 0 => return true,
                TokenKind::Newline | TokenKind::Semi if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// `=` where an operand should continue (`if x = 1:`, `[a.b=2]`):
    /// CPython suggests `==`, and also `:=` after a plain name.
    pub(super) fn maybe_meant_equality(&self, equal: usize) -> Option<CompileError> {
        let (last, last_token) = self.previous(equal)?;
        if !ends_operand(last_token.kind()) {
            return None;
        }
        let first = self.operand_start(last);
        let (_, before) = self.previous(first)?;
        if !matches!(
            before.kind(),
            TokenKind::If
                | TokenKind::Elif
                | TokenKind::While
                | TokenKind::Lpar
                | TokenKind::Lsqb
                | TokenKind::Lbrace
                | TokenKind::Comma
        ) {
            return None;
        }
        let range = TextRange::new(self.tokens[first].start(), last_token.end());
        if first == last && last_token.kind() == TokenKind::Name {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Some(syntax(msg, range));
        }
        let target = find_expr(self.tree, range)?;
        if !is_bitwise_or(target) || is_excluded_from_here(target) {
            return None;
        }
        let name = describe_expr(target);
        let msg = format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?");
        Some(syntax(msg, range))
    }

    /// `f(a.b=1)`, `f(True=1)`: a keyword argument whose name is not a name.
    pub(super) fn keyword_argument_target(&self, range: TextRange) -> CompileError {
        match &self.source[range] {
            name @ ("True" | "False" | "None") => syntax(format!("cannot assign to {name}"), range),
            text if text.starts_with('*') => {
                syntax("cannot assign to iterable argument unpacking", range)
            }
            _ => syntax(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                range,
            ),
        }
    }

    /// `f(x=1 for x in y)`: a keyword argument followed by `for`.
    pub(super) fn keyword_argument_genexp(&self, for_index: usize) -> Option<CompileError> {
        let start = self.operand_start(for_index);
        let (equal, _) = self
            .previous(start)
            .filter(|(_, t)| t.kind() == TokenKind::Equal)?;
        let (name, token) = self
            .previous(equal)
            .filter(|(_, t)| t.kind() == TokenKind::Name)?;
        let (_, before) = self.previous(name)?;
        if !matches!(before.kind(), TokenKind::Lpar | TokenKind::Comma) {
            return None;
        }
        Some(syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            token.range(),
        ))
    }
}

/// Targets CPython never words as a mistyped comparison.
pub(super) fn is_excluded_from_here(target: &Expr) -> bool {
    matches!(
        target,
        Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::Tuple(_)
            | Expr::List(_)
            | Expr::Generator(_)
    )
}
