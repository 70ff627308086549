//! The 3.11 exception table (`co_exceptiontable`).
//!
//! Each entry is four exception-table varints (see [`crate::varint`]): start and length in code
//! units, the handler's target in code units, and `depth << 1 | lasti`. The first byte of each
//! entry carries the start mark. Both the reader and the writer use the one codec in
//! `varint`, so what pyvm writes is what it reads.

use crate::varint::{write_exc_varint, Cursor};

/// One handler range, with offsets in bytes as `dis` shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First covered byte offset.
    pub start: u64,
    /// One past the last covered byte offset.
    pub end: u64,
    /// Byte offset of the handler.
    pub target: u64,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u64,
    /// Whether the offset of the raising instruction is pushed too.
    pub lasti: bool,
}

/// Parses the table as `dis._parse_exception_table` does: entries in order, a trailing
/// incomplete entry dropped.
pub fn parse(table: &[u8]) -> Vec<ExceptionTableEntry> {
    let mut c = Cursor::new(table);
    let mut out = Vec::new();
    loop {
        let mut field = || c.exc_varint();
        let (Some(start), Some(length), Some(target), Some(dl)) =
            (field(), field(), field(), field())
        else {
            return out;
        };
        let start = start.wrapping_mul(2);
        out.push(ExceptionTableEntry {
            start,
            end: start.wrapping_add(length.wrapping_mul(2)),
            target: target.wrapping_mul(2),
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
}

/// Encodes entries (byte offsets, each a multiple of 2) into `co_exceptiontable` form.
pub fn encode(entries: &[ExceptionTableEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        let units = |bytes: u64| (bytes / 2) as u32;
        write_exc_varint(&mut out, units(e.start), true);
        write_exc_varint(&mut out, units(e.end - e.start), false);
        write_exc_varint(&mut out, units(e.target), false);
        write_exc_varint(&mut out, ((e.depth as u32) << 1) | e.lasti as u32, false);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_parse_is_identity() {
        let entries = vec![
            ExceptionTableEntry {
                start: 4,
                end: 40,
                target: 200,
                depth: 1,
                lasti: false,
            },
            ExceptionTableEntry {
                start: 200,
                end: 9000,
                target: 20000,
                depth: 3,
                lasti: true,
            },
        ];
        assert_eq!(parse(&encode(&entries)), entries);
    }

    #[test]
    fn incomplete_trailing_entry_is_dropped() {
        let mut table = encode(&[ExceptionTableEntry {
            start: 0,
            end: 2,
            target: 4,
            depth: 0,
            lasti: true,
        }]);
        table.extend_from_slice(&[0x81, 0x02]);
        assert_eq!(parse(&table).len(), 1);
    }
}
