//! The 3.11 location table (`co_linetable`): `co_lines()` and `co_positions()`.
//!
//! Each entry covers 1 to 8 code units. Its first byte has bit 7 set, the entry's form in bits
//! 3..6 and the number of code units minus one in bits 0..2:
//! - forms 0..=9 ("short"): same line, one more byte: the column is `form * 8` plus its high
//!   nibble, the end column that plus its low nibble;
//! - 10..=12 ("one line"): the line advances by `form - 10`; start and end column bytes follow;
//! - 13 ("no columns"): a signed line delta;
//! - 14 ("long"): signed line delta, end-line delta, column + 1, end column + 1;
//! - 15: no location at all (the line is `None`).
//!
//! CPython walks the table two ways, and they differ on damaged input, so both are mirrored:
//! `co_lines()` finds entries by their start bit and reads only the line delta
//! ([`co_lines`]), while `co_positions()` reads every field in sequence ([`locations`]).
//! Neither ever reads past the table: a damaged entry ends the iteration.

use crate::varint::{write_line_svarint, write_line_varint, Cursor};

/// The location of one entry's code units. `None` where CPython reports `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Byte offset of the first code unit.
    pub start: u32,
    /// Byte offset one past the last code unit.
    pub end: u32,
    pub line: Option<i32>,
    pub end_line: Option<i32>,
    pub column: Option<i32>,
    pub end_column: Option<i32>,
}

const FORM_NO_COLUMNS: u8 = 13;
const FORM_LONG: u8 = 14;
const FORM_NONE: u8 = 15;

fn entry_end(start: u32, first: u8) -> u32 {
    start.saturating_add(((first & 7) as u32 + 1) * 2)
}

/// `co_positions()` reports -1 (and only -1) as `None`.
fn position(v: i32) -> Option<i32> {
    (v != -1).then_some(v)
}

/// Iterator over the entries of a location table, as `co_positions()` reads them.
pub struct Locations<'a> {
    cursor: Cursor<'a>,
    line: i32,
    offset: u32,
}

/// Decodes `co_linetable` for a code object whose first line is `firstlineno`.
pub fn locations(linetable: &[u8], firstlineno: i32) -> Locations<'_> {
    Locations {
        cursor: Cursor::new(linetable),
        line: firstlineno,
        offset: 0,
    }
}

impl Iterator for Locations<'_> {
    type Item = Location;

    fn next(&mut self) -> Option<Location> {
        let c = &mut self.cursor;
        let first = c.byte()?;
        let form = (first >> 3) & 15;
        let start = self.offset;
        let end = entry_end(start, first);
        let (line, end_line, column, end_column) = match form {
            FORM_NONE => (-1, -1, -1, -1),
            FORM_LONG => {
                self.line = self.line.wrapping_add(c.line_svarint()?);
                let end_line = self.line.wrapping_add(c.line_varint()? as i32);
                let column = (c.line_varint()? as i32).wrapping_sub(1);
                let end_column = (c.line_varint()? as i32).wrapping_sub(1);
                (self.line, end_line, column, end_column)
            }
            FORM_NO_COLUMNS => {
                self.line = self.line.wrapping_add(c.line_svarint()?);
                (self.line, self.line, -1, -1)
            }
            10..=12 => {
                self.line = self.line.wrapping_add((form - 10) as i32);
                let column = c.byte()? as i32;
                let end_column = c.byte()? as i32;
                (self.line, self.line, column, end_column)
            }
            _ => {
                let second = c.byte()?;
                let column = ((form as i32) << 3) | (second >> 4) as i32;
                (self.line, self.line, column, column + (second & 15) as i32)
            }
        };
        self.offset = end;
        Some(Location {
            start,
            end,
            line: position(line),
            end_line: position(end_line),
            column: position(column),
            end_column: position(end_column),
        })
    }
}

