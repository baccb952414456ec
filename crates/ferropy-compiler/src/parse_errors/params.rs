//! Errors in parameter lists.

use super::{syntax, Context};
use crate::error::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_text_size::{Ranged, TextRange};

impl Context<'_> {
    /// `/` before any parameter: after `*` it is misplaced, alone it is
    /// just invalid.
    pub(super) fn slash_first(&self, range: TextRange) -> CompileError {
        let i = self.index_at(range.start());
        let after_star = self.previous(i).and_then(|(p, t)| match t.kind() {
            TokenKind::Comma => self.previous(p),
            _ => Some((p, t)),
        });
        if after_star.is_some_and(|(_, t)| t.kind() == TokenKind::Star) {
            return syntax("/ must be ahead of *", range);
        }
        let alone = self
            .next_from(i + 1)
            .is_some_and(|(_, t)| matches!(t.kind(), TokenKind::Rpar | TokenKind::Colon));
        if alone {
            return syntax("invalid syntax", range);
        }
        syntax("at least one argument must precede /", range)
    }

    pub(super) fn var_parameter_default(&self, range: TextRange) -> CompileError {
        let i = self.index_at(range.start());
        let keyword = (0..=i)
            .rev()
            .find_map(|j| match self.kind(j) {
                Some(TokenKind::DoubleStar) => Some("var-keyword"),
                Some(TokenKind::Star) => Some("var-positional"),
                _ => None,
            })
            .unwrap_or("var-positional");
        syntax(
            format!("{keyword} argument cannot have default value"),
            range,
        )
    }

    /// A bare `*` with no keyword-only parameter after it; anything but
    /// `,` or `)` after the `*` is just invalid.
    pub(super) fn expected_keyword_param(&self, range: TextRange) -> CompileError {
        let i = self.index_at(range.start());
        let star = (0..=i.min(self.tokens.len() - 1))
            .rev()
            .find(|&j| self.kind(j) == Some(TokenKind::Star));
        let Some(star) = star else {
            return syntax("named arguments must follow bare *", range);
        };
        match self.next_from(star + 1) {
            Some((_, t))
                if !matches!(
                    t.kind(),
                    TokenKind::Comma | TokenKind::Rpar | TokenKind::Colon
                ) =>
            {
                syntax("invalid syntax", t.range())
            }
            _ => syntax(
                "named arguments must follow bare *",
                self.tokens[star].range(),
            ),
        }
    }
}
