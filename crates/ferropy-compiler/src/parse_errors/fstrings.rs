//! f-string errors ruff finds, in CPython's words.

use super::{syntax, Context};
use crate::error::CompileError;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::InterpolatedStringErrorType;
use ruff_text_size::TextRange;

impl Context<'_> {
    /// An f-string error, worded with the source around it.
    pub(super) fn fstring_error(
        &self,
        err: &InterpolatedStringErrorType,
        range: TextRange,
    ) -> CompileError {
        let i = self.index_at(range.start());
        match err {
            InterpolatedStringErrorType::InvalidConversionFlag => {
                let text = &self.source[range.start().to_usize()..];
                let flag: String = text
                    .chars()
                    .take_while(|c| !matches!(c, '}' | ':' | '\'' | '"'))
                    .collect();
                if flag.trim().is_empty() {
                    return syntax("f-string: missing conversion character", range);
                }
                let msg = format!(
                    "f-string: invalid conversion character '{flag}': expected 's', 'r', or 'a'"
                );
                syntax(msg, range)
            }
            InterpolatedStringErrorType::UnclosedLbrace => {
                let after_conversion = i >= 2
                    && self.kind(i - 2) == Some(TokenKind::Exclamation)
                    && self.kind(i - 1) == Some(TokenKind::Name);
                if after_conversion {
                    return syntax("f-string: expecting ':' or '}'", range);
                }
                self.forgot_comma(i)
                    .unwrap_or_else(|| syntax(fstring_message(err), range))
            }
            _ => syntax(fstring_message(err), range),
        }
    }
}

/// CPython's words for the f-string errors ruff finds.
pub(super) fn fstring_message(err: &InterpolatedStringErrorType) -> &'static str {
    match err {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::UnterminatedString => "unterminated f-string literal",
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            "unterminated triple-quoted f-string literal"
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses"
        }
        InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: conversion type must come right after the exclamanation mark"
        }
        InterpolatedStringErrorType::NewlineInFormatSpec => {
            "f-string: newlines are not allowed in format specifiers for single quoted f-strings"
        }
    }
}