/// `code.co_lines()`: `(start, end, line)` per entry, not merged (3.11 does not merge).
///
/// Like CPython's `advance()`, an entry is any byte with bit 7 set up to the next such byte,
/// only the line delta is read, and a negative line is reported as `None`.
pub fn co_lines(linetable: &[u8], firstlineno: i32) -> Vec<(u32, u32, Option<i32>)> {
    let mut out = Vec::new();
    let mut line = firstlineno;
    let mut offset = 0u32;
    let mut pos = 0;
    while let Some(&first) = linetable.get(pos) {
        let form = (first >> 3) & 15;
        let delta = match form {
            FORM_NO_COLUMNS | FORM_LONG => {
                let mut c = Cursor::new(linetable);
                c.pos = pos + 1;
                // CPython reads on past a damaged end; pyvm stops and treats it as no change.
                c.line_svarint().unwrap_or(0)
            }
            10..=12 => (form - 10) as i32,
            _ => 0,
        };
        line = line.wrapping_add(delta);
        let no_line = first >> 3 == 0x1f;
        let start = offset;
        offset = entry_end(start, first);
        out.push((start, offset, (!no_line && line >= 0).then_some(line)));
        pos += 1;
        while linetable.get(pos).is_some_and(|b| b & 0x80 == 0) {
            pos += 1;
        }
    }
    out
}

/// `dis.findlinestarts(code)`: the offsets where a new source line starts.
pub fn line_starts(linetable: &[u8], firstlineno: i32) -> Vec<(u32, i32)> {
    let mut out = Vec::new();
    let mut last = None;
    for (start, _, line) in co_lines(linetable, firstlineno) {
        if let Some(line) = line {
            if last != Some(line) {
                last = Some(line);
                out.push((start, line));
            }
        }
    }
    out
}

/// `code.co_positions()`: `(line, end_line, column, end_column)` for every code unit.
pub fn co_positions(linetable: &[u8], firstlineno: i32) -> Vec<[Option<i32>; 4]> {
    let mut out = Vec::new();
    for loc in locations(linetable, firstlineno) {
        let units = (loc.end - loc.start) / 2;
        for _ in 0..units {
            out.push([loc.line, loc.end_line, loc.column, loc.end_column]);
        }
    }
    out
}

/// Writes a location table entry by entry, choosing the entry forms as CPython 3.11's
/// assembler does (`write_location_info_entry`): short, one-line, no-column, long or none.
pub struct LineTableWriter {
    out: Vec<u8>,
    /// The line the previous entry left the decoder at (starts at `co_firstlineno`).
    lineno: i32,
}

impl LineTableWriter {
    pub fn new(firstlineno: i32) -> LineTableWriter {
        LineTableWriter {
            out: Vec::new(),
            lineno: firstlineno,
        }
    }

    /// Adds the location of an instruction `units` code units long; `line < 0` is "no
    /// location" and a negative column "no column", as in CPython's `struct instr`.
    pub fn push(&mut self, line: i32, end_line: i32, col: i32, end_col: i32, mut units: u32) {
        while units > 8 {
            self.entry(line, end_line, col, end_col, 8);
            units -= 8;
        }
        self.entry(line, end_line, col, end_col, units);
    }

    pub fn finish(self) -> Vec<u8> {
        self.out
    }

    fn first_byte(&mut self, form: u8, units: u32) {
        self.out
            .push(0x80 | (form << 3) | (units.clamp(1, 8) as u8 - 1));
    }

