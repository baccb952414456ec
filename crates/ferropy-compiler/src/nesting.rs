//! A pre-parse scan that bounds nesting depth.
//!
//! The parser recurses once per nesting level, so source like `((((…))))` or
//! `- - - … 1` a few hundred thousand deep would overflow the stack. CPython
//! rejects more than 200 open brackets ("too many nested parentheses") and
//! answers deep operator chains with `MemoryError`; this scan does the same
//! before the parser ever sees the text. It also reports unbalanced brackets
//! with CPython's messages.

use crate::error::{CompileError, CompileErrorKind};
use ruff_text_size::{TextRange, TextSize};

/// CPython's tokenizer limit on open brackets.
const MAX_BRACKET_DEPTH: usize = 200;
/// Longest run of prefix operators accepted before reporting `MemoryError`.
const MAX_PREFIX_RUN: usize = 2000;

/// Check bracket balance and nesting depth of `source`.
pub fn check(source: &str) -> Result<(), CompileError> {
    let bytes = source.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut prefix_run = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(bytes, i);
                prefix_run = 0;
                continue;
            }
            b'(' | b'[' | b'{' => {
                if stack.len() >= MAX_BRACKET_DEPTH {
                    return Err(error("too many nested parentheses", i, CompileErrorKind::SyntaxError));
                }
                stack.push((b, i));
                prefix_run = 0;
            }
            b')' | b']' | b'}' => {
                let Some((open, at)) = stack.pop() else {
                    return Err(error(&format!("unmatched '{}'", b as char), i, CompileErrorKind::SyntaxError));
                };
                if closing_for(open) != b {
                    let msg = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        b as char, open as char
                    );
                    let _ = at;
                    return Err(error(&msg, i, CompileErrorKind::SyntaxError));
                }
            }
            b'-' | b'+' | b'~' => {
                prefix_run += 1;
                if prefix_run > MAX_PREFIX_RUN {
                    return Err(error(
                        "Parser stack overflowed - Python source too complex to parse",
                        i,
                        CompileErrorKind::MemoryError,
                    ));
                }
            }
            b' ' | b'\t' | b'\r' | b'\n' | b'\\' => {}
            _ => prefix_run = 0,
        }
        i += 1;
    }
    if let Some(&(open, at)) = stack.last() {
        return Err(error(&format!("'{}' was never closed", open as char), at, CompileErrorKind::SyntaxError));
    }
    Ok(())
}

fn closing_for(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn error(msg: &str, at: usize, kind: CompileErrorKind) -> CompileError {
    let pos = TextSize::from(at as u32);
    CompileError {
        kind,
        message: msg.to_string(),
        range: Some(TextRange::new(pos, pos + TextSize::from(1))),
    }
}

/// Skip a string literal starting at the quote at `i`; returns the index
/// after it (or the end of the line for an unterminated single-quoted string).
fn skip_string(bytes: &[u8], i: usize) -> usize {
    let q = bytes[i];
    let triple = bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < bytes.len() {
        let c = bytes[j];
        if c == b'\\' {
            j += 2;
            continue;
        }
        if triple {
            if c == q && bytes.get(j + 1) == Some(&q) && bytes.get(j + 2) == Some(&q) {
                return j + 3;
            }
        } else if c == q {
            return j + 1;
        } else if c == b'\n' {
            return j;
        }
        j += 1;
    }
    j
}
