//! Turns the parser's errors into the `SyntaxError` CPython would raise.
//!
//! ruff's parser recovers from errors and reports them in its own words; we
//! take the first one and restate it with CPython's message and position,
//! looking at the tokens and the recovered tree around it where CPython's
//! grammar distinguishes cases ruff does not (`f() = 1` is "cannot assign to
//! function call here. Maybe you meant '==' instead of '='?", `print 'x'` is
//! "Missing parentheses in call to 'print'...", `[a b]` is "invalid syntax.
//! Perhaps you forgot a comma?").
//!
//! Ordering follows CPython: tokenizer errors (caught earlier by `scan`, or
//! here for invalid characters) win over parse errors; a bracket left open
//! wins when the parser fails on a later line or at the end.

mod expected;
mod fstrings;
mod params;
mod targets;
mod tokens;

use crate::error::{CompileError, CompileErrorKind};
use crate::line_index::LineIndex;
use crate::scan::Scanned;
use crate::unparse::is_printable;
use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::{Mod, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, ParseOptions,
    Parsed, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// The error CPython would report for `parsed`, if it has any.
pub fn first_error(parsed: &Parsed<Mod>, source: &str, scanned: &Scanned) -> Option<CompileError> {
    let ctx = Context {
        source,
        tokens: parsed.tokens(),
        tree: parsed.syntax(),
        lines: LineIndex::new(source),
    };
    if let Some(err) = parsed.errors().iter().find_map(invalid_character) {
        return Some(err);
    }
    let Some(first) = first_reported(parsed.errors()) else {
        return parsed
            .unsupported_syntax_errors()
            .first()
            .map(|e| ctx.unsupported(e));
    };
    if let Some(unclosed) = scanned.unclosed {
        let line = ctx.lines.line_of(first.location.start().to_u32());
        let at_end = matches!(first.error, ParseErrorType::Lexical(LexicalErrorType::Eof))
            || ctx.only_trivia_after(first.location.start());
        if line > unclosed.line || at_end {
            return Some(unclosed.error());
        }
    }
    Some(ctx.translate(first))
}

/// `compile(..., "single")` takes one statement (several simple ones on
/// one line count as one).
pub fn check_single_statement(body: &[Stmt], source: &str) -> Option<CompileError> {
    let Some((first, rest)) = body.split_first() else {
        return Some(CompileError::syntax("invalid syntax", None));
    };
    let lines = LineIndex::new(source);
    let line = |offset: TextSize| lines.line_of(offset.to_u32());
    let one_line = rest.iter().all(|s| line(s.start()) == line(first.start()));
    if rest.is_empty() || (one_line && !is_compound(first)) {
        return None;
    }
    let second = &rest[0];
    if is_compound(first) {
        return Some(syntax("invalid syntax", second.range()));
    }
    let msg = "multiple statements found while compiling a single statement";
    Some(syntax(msg, TextRange::empty(first.end())))
}

fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt,
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::Try(_)
            | Stmt::With(_)
            | Stmt::Match(_)
    )
}

/// The error to report: the first ruff found, except that ruff reports a
/// lambda in an f-string only after the errors its `:` causes further on.
fn first_reported(errors: &[ParseError]) -> Option<&ParseError> {
    let lambda = errors.iter().find(|e| {
        matches!(
            e.error,
            ParseErrorType::FStringError(InterpolatedStringErrorType::LambdaWithoutParentheses)
        )
    });
    match (errors.first(), lambda) {
        (Some(first), Some(lambda)) if lambda.location.start() < first.location.start() => {
            Some(lambda)
        }
        (first, _) => first,
    }
}