    fn entry(&mut self, line: i32, end_line: i32, col: i32, end_col: i32, units: u32) {
        if line < 0 {
            self.first_byte(FORM_NONE, units);
            return;
        }
        let delta = line.wrapping_sub(self.lineno);
        if col < 0 || end_col < 0 {
            if end_line == line || end_line == -1 {
                self.first_byte(FORM_NO_COLUMNS, units);
                write_line_svarint(&mut self.out, delta);
                self.lineno = line;
                return;
            }
        } else if end_line == line {
            if delta == 0 && col < 80 && end_col - col < 16 && end_col >= col {
                self.first_byte((col >> 3) as u8, units);
                self.out.push((((col & 7) << 4) | (end_col - col)) as u8);
                return;
            }
            if (0..3).contains(&delta) && col < 128 && end_col < 128 {
                self.first_byte(10 + delta as u8, units);
                self.out.push(col as u8);
                self.out.push(end_col as u8);
                self.lineno = line;
                return;
            }
        }
        self.first_byte(FORM_LONG, units);
        write_line_svarint(&mut self.out, delta);
        write_line_varint(&mut self.out, end_line.wrapping_sub(line) as u32);
        write_line_varint(&mut self.out, col.wrapping_add(1) as u32);
        write_line_varint(&mut self.out, end_col.wrapping_add(1) as u32);
        self.lineno = line;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writer_round_trips_through_the_reader() {
        // (line, end_line, col, end_col, units): short, one-line, no-column, long, none,
        // and a 10-unit instruction split into 8 + 2.
        let entries = [
            (1, 1, 4, 9, 1),
            (2, 2, 0, 100, 2),
            (5, 5, -1, -1, 1),
            (3, 4, 200, 3, 1),
            (-1, -1, -1, -1, 3),
            (3, 3, 0, 1, 10),
        ];
        let mut w = LineTableWriter::new(1);
        for (l, el, c, ec, n) in entries {
            w.push(l, el, c, ec, n);
        }
        let table = w.finish();
        let pos = co_positions(&table, 1);
        assert_eq!(pos.len(), 18);
        assert_eq!(pos[0], [Some(1), Some(1), Some(4), Some(9)]);
        assert_eq!(pos[1], [Some(2), Some(2), Some(0), Some(100)]);
        assert_eq!(pos[3], [Some(5), Some(5), None, None]);
        assert_eq!(pos[4], [Some(3), Some(4), Some(200), Some(3)]);
        assert_eq!(pos[5], [None, None, None, None]);
        assert_eq!(pos[17], [Some(3), Some(3), Some(0), Some(1)]);
        // The module prologue CPython writes for `x=1` on line 3: RESUME at line 0.
        let mut w = LineTableWriter::new(1);
        w.push(0, 1, 0, 0, 1);
        assert_eq!(w.finish(), vec![0xf0, 0x03, 0x01, 0x01, 0x01]);
    }

    #[test]
    fn decodes_each_form() {
        // short form 1 (col 8 + 2 = 10, end 10 + 3), 1 code unit
        // one-line form 11 (+1 line), 2 code units, cols 4..9
        // no-columns form, +3 lines, 1 unit; long form -2 lines, end +1, cols 0..5; none form
        let table = [
            0x80 | (1 << 3),
            0x23,
            0x80 | (11 << 3) | 1,
            4,
            9,
            0x80 | (13 << 3),
            6,
            0x80 | (14 << 3),
            5,
            1,
            1,
            6,
            0x80 | (15 << 3) | 2,
        ];
        let locs: Vec<_> = locations(&table, 10).collect();
        assert_eq!(locs.len(), 5);
        assert_eq!(
            (
                locs[0].start,
                locs[0].end,
                locs[0].line,
                locs[0].column,
                locs[0].end_column
            ),
            (0, 2, Some(10), Some(10), Some(13))
        );
        assert_eq!(
            (locs[1].start, locs[1].end, locs[1].line, locs[1].column),
            (2, 6, Some(11), Some(4))
        );
        assert_eq!((locs[2].line, locs[2].column), (Some(14), None));
        assert_eq!(
            (
                locs[3].line,
                locs[3].end_line,
                locs[3].column,
                locs[3].end_column
            ),
            (Some(12), Some(13), Some(0), Some(5))
        );
        assert_eq!((locs[4].start, locs[4].end, locs[4].line), (10, 16, None));
        assert_eq!(
            line_starts(&table, 10),
            vec![(0, 10), (2, 11), (6, 14), (8, 12)]
        );
        assert_eq!(co_positions(&table, 10).len(), 8);
    }

    #[test]
    fn co_lines_follows_entry_start_bits_like_cpython() {
        // Recorded from CPython 3.11: a no-columns entry whose varint runs into a byte with
        // bit 7 set, which co_lines() then also treats as the next entry.
        let table = [0x80 | (13 << 3), 0x48, 0x81, 0x80 | (10 << 3) | 1, 2, 3];
        assert_eq!(
            co_lines(&table, 2),
            vec![(0, 2, Some(38)), (2, 6, Some(38)), (6, 10, Some(38))]
        );
        // Negative lines are None in co_lines() but stay numbers in co_positions().
        let table = [0x80 | (13 << 3), 11, 0x80 | (13 << 3) | 1, 2];
        assert_eq!(co_lines(&table, 1), vec![(0, 2, None), (2, 6, None)]);
        assert_eq!(co_positions(&table, 1)[0][0], Some(-4));
    }

    #[test]
    fn truncated_tables_stop_without_reading_past_the_end() {
        let table = [0x80 | (14 << 3), 0x41];
        assert_eq!(locations(&table, 1).count(), 0);
        assert_eq!(locations(&[0x80 | (3 << 3)], 1).count(), 0);
    }
}
