//! Translates the parser's error messages into CPython's wording.

use crate::error::{CompileError, CompileErrorKind};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

/// Turn a parse error into the `SyntaxError` CPython would report.
pub fn translate(err: &ParseError, source: &str) -> CompileError {
    let (kind, message) = match &err.error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            CompileErrorKind::IndentationError,
            "unindent does not match any outer indentation level".to_string(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let at = err.location.start().to_usize();
            let triple = source.get(at..).is_some_and(|s| {
                let s = s.trim_start_matches(|c: char| c.is_ascii_alphabetic());
                s.starts_with("\"\"\"") || s.starts_with("'''")
            });
            let msg = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            (CompileErrorKind::SyntaxError, msg.to_string())
        }
        ParseErrorType::UnexpectedIndentation => {
            (CompileErrorKind::IndentationError, "unexpected indent".to_string())
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block") => {
            (CompileErrorKind::IndentationError, indented_block_message(msg, source, err))
        }
        ParseErrorType::InvalidAssignmentTarget => (
            CompileErrorKind::SyntaxError,
            "cannot assign to expression".to_string(),
        ),
        _ => (CompileErrorKind::SyntaxError, "invalid syntax".to_string()),
    };
    CompileError {
        kind,
        message,
        range: Some(err.location),
    }
}

/// CPython: "expected an indented block after 'if' statement on line 3".
fn indented_block_message(msg: &str, source: &str, err: &ParseError) -> String {
    let keyword = msg
        .split('`')
        .nth(1)
        .unwrap_or("")
        .to_string();
    let at = err.location.start().to_usize().min(source.len());
    let before = &source[..at];
    let header_line = before.trim_end().lines().count();
    let what = match keyword.as_str() {
        "def" | "function definition" => "function definition".to_string(),
        "class" | "class definition" => "class definition".to_string(),
        "" => return "expected an indented block".to_string(),
        k => format!("'{}' statement", k.trim_end_matches(" statement")),
    };
    format!("expected an indented block after {what} on line {header_line}")
}
