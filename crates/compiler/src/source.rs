//! Positions in source text: byte offsets (what the parser's ranges hold) converted to the
//! 1-based line numbers and 1-based character columns CPython reports.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{ErrorKind, SyntaxError};

/// Start offsets of every line, so a byte offset maps to a line by binary search.
#[derive(Debug)]
pub struct LineIndex<'src> {
    source: &'src str,
    line_starts: Vec<usize>,
    /// The line (0-based) the last lookup found: the passes walk the source roughly in
    /// order, so most lookups land on it or the next line and skip the binary search. An
    /// atomic only so a shared index may cross threads; relaxed loads and stores cost what
    /// plain ones do.
    last_line: AtomicUsize,
}

impl Clone for LineIndex<'_> {
    fn clone(&self) -> Self {
        LineIndex {
            source: self.source,
            line_starts: self.line_starts.clone(),
            last_line: AtomicUsize::new(self.last_line.load(Ordering::Relaxed)),
        }
    }
}

impl<'src> LineIndex<'src> {
    pub fn new(source: &'src str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(0);
        // CPython's tokenizer treats "\r\n" and a lone "\r" as one line end each. memchr
        // jumps from line end to line end (this index is built by several passes per file).
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                line_starts.push(i + 1);
            }
        }
        LineIndex {
            source,
            line_starts,
            last_line: AtomicUsize::new(0),
        }
    }

    pub fn source(&self) -> &'src str {
        self.source
    }

    /// 1-based line number containing `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        let offset = offset.min(self.source.len());
        let starts = &self.line_starts;
        let on_line = |i: usize| {
            starts.get(i).is_some_and(|&s| s <= offset)
                && starts.get(i + 1).is_none_or(|&next| offset < next)
        };
        let hint = self.last_line.load(Ordering::Relaxed);
        let idx = if on_line(hint) {
            hint
        } else if on_line(hint + 1) {
            hint + 1
        } else {
            match starts.binary_search(&offset) {
                Ok(i) => i,
                Err(i) => i.saturating_sub(1),
            }
        };
        self.last_line.store(idx, Ordering::Relaxed);
        (idx + 1) as u32
    }

    /// Byte offset where 1-based line `lineno` starts (clamped to the source).
    pub fn line_start(&self, lineno: u32) -> usize {
        let idx = (lineno.max(1) - 1) as usize;
        self.line_starts
            .get(idx)
            .copied()
            .unwrap_or(self.source.len())
    }

    /// `(lineno, offset)` in CPython's convention: 1-based line, 1-based character column.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let col = self.source[start..offset].chars().count();
        (line, col as u32 + 1)
    }

    /// `(lineno, offset)` with a 1-based UTF-8 *byte* column, as the compiler's errors use.
    pub fn byte_position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.source.len());
        let line = self.line_of(offset);
        let start = self.line_start(line);
        (line, (offset - start) as u32 + 1)
    }

    /// The text of line `lineno` including its line end, as `SyntaxError.text` shows it.
    pub fn line_text(&self, lineno: u32) -> Option<String> {
        let idx = (lineno.max(1) - 1) as usize;
        let start = *self.line_starts.get(idx)?;
        let end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.source.len());
        Some(self.source[start..end].to_string())
    }

    /// Line number of the last line that holds text (CPython's "detected at line N").
    pub fn last_line(&self) -> u32 {
        if self.source.is_empty() {
            1
        } else {
            self.line_of(self.source.len() - 1)
        }
    }

    /// An error spanning the byte range `start..end`, with the start line as `text`.
    pub fn error(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        filename: &str,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        let (lineno, offset) = self.position(start);
        let (end_lineno, end_offset) = self.position(end.max(start));
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: self.line_text(lineno),
        }
    }

    /// A `SyntaxError` raised by the symtable or compiler passes over `start..end`: byte
    /// columns and no `text`, as CPython's errors from those passes carry.
    pub fn compile_error(
        &self,
        msg: impl Into<String>,
        filename: &str,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        let (lineno, offset) = self.byte_position(start);
        let (end_lineno, end_offset) = self.byte_position(end.max(start));
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: None,
        }
    }
}

/// The largest char boundary not after `i`, so slicing never panics on odd offsets.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
