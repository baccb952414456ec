//! A tokenizer-level pass over the source, run before the parser.
//!
//! CPython's tokenizer rejects some source before its parser sees it, and
//! those errors win over any parse error. This pass walks the source once,
//! iteratively (it never recurses, whatever the input), keeping only the
//! state a tokenizer needs: open brackets, f-strings being read, the
//! indentation stack and an estimate of how deep the parser will recurse. It
//! reports, with CPython's messages and positions:
//!
//! - bracket errors: "unmatched ')'", "closing parenthesis ']' does not match
//!   opening parenthesis '('", "too many nested parentheses" (over 200);
//! - unterminated strings and f-strings, malformed number literals, and
//!   f-string errors the tokenizer owns ("single '}' is not allowed", ...);
//! - indentation errors: inconsistent dedent, tabs mixed with spaces, more
//!   than 100 levels;
//! - source nested too deeply for the recursive parser (`MemoryError:
//!   Parser stack overflowed`), which is what keeps hostile input such as
//!   100,000 unary minus signs from overflowing the stack.
//!
//! A bracket still open at the end is not an error here: CPython reports it
//! only when the parser fails after the bracket's line (see [`Scanned`]).

mod strings;

use crate::error::{CompileError, CompileErrorKind};
use crate::literals::{self, ErrorAt};
use ruff_text_size::{TextRange, TextSize};

/// CPython's tokenizer limit on open brackets.
const MAX_BRACKETS: usize = 200;
/// CPython's limit on indentation levels.
const MAX_INDENT: usize = 100;
/// CPython's limit on f-strings nested in each other's replacement fields.
const MAX_FSTRINGS: usize = 150;
/// Format specs nest at most two deep (`f"{x:{y:{z}}}"`).
const MAX_SPEC_NESTING: usize = 2;
/// The parser's recursion budget, in CPython's parser-stack units: a prefix
/// operator costs one, `**` and `lambda` two, a bracket level
/// [`BRACKET_COST`], an indentation level [`INDENT_COST`].
const MAX_PARSER_DEPTH: usize = 5966;
const BRACKET_COST: usize = 28;
const INDENT_COST: usize = 7;

/// What the scan learned about source it accepted.
pub struct Scanned {
    /// The innermost bracket still open at the end of the source.
    pub unclosed: Option<Unclosed>,
    /// Byte offsets of the `\uXXXX`/`\UXXXXXXXX` escapes of lone
    /// surrogates in str literals (see `surrogate_literals`).
    pub surrogate_escapes: Vec<u32>,
    /// CPython's tokenizer warnings (`invalid escape sequence '\d'`), with
    /// their lines.
    pub warnings: Vec<(u32, String)>,
}

/// Which escapes a string literal's text has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Escapes {
    /// A raw string: none.
    Raw,
    /// Bytes: no `\N`, `\u`, `\U`.
    Bytes,
    /// A str.
    Str,
}

/// A bracket that is never closed.
#[derive(Clone, Copy)]
pub struct Unclosed {
    pub open: u8,
    /// Byte offset of the bracket.
    pub at: usize,
    /// 1-based line of the bracket.
    pub line: u32,
}

impl Unclosed {
    /// CPython's "'(' was never closed" error.
    pub fn error(&self) -> CompileError {
        syntax_error(format!("'{}' was never closed", self.open as char), self.at)
    }
}

/// A tokenizer error, with the warnings found before it.
#[derive(Debug)]
pub struct ScanFailure {
    pub error: CompileError,
    pub warnings: Vec<(u32, String)>,
}

/// Check `source` the way CPython's tokenizer does.
pub fn scan(source: &str) -> Result<Scanned, ScanFailure> {
    let mut scanner = Scanner::new(source);
    if let Err(error) = scanner.run() {
        return Err(ScanFailure {
            error,
            warnings: scanner.warnings,
        });
    }
    Ok(Scanned {
        unclosed: scanner.innermost_open(),
        surrogate_escapes: scanner.surrogate_escapes,
        warnings: scanner.warnings,
    })
}

/// Estimated parser recursion depth at the current token.
#[derive(Clone, Copy, Default)]
struct Depth {
    /// Inherited from enclosing brackets.
    outer: usize,
    /// Constructs whose operand extends to the end of the bracket level or
    /// the statement: `lambda`, `**` (right-associative), `... else ...`.
    lasting: usize,
    /// Prefix operators waiting for their operand.
    pending: usize,
}

impl Depth {
    fn total(&self) -> usize {
        self.outer + self.lasting + self.pending
    }

    /// Depth inside a bracket opened at this depth.
    fn nested(&self) -> Depth {
        Depth {
            outer: self.total() + BRACKET_COST,
            ..Depth::default()
        }
    }

