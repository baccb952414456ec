//! ferropy's compiler: Python source → `CodeObject`.
//!
//! Parsing is `ruff_python_parser`'s; before it runs, `nesting` checks the
//! source's bracket and operator nesting so hostile input cannot overflow the
//! parser's recursion. Then `symtable` resolves scopes and `codegen` emits
//! bytecode (`bytecode`).

pub mod bytecode;
mod codegen;
pub mod error;
mod line_index;
mod nesting;
mod parse_errors;
pub mod symtable;

pub use codegen::Mode;
pub use error::{CompileError, CompileErrorKind, SyntaxErrorInfo};
pub use line_index::LineIndex;

use bytecode::CodeObject;

/// Compile `source` (read from `filename`) to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxErrorInfo> {
    let lines = LineIndex::new(source);
    let to_info = |err: CompileError| locate(err, source, filename, &lines);
    nesting::check(source).map_err(to_info)?;
    match mode {
        Mode::Eval => {
            let parsed = ruff_python_parser::parse_expression(source)
                .map_err(|e| to_info(parse_errors::translate(&e, source)))?;
            let expr = parsed.into_syntax();
            codegen::Compiler::compile_expression(source, filename, &expr.body).map_err(to_info)
        }
        Mode::Exec | Mode::Single => {
            let parsed = ruff_python_parser::parse_module(source)
                .map_err(|e| to_info(parse_errors::translate(&e, source)))?;
            let module = parsed.into_syntax();
            codegen::Compiler::compile_module(source, filename, &module.body, mode).map_err(to_info)
        }
    }
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
    }
}
