//! Errors where the parser expected something else: a token, an
//! expression, an indented block.

use super::tokens::{ends_operand, is_augmented_assign, starts_operand};
use super::{indentation, syntax, Context};
use crate::error::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_text_size::{Ranged, TextRange};

impl Context<'_> {
    /// `ExpectedToken`: the parser wanted `expected` and saw `found`.
    pub(super) fn expected_token(
        &self,
        expected: TokenKind,
        found: TokenKind,
        range: TextRange,
    ) -> CompileError {
        let i = self.index_at(range.start());
        if is_augmented_assign(found) {
            let start = self.tokens[self.line_start(i)].range();
            return syntax(
                "'tuple' is an illegal expression for augmented assignment",
                start,
            );
        }
        if found == TokenKind::Equal {
            if let Some(err) = self.maybe_meant_equality(i) {
                return err;
            }
            let unpacking = i >= 2 && self.kind(i - 2) == Some(TokenKind::DoubleStar);
            if unpacking {
                let msg = "cannot assign to keyword argument unpacking";
                return syntax(msg, self.tokens[i - 2].range());
            }
        }
        if found == TokenKind::For {
            if let Some(err) = self.keyword_argument_genexp(i) {
                return err;
            }
        }
        match expected {
            TokenKind::Colon => return self.expected_colon(found, i, range),
            TokenKind::Lpar if self.header_keyword(i) == Some(TokenKind::Def) => {
                return syntax("expected '('", range);
            }
            TokenKind::Else if found != TokenKind::Colon => {
                if let Some(err) = self.expected_else(i) {
                    return err;
                }
            }
            TokenKind::Comma
                if found == TokenKind::Star && self.previous_kind(i) == Some(TokenKind::Slash) =>
            {
                return syntax("expected comma between / and *", range);
            }
            TokenKind::Rsqb | TokenKind::Rbrace if found == TokenKind::For => {
                if let Some(err) = self.unparenthesized_target(i) {
                    return err;
                }
            }
            _ => {}
        }
        self.forgot_comma(i)
            .unwrap_or_else(|| syntax("invalid syntax", range))
    }

    /// A compound statement header without its colon.
    pub(super) fn expected_colon(
        &self,
        found: TokenKind,
        i: usize,
        range: TextRange,
    ) -> CompileError {
        let forced = matches!(
            self.header_keyword(i),
            Some(TokenKind::Def | TokenKind::Try | TokenKind::Finally | TokenKind::Else)
        );
        if found == TokenKind::Newline || forced {
            return syntax("expected ':'", range);
        }
        syntax("invalid syntax", range)
    }

    /// `x = 1 if y` without `else`.
    pub(super) fn expected_else(&self, i: usize) -> Option<CompileError> {
        let if_index = (0..i)
            .rev()
            .find(|&j| self.kind(j) == Some(TokenKind::If))?;
        if self.in_comprehension_target(if_index) {
            let msg = "'in' expected after for-loop variables";
            return Some(syntax(msg, self.tokens[if_index].range()));
        }
        let start = self.tokens.get(self.operand_start(if_index))?;
        Some(syntax(
            "expected 'else' after 'if' expression",
            TextRange::new(
                start.start(),
                self.tokens[i.min(self.tokens.len() - 1)].start(),
            ),
        ))
    }

    /// `[x, y for x, y in z]`: a tuple as comprehension element.
    pub(super) fn unparenthesized_target(&self, for_index: usize) -> Option<CompileError> {
        let open = self.open_bracket(for_index)?;
        let (_, first) = self.next_from(open + 1)?;
        let msg = "did you forget parentheses around the comprehension target?";
        Some(syntax(
            msg,
            TextRange::new(first.start(), self.tokens[for_index].start()),
        ))
    }

    /// Two operands side by side inside brackets: "invalid syntax. Perhaps
    /// you forgot a comma?", pointing from the first operand to the second.
    pub(super) fn forgot_comma(&self, i: usize) -> Option<CompileError> {
        let found = self.tokens.get(i)?;
        let (prev_index, prev) = self.previous(i)?;
        if !starts_operand(found.kind()) || !ends_operand(prev.kind()) || self.bracket_depth(i) <= 0
        {
            return None;
        }
        let start_index = self.operand_start(prev_index);
        let start = self.tokens.get(start_index)?;
        let legacy =
            start.kind() == TokenKind::Name && matches!(self.text(start), "print" | "exec");
        let name_then_string = start.kind() == TokenKind::Name
            && start_index == prev_index
            && matches!(found.kind(), TokenKind::String | TokenKind::FStringStart);
        if legacy || name_then_string || start.kind().is_soft_keyword() {
            return None;
        }
        Some(syntax(
            "invalid syntax. Perhaps you forgot a comma?",
            TextRange::new(start.start(), found.end()),
        ))
    }

    /// Two statements on one line: `print 'x'` is a Python 2 print.
    pub(super) fn statements_on_same_line(&self, range: TextRange) -> CompileError {
        let i = self.index_at(range.start());
        let start = self.line_start(i);
        if self.kind(i) == Some(TokenKind::From) && self.kind(start) == Some(TokenKind::Import) {
            let msg = "Did you mean to use 'from ... import ...' instead?";
            return syntax(msg, TextRange::new(self.tokens[start].start(), range.end()));
        }
        if let Some((prev_index, prev)) = self.previous(i) {
            let alone = self.line_start(prev_index) == prev_index
                || self
                    .previous(prev_index)
                    .is_some_and(|(_, t)| t.kind() == TokenKind::Semi);
            let name = self.text(prev);
            if prev.kind() == TokenKind::Name && alone && matches!(name, "print" | "exec") {
                return syntax(
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    TextRange::new(prev.start(), range.end()),
                );
            }
        }
        syntax("invalid syntax", range)
    }

    /// CPython: "expected an indented block after 'if' statement on line 3",
    /// naming the header that lacks its block and the line it starts on.
    pub(super) fn expected_indented_block(&self, range: TextRange) -> CompileError {
        let i = self.index_at(range.start());
        let colon = (0..i)
            .rev()
            .find(|&j| self.kind(j) == Some(TokenKind::Colon));
        let Some(header) = colon.and_then(|c| self.next_from(self.line_start(c))) else {
            return indentation("expected an indented block", range);
        };
        let (mut at, mut token) = header;
        if token.kind() == TokenKind::Async {
            if let Some(next) = self.next_from(at + 1) {
                (at, token) = next;
            }
        }
        let what = match token.kind() {
            TokenKind::Def => "function definition".to_string(),
            TokenKind::Class => "class definition".to_string(),
            TokenKind::Except if self.kind(at + 1) == Some(TokenKind::Star) => {
                "'except*' statement".to_string()
            }
            _ => format!("'{}' statement", self.text(token)),
        };
        let line = self.lines.line_of(token.start().to_u32());
        indentation(
            format!("expected an indented block after {what} on line {line}"),
            range,
        )
    }

    /// An expression is missing; after a lone `*` or in an empty f-string
    /// replacement field CPython says so.
    pub(super) fn expected_expression(&self, range: TextRange) -> CompileError {
        let i = self.index_at(range.start());
        let after_brace = self
            .previous(i)
            .is_some_and(|(_, t)| t.kind() == TokenKind::Lbrace);
        if after_brace && self.in_fstring(i) {
            let next = self.source[range.start().to_usize()..]
                .chars()
                .next()
                .unwrap_or('}');
            return syntax(
                format!("f-string: valid expression required before '{next}'"),
                range,
            );
        }
        let after_star = self
            .previous(i)
            .is_some_and(|(_, t)| t.kind() == TokenKind::Star);
        let closes = matches!(
            self.kind(i),
            Some(TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace | TokenKind::Comma)
        );
        if after_star && closes {
            return syntax("Invalid star expression", range);
        }
        if let Some((equal, token)) = self
            .previous(i)
            .filter(|(_, t)| t.kind() == TokenKind::Equal)
        {
            if self.in_parameters(equal) {
                return syntax("expected default value expression", token.range());
            }
            let keyword = self
                .previous(equal)
                .filter(|(_, t)| t.kind() == TokenKind::Name);
            if let (Some((_, name)), Some(open)) = (keyword, self.open_bracket(equal)) {
                if self.kind(open) == Some(TokenKind::Lpar) {
                    return syntax("expected argument value expression", name.range());
                }
            }
        }
        syntax("invalid syntax", range)
    }

    /// A generator expression as one of several call arguments; in class
    /// bases CPython just stops at its `for`.
    pub(super) fn unparenthesized_genexp(&self, range: TextRange) -> CompileError {
        let i = self.index_at(range.start());
        let in_class_bases = i >= 3
            && self.kind(i - 1) == Some(TokenKind::Lpar)
            && self.kind(i - 3) == Some(TokenKind::Class);
        if in_class_bases {
            let for_token = self.tokens[i..].iter().find(|t| t.kind() == TokenKind::For);
            return syntax("invalid syntax", for_token.map_or(range, Ranged::range));
        }
        syntax("Generator expression must be parenthesized", range)
    }
}
