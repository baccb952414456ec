//! Str literals with escapes of lone surrogates (`"\ud800"`).
//!
//! The parser decodes escapes into Rust strings, which cannot hold a lone
//! surrogate. The scanner notes where such escapes are
//! (`Scanned::surrogate_escapes`); this pass decodes those literals again,
//! writing each lone surrogate as the character that stands in for it in
//! ferropy strings (`ferropy_text::surrogates`).

use crate::error::CompileError;
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::{
    Expr, InterpolatedStringElement, Mod, StringFlags, StringLiteral, StringLiteralValue,
};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;

/// Decode again the literals of `module` that hold one of `escapes`
/// (byte offsets of their backslashes in `source`).
pub fn redecode(module: &mut Mod, source: &str, escapes: &[u32]) -> Result<(), CompileError> {
    let pass = Redecode {
        source,
        escapes,
        error: RefCell::new(None),
    };
    match module {
        Mod::Module(m) => transformer::walk_body(&pass, &mut m.body),
        Mod::Expression(e) => pass.visit_expr(&mut e.body),
    }
    pass.error.into_inner().map_or(Ok(()), Err)
}

struct Redecode<'a> {
    source: &'a str,
    escapes: &'a [u32],
    error: RefCell<Option<CompileError>>,
}

impl Redecode<'_> {
    /// Whether `range` holds one of the escapes.
    fn holds_escape(&self, range: TextRange) -> bool {
        let start = self
            .escapes
            .partition_point(|&e| e < range.start().to_u32());
        self.escapes
            .get(start)
            .is_some_and(|&e| e < range.end().to_u32())
    }

    /// The decoded `body`, or None after recording why it cannot be.
    fn decode(&self, body: &str, fstring: bool, range: TextRange) -> Option<String> {
        let decoded = decode_escapes(body, fstring);
        if decoded.is_none() {
            let err = CompileError::not_implemented(
                "\\N{...} escapes in a str literal with lone surrogates",
                range,
            );
            self.error.borrow_mut().get_or_insert(err);
        }
        decoded
    }
}

impl Transformer for Redecode<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        transformer::walk_expr(self, expr);
        // An implicitly concatenated literal caches its joined value.
        if let Expr::StringLiteral(s) = expr {
            if s.value.is_implicit_concatenated() && self.holds_escape(s.range()) {
                let parts: Vec<StringLiteral> = s.value.iter().cloned().collect();
                s.value = StringLiteralValue::concatenated(parts);
            }
        }
    }

    fn visit_string_literal(&self, literal: &mut StringLiteral) {
        if literal.flags.prefix().is_raw() || !self.holds_escape(literal.range) {
            return;
        }
        let start = literal.range.start() + literal.flags.opener_len();
        let end = literal.range.end() - literal.flags.closer_len();
        let body = &self.source[TextRange::new(start, end)];
        if let Some(value) = self.decode(body, false, literal.range) {
            literal.value = value.into_boxed_str();
        }
    }

    fn visit_interpolated_string_element(&self, element: &mut InterpolatedStringElement) {
        if let InterpolatedStringElement::Literal(literal) = element {
            if self.holds_escape(literal.range) {
                let body = &self.source[literal.range];
                if let Some(value) = self.decode(body, true, literal.range) {
                    literal.value = value.into_boxed_str();
                }
            }
        }
        transformer::walk_interpolated_string_element(self, element);
    }
}

/// The value of non-raw str literal text `body` (an f-string's literal
/// text if `fstring`, where `{{` and `}}` stand for braces). None for a
/// `\N{...}` escape, which this decoder does not know.
fn decode_escapes(body: &str, fstring: bool) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => decode_escape(&mut chars, &mut out)?,
            '{' | '}' if fstring && chars.peek() == Some(&c) => {
                chars.next();
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Some(out)
}

/// Decode the escape after a backslash into `out`.
fn decode_escape(chars: &mut std::iter::Peekable<std::str::Chars>, out: &mut String) -> Option<()> {
    let Some(c) = chars.next() else {
        out.push('\\');
        return Some(());
    };
    let simple = match c {
        '\n' => return Some(()),
        '\r' => {
            chars.next_if_eq(&'\n');
            return Some(());
        }
        '\\' | '\'' | '"' => c,
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '0'..='7' => {
            let mut value = c.to_digit(8)?;
            for _ in 0..2 {
                match chars.peek().and_then(|d| d.to_digit(8)) {
                    Some(d) => {
                        value = value * 8 + d;
                        chars.next();
                    }
                    None => break,
                }
            }
            return push_code_point(out, value);
        }
        'x' | 'u' | 'U' => {
            let digits = match c {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let hex: String = (0..digits).filter_map(|_| chars.next()).collect();
            return push_code_point(out, u32::from_str_radix(&hex, 16).ok()?);
        }
        'N' => return None,
        other => {
            out.push('\\');
            other
        }
    };
    out.push(simple);
    Some(())
}

fn push_code_point(out: &mut String, cp: u32) -> Option<()> {
    out.push(ferropy_text::surrogates::char_for(cp).ok()?);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::decode_escapes;
    use ferropy_text::surrogates::stand_in;

    #[test]
    fn decodes_like_the_parser_and_keeps_surrogates() {
        let s = |cp| stand_in(cp).to_string();
        assert_eq!(
            decode_escapes(r"a\ud800b", false),
            Some(format!("a{}b", s(0xd800)))
        );
        assert_eq!(
            decode_escapes(r"\U0000dc80\x41\101\n\q", false),
            Some(format!("{}AA\n\\q", s(0xdc80)))
        );
        assert_eq!(
            decode_escapes(r"{{\udfff}}", true),
            Some(format!("{{{}}}", s(0xdfff)))
        );
        assert_eq!(decode_escapes(r"\N{DASH}\ud800", false), None);
    }
}
