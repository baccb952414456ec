//! Looking around an error in ruff's token stream.

use super::Context;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::{Ranged, TextRange, TextSize};

impl Context<'_> {
    /// Index of the first token starting at or after `offset`.
    pub(super) fn index_at(&self, offset: TextSize) -> usize {
        self.tokens.partition_point(|t| t.start() < offset)
    }

    pub(super) fn kind(&self, index: usize) -> Option<TokenKind> {
        self.tokens.get(index).map(Token::kind)
    }

    /// The significant token before index `i` (skipping comments and
    /// non-logical line breaks), with its index.
    pub(super) fn previous(&self, i: usize) -> Option<(usize, &Token)> {
        self.tokens[..i.min(self.tokens.len())]
            .iter()
            .enumerate()
            .rev()
            .find(|(_, t)| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
    }

    pub(super) fn previous_kind(&self, i: usize) -> Option<TokenKind> {
        self.previous(i).map(|(_, t)| t.kind())
    }

    /// The significant token at or after index `i`.
    pub(super) fn next_from(&self, i: usize) -> Option<(usize, &Token)> {
        self.tokens
            .iter()
            .enumerate()
            .skip(i)
            .find(|(_, t)| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
    }

    pub(super) fn text(&self, token: &Token) -> &str {
        &self.source[token.range()]
    }

    /// The range of the token following `range`.
    pub(super) fn token_after(&self, range: TextRange) -> TextRange {
        match self.next_from(self.index_at(range.end())) {
            Some((_, t)) => t.range(),
            None => TextRange::empty(range.end()),
        }
    }

    /// The token after the call argument `range`, including any
    /// parentheses around it.
    pub(super) fn token_after_argument(&self, range: TextRange) -> TextRange {
        let (first, last) =
            self.with_parentheses(self.index_at(range.start()), self.index_at(range.end()));
        match self.next_from(last) {
            Some((_, t)) if first < last || t.start() >= range.end() => t.range(),
            _ => self.token_after(range),
        }
    }

    /// Widen tokens `first..last` over parentheses wrapping them: `(x)`.
    pub(super) fn with_parentheses(&self, mut first: usize, mut last: usize) -> (usize, usize) {
        while self.kind(last) == Some(TokenKind::Rpar)
            && first > 0
            && self.kind(first - 1) == Some(TokenKind::Lpar)
        {
            first -= 1;
            last += 1;
        }
        (first, last)
    }

    /// The range of the token preceding `range`.
    pub(super) fn token_before(&self, range: TextRange) -> TextRange {
        match self.previous(self.index_at(range.start())) {
            Some((_, t)) => t.range(),
            None => range,
        }
    }

    /// A position whose column is CPython's "cursor" offset: the number of
    /// characters before `offset` on its line.
    pub(super) fn before(&self, offset: TextSize) -> TextRange {
        let mut at = offset.to_usize().saturating_sub(1);
        while at > 0 && !self.source.is_char_boundary(at) {
            at -= 1;
        }
        TextRange::empty(TextSize::from(at as u32))
    }

    /// Does nothing but line breaks, comments and dedents follow `offset`?
    pub(super) fn only_trivia_after(&self, offset: TextSize) -> bool {
        self.tokens[self.index_at(offset)..].iter().all(|t| {
            matches!(
                t.kind(),
                TokenKind::Newline
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Comment
                    | TokenKind::Dedent
                    | TokenKind::EndOfFile
            )
        })
    }

    /// Bracket nesting just before token index `i`.
    pub(super) fn bracket_depth(&self, i: usize) -> i32 {
        self.tokens[..i.min(self.tokens.len())]
            .iter()
            .map(|t| match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => -1,
                _ => 0,
            })
            .sum()
    }

    /// Index of the innermost bracket still open before token `i`.
    pub(super) fn open_bracket(&self, i: usize) -> Option<usize> {
        let mut depth = 0;
        for j in (0..i.min(self.tokens.len())).rev() {
            match self.tokens[j].kind() {
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => {
                    return Some(j)
                }
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                _ => {}
            }
        }
        None
    }

    /// Index of the first token of the logical line containing token `i`.
    pub(super) fn line_start(&self, i: usize) -> usize {
        let mut j = i.min(self.tokens.len());
        while j > 0 {
            match self.tokens[j - 1].kind() {
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent => break,
                _ => j -= 1,
            }
        }
        j
    }

    /// Index of the first token of the operand ending just before token
    /// `i`: walks back to the nearest delimiter (`,`, `=`, `:`, an opening
    /// bracket, a statement keyword) at the same bracket depth.
    pub(super) fn operand_start(&self, i: usize) -> usize {
        let mut depth = 0;
        let mut j = i.min(self.tokens.len());
        while j > 0 {
            let kind = self.tokens[j - 1].kind();
            match kind {
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => break,
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                _ if depth == 0 && ends_operand_search(kind) => break,
                _ => {}
            }
            j -= 1;
        }
        while matches!(
            self.kind(j),
            Some(TokenKind::Comment | TokenKind::NonLogicalNewline)
        ) {
            j += 1;
        }
        j
    }

    /// The keyword starting the logical line of token `i` (after `async`).
    pub(super) fn header_keyword(&self, i: usize) -> Option<TokenKind> {
        let start = self.line_start(i);
        let (first, token) = self.next_from(start)?;
        if token.kind() == TokenKind::Async {
            return self.next_from(first + 1).map(|(_, t)| t.kind());
        }
        Some(token.kind())
    }

    /// Is token `i` between a comprehension's `for` and its `in`?
    pub(super) fn in_comprehension_target(&self, i: usize) -> bool {
        let mut depth = 0;
        for j in (0..i).rev() {
            match self.tokens[j].kind() {
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => {
                    return false
                }
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                TokenKind::For if depth == 0 => return true,
                TokenKind::In | TokenKind::Newline if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// Is token `i` in the parameter list of a `def` or `lambda`?
    pub(super) fn in_parameters(&self, i: usize) -> bool {
        if let Some(open) = self.open_bracket(i) {
            let in_def = open >= 2
                && self.kind(open) == Some(TokenKind::Lpar)
                && self.kind(open - 1) == Some(TokenKind::Name)
                && self.kind(open - 2) == Some(TokenKind::Def);
            if in_def {
                return true;
            }
        }
        let start = self.open_bracket(i).map_or(self.line_start(i), |o| o + 1);
        (start..i)
            .rev()
            .map_while(|j| self.kind(j).filter(|&k| k != TokenKind::Colon))
            .any(|k| k == TokenKind::Lambda)
    }

    /// Is token `i` inside an f-string's replacement field?
    pub(super) fn in_fstring(&self, i: usize) -> bool {
        let depth: i32 = self.tokens[..i.min(self.tokens.len())]
            .iter()
            .map(|t| match t.kind() {
                TokenKind::FStringStart => 1,
                TokenKind::FStringEnd => -1,
                _ => 0,
            })
            .sum();
        depth > 0
    }
}

pub(super) fn is_augmented_assign(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::AtEqual
    )
}

/// Tokens that can begin an operand.
pub(super) fn starts_operand(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::Minus
            | TokenKind::Plus
            | TokenKind::Tilde
            | TokenKind::Not
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Ellipsis
    ) || kind.is_soft_keyword()
}

/// Tokens that can end an operand.
pub(super) fn ends_operand(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringEnd
            | TokenKind::Rpar
            | TokenKind::Rsqb
            | TokenKind::Rbrace
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Ellipsis
    ) || kind.is_soft_keyword()
}

/// Tokens that end the backwards search for an operand's start.
pub(super) fn ends_operand_search(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Comma
            | TokenKind::Colon
            | TokenKind::ColonEqual
            | TokenKind::Equal
            | TokenKind::Semi
            | TokenKind::Newline
            | TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::Return
            | TokenKind::Yield
            | TokenKind::If
            | TokenKind::Else
            | TokenKind::Elif
            | TokenKind::While
            | TokenKind::For
            | TokenKind::In
            | TokenKind::Del
            | TokenKind::Assert
            | TokenKind::Raise
            | TokenKind::With
            | TokenKind::As
            | TokenKind::Import
            | TokenKind::From
    ) || is_augmented_assign(kind)
}
