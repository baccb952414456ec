//! Future statements (`from __future__ import ...`): where they may appear
//! and which features exist.

use crate::error::CompileError;
use ruff_python_ast::{Expr, Stmt, StmtImportFrom};
use ruff_text_size::{Ranged, TextSize};

/// Every feature Python 3.13 knows; all but `annotations` are always on.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The future statements of a module.
#[derive(Default)]
pub struct Futures {
    /// Where the well-placed ones start; any other is an error.
    pub allowed: Vec<TextSize>,
    /// `from __future__ import annotations` (PEP 563): annotations are
    /// stored as strings instead of being evaluated.
    pub annotations: bool,
}

impl Futures {
    /// Is `from __future__ import ...` at `at` (in the module body) allowed?
    pub fn allows(&self, at: TextSize) -> bool {
        self.allowed.contains(&at)
    }
}

/// Is `import` a `from __future__ import ...`?
pub fn is_future_import(import: &StmtImportFrom) -> bool {
    import.level == 0
        && import
            .module
            .as_ref()
            .is_some_and(|m| m.as_str() == "__future__")
}

/// Collect the future statements at the start of a module (after its
/// docstring), checking the features they name.
pub fn scan(body: &[Stmt]) -> Result<Futures, CompileError> {
    let mut futures = Futures::default();
    let is_docstring =
        |s: &Stmt| matches!(s, Stmt::Expr(e) if matches!(*e.value, Expr::StringLiteral(_)));
    let skip = usize::from(body.first().is_some_and(is_docstring));
    for stmt in &body[skip..] {
        let Stmt::ImportFrom(import) = stmt else {
            break;
        };
        if !is_future_import(import) {
            break;
        }
        for alias in &import.names {
            let name = alias.name.as_str();
            if name == "annotations" {
                futures.annotations = true;
            } else if name == "braces" {
                return Err(CompileError::syntax("not a chance", Some(import.range)));
            } else if !FEATURES.contains(&name) {
                let msg = format!("future feature {name} is not defined");
                return Err(CompileError::syntax(msg, Some(import.range)));
            }
        }
        futures.allowed.push(stmt.start());
    }
    Ok(futures)
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_annotations() {
        let src = "from __future__ import annotations\ndef f(a: list[int]): pass\n";
        let parsed = ruff_python_parser::parse_module(src).unwrap();
        assert!(super::scan(&parsed.syntax().body).unwrap().annotations);
    }
}