    /// Fold pending prefix operators into a construct lasting `cost` more.
    fn add_lasting(&mut self, cost: usize) {
        self.lasting += self.pending + cost;
        self.pending = 0;
    }
}

/// What an open construct is, innermost last on the scanner's stack.
#[derive(Clone, Copy)]
enum FrameKind {
    /// `(`, `[` or `{` in code.
    Bracket(u8),
    /// The literal text of an f-string.
    FString { quote: u8, triple: bool, raw: bool },
    /// A replacement field `{...}` of an f-string: code.
    Field,
    /// The format spec after `:` in a replacement field: literal text.
    Spec,
}

#[derive(Clone, Copy)]
struct Frame {
    kind: FrameKind,
    /// Byte offset where it opened.
    at: usize,
    line: u32,
    /// The depth of the enclosing level, restored when this one closes.
    saved: Depth,
}

struct Scanner<'s> {
    src: &'s str,
    s: &'s [u8],
    pos: usize,
    /// 1-based line of `pos`.
    line: u32,
    frames: Vec<Frame>,
    /// Indentation stack: columns with tabs to 8 and to 1.
    indents: Vec<(usize, usize)>,
    at_line_start: bool,
    depth: Depth,
    surrogate_escapes: Vec<u32>,
    warnings: Vec<(u32, String)>,
}

type ScanResult<T = ()> = Result<T, CompileError>;

