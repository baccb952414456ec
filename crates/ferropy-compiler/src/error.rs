//! Compile errors, reported to Python as `SyntaxError` (or a subclass).

use ruff_text_size::TextRange;

/// Which Python exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The source nests deeper than the parser can handle.
    MemoryError,
}

/// A compile error with the source range it points at (if known).
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub range: Option<TextRange>,
}

impl CompileError {
    /// Syntax that ferropy does not support yet: reported as a
    /// `SyntaxError` whose message names the missing feature.
    pub fn not_implemented(feature: &str, range: TextRange) -> CompileError {
        CompileError::syntax(
            format!("ferropy does not support {feature} yet"),
            Some(range),
        )
    }

    /// A plain `SyntaxError`.
    pub fn syntax(message: impl Into<String>, range: Option<TextRange>) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            message: message.into(),
            range,
        }
    }
}

/// A compile error resolved to line and column numbers, ready to become a
/// `SyntaxError` object (`lineno`, `offset`, `text`, `end_lineno`, `end_offset`).
#[derive(Clone, Debug)]
pub struct SyntaxErrorInfo {
    pub kind: CompileErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line, 0 when unknown.
    pub lineno: u32,
    /// 1-based column in characters, 0 when unknown.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line, without its newline.
    pub text: Option<String>,
    /// Warnings found before the error, which CPython prints first
    /// (see `Compiled::warnings`).
    pub warnings: Vec<(u32, String)>,
}
