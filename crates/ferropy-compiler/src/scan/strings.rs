//! Strings and f-strings: where they end, and the replacement fields,
//! format specs and quotes inside f-strings.

use super::*;

impl Scanner<'_> {
    /// A string literal starting at `start` (its prefix), with the quote at
    /// the current position.
    pub(super) fn string(&mut self, start: usize, prefix: &str) -> ScanResult {
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        let raw = prefix.contains(['r', 'R']);
        self.pos += if triple { 3 } else { 1 };
        self.depth.pending = 0;
        if prefix.contains(['f', 'F']) {
            return self.start_fstring(start, quote, triple, raw);
        }
        let escapes = match (raw, prefix.contains(['b', 'B'])) {
            (true, _) => Escapes::Raw,
            (false, true) => Escapes::Bytes,
            (false, false) => Escapes::Str,
        };
        self.skip_plain_string(start, quote, triple, escapes)
    }

    /// Skip a string literal's text up to its closing quote, checking its
    /// escapes (`escapes` says which ones it has).
    pub(super) fn skip_plain_string(
        &mut self,
        start: usize,
        quote: u8,
        triple: bool,
        escapes: Escapes,
    ) -> ScanResult {
        // CPython reports a string's escape warnings at its first line.
        let first_line = self.line;
        loop {
            match self.peek(0) {
                0 if self.at_end() => return Err(self.unterminated_string(start, quote, triple)),
                b'\\' => {
                    self.pos += 1;
                    if escapes != Escapes::Raw {
                        self.check_escape(escapes == Escapes::Str, first_line);
                    }
                    if escapes == Escapes::Str {
                        self.note_surrogate_escape()?;
                    }
                    self.skip_escaped_char();
                }
                b'\n' | b'\r' if !triple => {
                    return Err(self.unterminated_string(start, quote, false))
                }
                b'\n' | b'\r' => self.newline_in_string(),
                c if c == quote && self.closes(quote, triple) => return Ok(()),
                _ => self.pos += 1,
            }
        }
    }

    /// At the character after a backslash in str text: note a `\uXXXX` or
    /// `\UXXXXXXXX` escape of a lone surrogate (the literal is decoded
    /// again after parsing, see `surrogate_literals`), and refuse one of
    /// the code points that stand in for lone surrogates.
    fn note_surrogate_escape(&mut self) -> ScanResult {
        let digits = match self.peek(0) {
            b'u' => 4,
            b'U' => 8,
            _ => return Ok(()),
        };
        let hex = self
            .s
            .get(self.pos + 1..self.pos + 1 + digits)
            .unwrap_or(&[]);
        let code_point = std::str::from_utf8(hex)
            .ok()
            .filter(|h| h.len() == digits)
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        let Some(code_point) = code_point else {
            return Ok(());
        };
        let backslash = self.pos - 1;
        match ferropy_text::surrogates::char_for(code_point) {
            Ok(c) if ferropy_text::surrogates::surrogate_of(c).is_some() => {
                self.surrogate_escapes.push(backslash as u32);
                Ok(())
            }
            Err(ferropy_text::surrogates::NoChar::Reserved) => {
                let at = TextSize::from(backslash as u32);
                let range = TextRange::at(at, TextSize::from(digits as u32 + 2));
                Err(CompileError::not_implemented(
                    "code points U+10E800..U+10EFFF (they stand in for lone surrogates)",
                    range,
                ))
            }
            _ => Ok(()),
        }
    }

    /// Consume the character after a backslash (a line break counts).
    /// At the character after a backslash in a non-raw literal: note
    /// CPython's `SyntaxWarning` for an escape it does not know
    /// (`"\d"`) or an octal escape above `\377`.
    fn check_escape(&mut self, str_literal: bool, line: u32) {
        let c = self.peek(0);
        let known = matches!(
            c,
            b'\n'
                | b'\r'
                | b'\\'
                | b'\''
                | b'"'
                | b'a'
                | b'b'
                | b'f'
                | b'n'
                | b'r'
                | b't'
                | b'v'
                | b'x'
        ) || (str_literal && matches!(c, b'N' | b'u' | b'U'));
        if known || self.at_end() {
            return;
        }
        if (b'0'..=b'7').contains(&c) {
            let digits: String = self.src[self.pos..]
                .chars()
                .take(3)
                .take_while(|d| ('0'..='7').contains(d))
                .collect();
            if u32::from_str_radix(&digits, 8).is_ok_and(|v| v > 0o377) {
                let message = format!("invalid octal escape sequence '\\{digits}'");
                self.warnings.push((line, message));
            }
            return;
        }
        if let Some(ch) = self.src[self.pos..].chars().next() {
            let message = format!("invalid escape sequence '\\{ch}'");
            self.warnings.push((line, message));
        }
    }

    pub(super) fn skip_escaped_char(&mut self) {
        match self.peek(0) {
            b'\n' | b'\r' => self.newline_in_string(),
            0 if self.at_end() => {}
            _ => self.pos += 1,
        }
    }

    pub(super) fn newline_in_string(&mut self) {
        if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
            self.pos += 1;
        }
        self.pos += 1;
        self.line += 1;
    }

    /// At a quote: if it ends the string, consume the closing quote(s).
    pub(super) fn closes(&mut self, quote: u8, triple: bool) -> bool {
        let len = if triple { 3 } else { 1 };
        if self.s[self.pos..]
            .iter()
            .take(len)
            .filter(|&&b| b == quote)
            .count()
            < len
        {
            return false;
        }
        self.pos += len;
        true
    }

    /// An unterminated string in a replacement field that opens with the
    /// f-string's own quote is really the f-string's end: its `}` is missing.
    pub(super) fn unterminated_string(
        &self,
        start: usize,
        quote: u8,
        triple: bool,
    ) -> CompileError {
        if self
            .frames
            .iter()
            .any(|f| matches!(f.kind, FrameKind::Field))
        {
            if let FrameKind::FString {
                quote: q,
                triple: t,
                ..
            } = self.enclosing_fstring().kind
            {
                if (q, t) == (quote, triple) {
                    return syntax_error("f-string: expecting '}'", start);
                }
            }
        }
        self.unterminated(start, triple, "string")
    }

    /// "unterminated string literal (detected at line 3)".
    pub(super) fn unterminated(&self, start: usize, triple: bool, what: &str) -> CompileError {
        let line = if self.at_end() {
            self.last_line()
        } else {
            self.line
        };
        let triple = if triple { "triple-quoted " } else { "" };
        syntax_error(
            format!("unterminated {triple}{what} literal (detected at line {line})"),
            start,
        )
    }

    /// The line of the source's last character.
    pub(super) fn last_line(&self) -> u32 {
        let newlines_at_end = self.s.last().is_some_and(|&b| b == b'\n' || b == b'\r');
        self.line - u32::from(newlines_at_end && self.line > 1)
    }

    pub(super) fn start_fstring(
        &mut self,
        start: usize,
        quote: u8,
        triple: bool,
        raw: bool,
    ) -> ScanResult {
        let nested = self
            .frames
            .iter()
            .filter(|f| matches!(f.kind, FrameKind::FString { .. }))
            .count();
        if nested + 1 >= MAX_FSTRINGS {
            return Err(syntax_error("too many nested f-strings", start));
        }
        self.push(FrameKind::FString { quote, triple, raw }, start);
        Ok(())
    }

    /// The f-string enclosing the innermost frame.
    pub(super) fn enclosing_fstring(&self) -> Frame {
        *self
            .frames
            .iter()
            .rev()
            .find(|f| matches!(f.kind, FrameKind::FString { .. }))
            .expect("inside an f-string")
    }

    /// Is the innermost frame a replacement field (no bracket open inside)?
    pub(super) fn in_field_top(&self) -> bool {
        matches!(self.frames.last().map(|f| f.kind), Some(FrameKind::Field))
    }

    /// Scan literal text of an f-string or format spec up to the next
    /// replacement field, the closing quote or the end of the spec.
    pub(super) fn fstring_text(&mut self) -> ScanResult {
        let fstring = self.enclosing_fstring();
        let FrameKind::FString { quote, triple, raw } = fstring.kind else {
            unreachable!()
        };
        let in_spec = matches!(self.frames.last().unwrap().kind, FrameKind::Spec);
        loop {
            let c = self.peek(0);
            match c {
                0 if self.at_end() => return Ok(()),
                b'\\' => self.fstring_escape(raw, quote)?,
                b'\n' | b'\r' if !triple && !in_spec => {
                    return Err(self.unterminated(fstring.at, false, "f-string"));
                }
                b'\n' | b'\r' => self.newline_in_string(),
                b'{' if !in_spec && self.peek(1) == b'{' => self.pos += 2,
                b'{' => return self.open_field(),
                b'}' if in_spec => {
                    self.pos += 1;
                    self.pop(); // the spec
                    self.pop(); // its field
                    return Ok(());
                }
                b'}' if self.peek(1) == b'}' => self.pos += 2,
                b'}' => {
                    return Err(syntax_error(
                        "f-string: single '}' is not allowed",
                        self.pos,
                    ));
                }
                _ if c == quote && self.closes(quote, triple) => {
                    if in_spec {
                        let msg = "f-string: expecting '}', or format specs";
                        return Err(syntax_error(msg, self.pos - 1));
                    }
                    self.pop();
                    return Ok(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// A backslash in f-string text. `\N{...}` names a character; other
    /// escapes never hide a brace, and raw strings only escape quotes.
    pub(super) fn fstring_escape(&mut self, raw: bool, quote: u8) -> ScanResult {
        self.pos += 1;
        if !raw {
            self.check_escape(true, self.line);
            self.note_surrogate_escape()?;
        }
        let next = self.peek(0);
        if !raw && next == b'N' && self.peek(1) == b'{' {
            while !self.at_end() && !matches!(self.peek(0), b'}' | b'\n' | b'\r') {
                self.pos += 1;
            }
            if self.peek(0) == b'}' {
                self.pos += 1;
            }
        } else if next == quote || next == b'\\' || (!raw && !matches!(next, b'{' | b'}')) {
            self.skip_escaped_char();
        }
        Ok(())
    }

    pub(super) fn open_field(&mut self) -> ScanResult {
        let specs = self
            .frames
            .iter()
            .rev()
            .take_while(|f| !matches!(f.kind, FrameKind::FString { .. }))
            .filter(|f| matches!(f.kind, FrameKind::Spec))
            .count();
        if specs > MAX_SPEC_NESTING {
            return Err(self.error_before("f-string: expressions nested too deeply", self.pos));
        }
        if self.bracket_count() >= MAX_BRACKETS {
            return Err(syntax_error("too many nested parentheses", self.pos));
        }
        self.push(FrameKind::Field, self.pos);
        self.pos += 1;
        self.check_depth()
    }

    pub(super) fn start_spec(&mut self) {
        self.push(FrameKind::Spec, self.pos);
        self.pos += 1;
    }

    pub(super) fn unterminated_fstring(&self) -> CompileError {
        let f = self.enclosing_fstring();
        let FrameKind::FString { triple, .. } = f.kind else {
            unreachable!()
        };
        if matches!(self.frames.last().unwrap().kind, FrameKind::Spec) {
            return syntax_error("f-string: expecting '}'", self.s.len());
        }
        self.unterminated(f.at, triple, "f-string")
    }
}
