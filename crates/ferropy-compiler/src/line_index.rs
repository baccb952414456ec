//! Maps byte offsets in source text to 1-based line and column numbers.

/// Start offsets of every line of a source text.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Index the line starts of `source`.
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line containing byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based column (in characters) of byte `offset`.
    pub fn column_of(&self, source: &str, offset: u32) -> u32 {
        let line = self.line_of(offset) as usize;
        let start = self.starts[line - 1] as usize;
        let end = (offset as usize).min(source.len());
        source
            .get(start..end)
            .map(|s| s.chars().count() as u32 + 1)
            .unwrap_or(1)
    }

    /// The text of 1-based `line`, without the line break.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> Option<&'s str> {
        let start = *self.starts.get(line as usize - 1)? as usize;
        let end = self
            .starts
            .get(line as usize)
            .map(|&e| e as usize)
            .unwrap_or(source.len());
        let text = source.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']))
    }
}