/// Choose between a tokenizer error from `scan` and a parse error before
/// it. CPython's tokenizer runs as its parser asks for tokens, so a parse
/// error earlier in the source can win: an unexpected indent always does
/// (the parser stops there), and any parse error beats the tokenizer errors
/// CPython only reports when its parser reaches them (indentation errors,
/// a stray character after `\\`).
pub fn tokenizer_error(source: &str, err: CompileError, options: ParseOptions) -> CompileError {
    let Some(range) = err.range else {
        return err;
    };
    let reached_only = matches!(
        err.kind,
        CompileErrorKind::IndentationError | CompileErrorKind::TabError
    ) || err
        .message
        .starts_with("unexpected character after line continuation")
        || err.message == "unexpected EOF while parsing";
    // Where CPython's tokenizer stood: at the line start for indentation,
    // at the backslash for line continuations.
    let at = range.start().to_usize();
    let stop = if matches!(
        err.kind,
        CompileErrorKind::IndentationError | CompileErrorKind::TabError
    ) {
        source[..at].rfind('\n').map_or(0, |i| i + 1)
    } else if reached_only {
        source[..at].rfind('\\').unwrap_or(at)
    } else {
        at
    };
    if stop == 0 {
        return err;
    }
    // `scan` accepted everything before the error, so this parse is safe.
    let prefix = &source[..stop];
    let parsed = ruff_python_parser::parse_unchecked(prefix, options);
    let ctx = Context {
        source: prefix,
        tokens: parsed.tokens(),
        tree: parsed.syntax(),
        lines: LineIndex::new(prefix),
    };
    match first_reported(parsed.errors()) {
        // An error at the end of the prefix is only where it was cut.
        Some(e) if ctx.only_trivia_after(e.location.start()) => err,
        Some(e) if reached_only || e.error == ParseErrorType::UnexpectedIndentation => {
            ctx.translate(e)
        }
        _ => err,
    }
}

/// A character that cannot start any token: CPython's tokenizer rejects it
/// wherever it is ("invalid character '€' (U+20AC)").
fn invalid_character(err: &ParseError) -> Option<CompileError> {
    let ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) = err.error else {
        return None;
    };
    if tok.is_ascii() {
        return None;
    }
    let code = tok as u32;
    let message = if is_printable(tok) {
        format!("invalid character '{tok}' (U+{code:04X})")
    } else {
        format!("invalid non-printable character U+{code:04X}")
    };
    Some(syntax(message, err.location))
}

fn syntax(message: impl Into<String>, range: TextRange) -> CompileError {
    CompileError::syntax(message, Some(range))
}

fn indentation(message: impl Into<String>, range: TextRange) -> CompileError {
    CompileError {
        kind: CompileErrorKind::IndentationError,
        message: message.into(),
        range: Some(range),
    }
}

/// The source, its tokens and the recovered tree, for looking around an error.
struct Context<'a> {
    source: &'a str,
    tokens: &'a Tokens,
    tree: &'a Mod,
    lines: LineIndex,
}