impl<'s> Scanner<'s> {
    fn new(src: &'s str) -> Scanner<'s> {
        let s = src.as_bytes();
        // A UTF-8 byte order mark is not part of the source.
        let pos = if s.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
        Scanner {
            src,
            s,
            pos,
            line: 1,
            frames: Vec::new(),
            indents: vec![(0, 0)],
            at_line_start: true,
            depth: Depth::default(),
            surrogate_escapes: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn peek(&self, ahead: usize) -> u8 {
        self.s.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }

    fn run(&mut self) -> ScanResult {
        while !self.at_end() {
            if self.in_literal_text() {
                self.fstring_text()?;
            } else {
                self.code_token()?;
            }
        }
        if let Some(f) = self.frames.last() {
            if let FrameKind::FString { .. } | FrameKind::Spec = f.kind {
                return Err(self.unterminated_fstring());
            }
        }
        Ok(())
    }

    fn in_literal_text(&self) -> bool {
        matches!(
            self.frames.last().map(|f| f.kind),
            Some(FrameKind::FString { .. } | FrameKind::Spec)
        )
    }

    /// The innermost bracket or replacement field left open at the end.
    fn innermost_open(&self) -> Option<Unclosed> {
        self.frames.iter().rev().find_map(|f| match f.kind {
            FrameKind::Bracket(open) => Some(Unclosed {
                open,
                at: f.at,
                line: f.line,
            }),
            FrameKind::Field => Some(Unclosed {
                open: b'{',
                at: f.at,
                line: f.line,
            }),
            _ => None,
        })
    }

    // ----- code -----------------------------------------------------------

    /// Scan one token (or whitespace, comment, line break) of code.
    fn code_token(&mut self) -> ScanResult {
        if self.at_line_start && self.frames.is_empty() {
            self.at_line_start = false;
            return self.indentation();
        }
        let c = self.peek(0);
        match c {
            b' ' | b'\t' | b'\x0c' => self.pos += 1,
            b'\r' | b'\n' => self.line_break(),
            b'#' => self.skip_comment(),
            b'\\' => self.continuation()?,
            b'\'' | b'"' => self.string(self.pos, "")?,
            b'0'..=b'9' => self.number()?,
            b'.' if self.peek(1).is_ascii_digit() => self.number()?,
            b'(' | b'[' | b'{' => self.open_bracket(c)?,
            b')' | b']' | b'}' => self.close_bracket(c)?,
            b'-' | b'+' | b'~' => self.operator(c)?,
            b'*' => self.operator(c)?,
            b',' | b';' => {
                self.depth.lasting = 0;
                self.depth.pending = 0;
                self.pos += 1;
            }
            b':' if self.in_field_top() => self.start_spec(),
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => self.word()?,
            _ => self.pos += 1,
        }
        Ok(())
    }

    fn line_break(&mut self) {
        if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
            self.pos += 1;
        }
        self.pos += 1;
        self.line += 1;
        if self.frames.is_empty() {
            self.at_line_start = true;
            self.depth = Depth::default();
        }
    }

    fn skip_comment(&mut self) {
        while !self.at_end() && !matches!(self.peek(0), b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    /// A backslash must be followed by a line break.
    fn continuation(&mut self) -> ScanResult {
        self.pos += 1;
        match self.peek(0) {
            b'\n' | b'\r' => {
                if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
                    self.pos += 1;
                }
                self.pos += 1;
                self.line += 1;
                if self.at_end() {
                    return Err(syntax_error("unexpected EOF while parsing", self.pos - 1));
                }
                Ok(())
            }
            0 if self.at_end() => Err(syntax_error("unexpected EOF while parsing", self.pos)),
            _ => Err(syntax_error(
                "unexpected character after line continuation character",
                self.pos,
            )),
        }
    }

    /// A name, a keyword, or the prefix of a string literal.
    fn word(&mut self) -> ScanResult {
        let start = self.pos;
        while !self.at_end() {
            let c = self.peek(0);
            if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
                self.pos += 1;
            } else {
                break;
            }
        }
        let word = &self.src[start..self.pos];
        if matches!(self.peek(0), b'\'' | b'"') && is_string_prefix(word) {
            return self.string(start, word);
        }
        match word {
            "not" | "await" => self.add_pending(1),
            "lambda" => self.add_lasting(2),
            "else" if !self.rest_of_line_starts_with(b':') => self.add_lasting(1),
            _ => {
                self.depth.pending = 0;
                Ok(())
            }
        }
    }

    fn rest_of_line_starts_with(&self, c: u8) -> bool {
        self.s[self.pos..]
            .iter()
            .find(|&&b| b != b' ' && b != b'\t')
            .is_some_and(|&b| b == c)
    }

    /// `-`, `+`, `~` before an operand, or `**`.
    fn operator(&mut self, c: u8) -> ScanResult {
        self.pos += 1;
        if c == b'*' {
            if self.peek(0) == b'*' {
                self.pos += 1;
                return self.add_lasting(2);
            }
            return Ok(());
        }
        if self.peek(0) == b'=' {
            return Ok(());
        }
        self.add_pending(1)
    }

    fn add_pending(&mut self, cost: usize) -> ScanResult {
        self.depth.pending += cost;
        self.check_depth()
    }

    fn add_lasting(&mut self, cost: usize) -> ScanResult {
        self.depth.add_lasting(cost);
        self.check_depth()
    }

    fn check_depth(&self) -> ScanResult {
        let indentation = (self.indents.len() - 1) * INDENT_COST;
        if self.depth.total() + indentation > MAX_PARSER_DEPTH {
            return Err(CompileError {
                kind: CompileErrorKind::MemoryError,
                message: "Parser stack overflowed - Python source too complex to parse".into(),
                range: None,
            });
        }
        Ok(())
    }

    fn number(&mut self) -> ScanResult {
        match literals::number_end(self.s, self.pos) {
            Ok(end) => {
                self.pos = end;
                self.depth.pending = 0;
                Ok(())
            }
            Err(e) => Err(match e.at {
                ErrorAt::Token(at) => syntax_error(e.message, at),
                ErrorAt::Cursor(at) => self.error_before(e.message, at),
            }),
        }
    }

    // ----- brackets -------------------------------------------------------

    fn push(&mut self, kind: FrameKind, at: usize) {
        let saved = self.depth;
        if let FrameKind::Bracket(_) | FrameKind::Field = kind {
            self.depth = saved.nested();
        }
        self.frames.push(Frame {
            kind,
            at,
            line: self.line,
            saved,
        });
    }

    /// Close the innermost frame; what it enclosed acts as an operand.
    fn pop(&mut self) {
        let frame = self.frames.pop().expect("a frame to close");
        self.depth = frame.saved;
        self.depth.pending = 0;
    }

    fn bracket_count(&self) -> usize {
        self.frames
            .iter()
            .filter(|f| matches!(f.kind, FrameKind::Bracket(_) | FrameKind::Field))
            .count()
    }

    fn open_bracket(&mut self, c: u8) -> ScanResult {
        if self.bracket_count() >= MAX_BRACKETS {
            return Err(syntax_error("too many nested parentheses", self.pos));
        }
        self.push(FrameKind::Bracket(c), self.pos);
        self.pos += 1;
        self.check_depth()
    }

    fn close_bracket(&mut self, c: u8) -> ScanResult {
        let at = self.pos;
        let Some(top) = self.frames.last().copied() else {
            return Err(syntax_error(format!("unmatched '{}'", c as char), at));
        };
        match top.kind {
            FrameKind::Bracket(open) if closing_for(open) == c => {}
            FrameKind::Bracket(open) => {
                let mut msg = format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, open as char
                );
                if top.line != self.line {
                    msg.push_str(&format!(" on line {}", top.line));
                }
                return Err(syntax_error(msg, at));
            }
            FrameKind::Field if c == b'}' => {}
            _ => {
                return Err(syntax_error(
                    format!("f-string: unmatched '{}'", c as char),
                    at,
                ))
            }
        }
        self.pop();
        self.pos += 1;
        Ok(())
    }

    // ----- indentation ----------------------------------------------------

    /// Measure the indentation of a new logical line and check it against
    /// the indentation stack.
    fn indentation(&mut self) -> ScanResult {
        let line_start = self.pos;
        let (mut col, mut alt) = (0usize, 0usize);
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if matches!(self.peek(0), b'#' | b'\n' | b'\r' | 0) {
            // Blank and comment-only lines do not count.
            return Ok(());
        }
        let (top_col, top_alt) = *self.indents.last().unwrap();
        if col > top_col {
            if self.indents.len() >= MAX_INDENT {
                return Err(indentation_error(
                    "too many levels of indentation",
                    line_start,
                ));
            }
            if alt <= top_alt {
                return Err(tab_error(line_start));
            }
            self.indents.push((col, alt));
            return Ok(());
        }
        while col < self.indents.last().unwrap().0 && self.indents.len() > 1 {
            self.indents.pop();
        }
        let (top_col, top_alt) = *self.indents.last().unwrap();
        if col != top_col {
            let line_end = self.line_end();
            return Err(indentation_error(
                "unindent does not match any outer indentation level",
                line_end,
            ));
        }
        if alt != top_alt {
            return Err(tab_error(line_start));
        }
        Ok(())
    }

    fn line_end(&self) -> usize {
        self.s[self.pos..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(self.s.len(), |n| self.pos + n)
    }

    // ----- errors ---------------------------------------------------------

    /// An error at CPython's tokenizer cursor `at`: its offset is the number
    /// of characters before `at` on the line.
    fn error_before(&self, msg: impl Into<String>, at: usize) -> CompileError {
        let mut start = at.min(self.s.len()).saturating_sub(1);
        while start > 0 && !self.src.is_char_boundary(start) {
            start -= 1;
        }
        syntax_error(msg, start)
    }
}

fn closing_for(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// String prefixes of Python 3.13 (any case): `r u b f br rb fr rf`.
fn is_string_prefix(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

fn range_at(at: usize) -> TextRange {
    let start = TextSize::from(at as u32);
    TextRange::new(start, start + TextSize::from(1))
}

fn syntax_error(msg: impl Into<String>, at: usize) -> CompileError {
    CompileError {
        kind: CompileErrorKind::SyntaxError,
        message: msg.into(),
        range: Some(range_at(at)),
    }
}

fn indentation_error(msg: &str, at: usize) -> CompileError {
    CompileError {
        kind: CompileErrorKind::IndentationError,
        message: msg.into(),
        range: Some(range_at(at)),
    }
}

fn tab_error(at: usize) -> CompileError {
    CompileError {
        kind: CompileErrorKind::TabError,
        message: "inconsistent use of tabs and spaces in indentation".into(),
        range: Some(range_at(at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(src: &str) -> Option<String> {
        scan(src).err().map(|e| e.error.message)
    }

    #[test]
    fn accepts_fstrings_with_nested_quotes() {
        for src in [
            r#"f"{d["k"]}""#,
            r#"f"{f'{f"{n}"}'}""#,
            "f'{x:{w}.{p}f}'",
            "f'{{}}'",
            "f'{x!r:>{w}}'",
            "f'\\N{DIGIT ONE}'",
            "rf'\\{x}'",
            "f'''{\n1\n}'''",
            "f'{a:=10}'",
            "f'{3!=4}'",
            "f'{ {1: 2}[1] }'",
            "f'{\"}\"}'",
        ] {
            assert_eq!(message(src), None, "{src}");
        }
    }

    #[test]
    fn reports_tokenizer_errors() {
        assert_eq!(
            message("x = f'}'").unwrap(),
            "f-string: single '}' is not allowed"
        );
        assert_eq!(message("x = f'{)}'").unwrap(), "f-string: unmatched ')'");
        assert_eq!(
            message("x = 'abc").unwrap(),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            message("x = '''abc\n\n").unwrap(),
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(
            message("x = f'abc").unwrap(),
            "unterminated f-string literal (detected at line 1)"
        );
        assert_eq!(
            message("x = (\n1]").unwrap(),
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(
            message("if x:\n  a\n b").unwrap(),
            "unindent does not match any outer indentation level"
        );
        assert_eq!(
            message(&"-".repeat(100_000)).unwrap(),
            "Parser stack overflowed - Python source too complex to parse"
        );
        assert_eq!(
            message(&"(".repeat(201)).unwrap(),
            "too many nested parentheses"
        );
    }

    #[test]
    fn defers_unclosed_brackets() {
        let scanned = scan("x = (1,\n 2").unwrap();
        let unclosed = scanned.unclosed.unwrap();
        assert_eq!((unclosed.open, unclosed.at, unclosed.line), (b'(', 4, 1));
    }
}
