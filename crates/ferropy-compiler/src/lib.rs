//! ferropy's compiler: Python source → `CodeObject`.
//!
//! 1. `scan` runs CPython's tokenizer checks (brackets, strings, numbers,
//!    indentation) and bounds the nesting depth, so hostile input cannot
//!    overflow the recursive parser.
//! 2. `ruff_python_parser` parses; `parse_errors` turns its first error into
//!    the `SyntaxError` CPython would raise.
//! 3. `symtable` resolves scopes and `codegen` emits bytecode (`bytecode`).

pub mod bytecode;
mod codegen;
pub mod error;
mod expr_names;
mod future;
mod line_index;
mod literals;
mod parse_errors;
mod scan;
mod surrogate_literals;
pub mod symtable;
mod unparse;

pub use codegen::Mode;
pub use error::{CompileError, CompileErrorKind, SyntaxErrorInfo};
pub use line_index::LineIndex;

use bytecode::CodeObject;
use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::ParseOptions;
use ruff_text_size::{TextRange, TextSize};

/// What `compile` makes of source that compiles.
pub struct Compiled {
    pub code: CodeObject,
    /// The `SyntaxWarning`s CPython prints while compiling it: (line,
    /// message), e.g. "invalid escape sequence '\d'".
    pub warnings: Vec<(u32, String)>,
}

/// Compile `source` (read from `filename`) to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Compiled, SyntaxErrorInfo> {
    let lines = LineIndex::new(source);
    let to_info = |err: CompileError| locate(err, source, filename, &lines);
    let parser_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let options = ParseOptions::from(parser_mode).with_target_version(PythonVersion::PY313);
    let scanned = scan::scan(source).map_err(|failure| SyntaxErrorInfo {
        warnings: failure.warnings,
        ..to_info(parse_errors::tokenizer_error(
            source,
            failure.error,
            options.clone(),
        ))
    })?;
    if let Some(at) = reserved_char_at(source) {
        let range = TextRange::at(TextSize::from(at as u32), TextSize::from(4));
        let feature = "code points U+10E800..U+10EFFF (they stand in for lone surrogates)";
        return Err(to_info(CompileError::not_implemented(feature, range)));
    }
    // Errors after the scan carry its warnings, which CPython prints first.
    let with_warnings = |err: CompileError| SyntaxErrorInfo {
        warnings: scanned.warnings.clone(),
        ..to_info(err)
    };
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    if let Some(err) = parse_errors::first_error(&parsed, source, &scanned) {
        return Err(with_warnings(err));
    }
    let mut syntax = parsed.into_syntax();
    if !scanned.surrogate_escapes.is_empty() {
        surrogate_literals::redecode(&mut syntax, source, &scanned.surrogate_escapes)
            .map_err(with_warnings)?;
    }
    let code = match &syntax {
        Mod::Expression(expr) => {
            codegen::Compiler::compile_expression(source, filename, &expr.body)
                .map_err(with_warnings)?
        }
        Mod::Module(module) => {
            if mode == Mode::Single {
                if let Some(err) = parse_errors::check_single_statement(&module.body, source) {
                    return Err(with_warnings(err));
                }
            }
            codegen::Compiler::compile_module(source, filename, &module.body, mode)
                .map_err(with_warnings)?
        }
    };
    Ok(Compiled {
        code,
        warnings: scanned.warnings,
    })
}

/// Where `source` holds one of the characters that stand in for lone
/// surrogates, which ferropy cannot take as themselves.
fn reserved_char_at(source: &str) -> Option<usize> {
    if !ferropy_text::surrogates::has_stand_ins(source) {
        return None;
    }
    source
        .char_indices()
        .find(|(_, c)| ferropy_text::surrogates::surrogate_of(*c).is_some())
        .map(|(i, _)| i)
}

/// Resolve an error's byte range to CPython-style line/column information.
fn locate(err: CompileError, source: &str, filename: &str, lines: &LineIndex) -> SyntaxErrorInfo {
    let (lineno, offset, end_lineno, end_offset) = match err.range {
        Some(r) => {
            let start = r.start().to_u32();
            let end = r.end().to_u32();
            (
                lines.line_of(start),
                lines.column_of(source, start),
                lines.line_of(end),
                lines.column_of(source, end),
            )
        }
        None => (0, 0, 0, 0),
    };
    let text = if lineno > 0 {
        lines.line_text(source, lineno).map(str::to_string)
    } else {
        None
    };
    SyntaxErrorInfo {
        kind: err.kind,
        message: err.message,
        filename: filename.to_string(),
        lineno,
        offset,
        end_lineno,
        end_offset,
        text,
        warnings: Vec::new(),
    }
}