impl Context<'_> {
    fn translate(&self, err: &ParseError) -> CompileError {
        let range = err.location;
        match &err.error {
            ParseErrorType::Lexical(lexical) => self.lexical(lexical, range),
            ParseErrorType::FStringError(e) => self.fstring_error(e, range),
            ParseErrorType::ExpectedToken { expected, found } => {
                self.expected_token(*expected, *found, range)
            }
            ParseErrorType::SimpleStatementsOnSameLine => self.statements_on_same_line(range),
            ParseErrorType::UnexpectedIndentation => {
                indentation("unexpected indent", self.before(range.end()))
            }
            ParseErrorType::OtherError(msg) => self.other(msg, range),
            ParseErrorType::InvalidAssignmentTarget => self.assignment_target(range),
            ParseErrorType::InvalidNamedAssignmentTarget => syntax(
                format!(
                    "cannot use assignment expressions with {}",
                    self.describe(range)
                ),
                range,
            ),
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                syntax("illegal target for annotation", range)
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => syntax(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    self.describe(range)
                ),
                range,
            ),
            ParseErrorType::InvalidDeleteTarget => {
                syntax(format!("cannot delete {}", self.describe(range)), range)
            }
            ParseErrorType::PositionalAfterKeywordArgument => syntax(
                "positional argument follows keyword argument",
                self.token_after_argument(range),
            ),
            ParseErrorType::PositionalAfterKeywordUnpacking => syntax(
                "positional argument follows keyword argument unpacking",
                self.token_after_argument(range),
            ),
            ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
                "iterable argument unpacking follows keyword argument unpacking",
                self.token_before(range),
            ),
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                self.unparenthesized_genexp(range)
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => syntax(
                "parameter without a default follows parameter with a default",
                range,
            ),
            ParseErrorType::ParamAfterVarKeywordParam => {
                syntax("arguments cannot follow var-keyword argument", range)
            }
            ParseErrorType::VarParameterWithDefault => self.var_parameter_default(range),
            ParseErrorType::ExpectedKeywordParam => self.expected_keyword_param(range),
            ParseErrorType::ExpectedExpression => self.expected_expression(range),
            ParseErrorType::EmptyImportNames => {
                syntax("Expected one or more names after 'import'", range)
            }
            ParseErrorType::IterableUnpackingInComprehension => {
                syntax("iterable unpacking cannot be used in comprehension", range)
            }
            _ => syntax("invalid syntax", range),
        }
    }

    // ----- token helpers ----------------------------------------------------

    // ----- errors -----------------------------------------------------------

    fn lexical(&self, err: &LexicalErrorType, range: TextRange) -> CompileError {
        match err {
            LexicalErrorType::IndentationError => {
                indentation("unindent does not match any outer indentation level", range)
            }
            LexicalErrorType::UnclosedStringError => syntax("unterminated string literal", range),
            LexicalErrorType::FStringError(e) => self.fstring_error(e, range),
            LexicalErrorType::LineContinuationError => syntax(
                "unexpected character after line continuation character",
                range,
            ),
            LexicalErrorType::Eof => syntax("unexpected EOF while parsing", range),
            _ => syntax("invalid syntax", range),
        }
    }

    /// ruff's `OtherError`s, by message.
    fn other(&self, msg: &str, range: TextRange) -> CompileError {
        if msg.starts_with("Expected an indented block") {
            return self.expected_indented_block(range);
        }
        match msg {
            "Expected `except` or `finally` after `try` block" => {
                syntax("expected 'except' or 'finally' block", range)
            }
            "Only single target (not tuple) can be annotated" => {
                syntax("only single target (not tuple) can be annotated", range)
            }
            "Only single target (not list) can be annotated" => {
                syntax("only single target (not list) can be annotated", range)
            }
            "Trailing comma not allowed" => syntax(
                "trailing comma not allowed without surrounding parentheses",
                self.token_after(range),
            ),
            "Expected a parameter name" => self.keyword_argument_target(range),
            "Star import must be the only import" => syntax(
                "invalid syntax",
                self.token_after(TextRange::at(range.start(), TextSize::from(1))),
            ),
            "Only one '*' parameter allowed" => syntax("* argument may appear only once", range),
            "Only one '/' separator allowed" => syntax("/ may appear only once", range),
            "Expected one or more exception types" => {
                syntax("expected one or more exception types", range)
            }
            "Position-only parameter separator not allowed as first parameter" => {
                self.slash_first(range)
            }
            "'/' parameter must appear before '*' parameter" => {
                syntax("/ must be ahead of *", range)
            }
            "Boolean 'not' expression cannot be used here" => {
                syntax("'not' after an operator must be parenthesized", range)
            }
            _ if msg.starts_with("Expected an expression or a") && &self.source[range] == "=" => {
                self.maybe_meant_equality(self.index_at(range.start()))
                    .unwrap_or_else(|| syntax("invalid syntax", range))
            }
            "Cannot have both 'except' and 'except*' on the same 'try'" => syntax(
                "cannot have both 'except' and 'except*' on the same 'try'",
                range,
            ),
            _ => syntax("invalid syntax", range),
        }
    }

    /// Syntax newer than Python 3.13.
    fn unsupported(&self, err: &UnsupportedSyntaxError) -> CompileError {
        let range = err.range;
        match err.kind {
            UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
                syntax("multiple exception types must be parenthesized", range)
            }
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(kind) => {
                // The kind's type is not exported; its name tells dict from iterable.
                let dict = format!("{kind:?}").starts_with("Dict");
                let msg = if dict {
                    "dict unpacking cannot be used in dict comprehension"
                } else {
                    "iterable unpacking cannot be used in comprehension"
                };
                syntax(msg, range)
            }
            UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => {
                let i = self.index_at(range.start());
                let name = self.tokens[i..]
                    .iter()
                    .find(|t| t.kind() == TokenKind::Name);
                let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                syntax(msg, name.map_or(range, Ranged::range))
            }
            UnsupportedSyntaxErrorKind::TemplateStrings => {
                let after_prefix = (range.start() + TextSize::from(1)).min(range.end());
                syntax("invalid syntax", TextRange::new(after_prefix, range.end()))
            }
            _ => syntax("invalid syntax", range),
        }
    }
}
