//! The two 6-bit varint codecs of CPython 3.11 code objects, each defined once.
//!
//! - The location table (`co_linetable`) stores numbers little-endian: the first byte holds
//!   the lowest six bits, and bit 6 (0x40) says another byte follows. Signed values put the
//!   sign in bit 0 of the magnitude shifted left by one.
//! - The exception table (`co_exceptiontable`) stores numbers big-endian: the first byte holds
//!   the highest six bits, bit 6 says another byte follows, and bit 7 (0x80) marks the first
//!   byte of an entry.
//!
//! Readers take a cursor and return `None` at the end of the input instead of reading past
//! it, so a damaged table can never cause an out-of-bounds read.

/// Continuation bit shared by both codecs.
const MORE: u8 = 0x40;
/// The exception table's start-of-entry mark.
pub const EXC_ENTRY_START: u8 = 0x80;

/// A byte cursor over a table.
#[derive(Clone, Debug)]
pub struct Cursor<'a> {
    pub bytes: &'a [u8],
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Cursor { bytes, pos: 0 }
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    /// A location-table unsigned varint. Values wider than 32 bits wrap, as CPython's
    /// `unsigned int` accumulator does. Past 32 bits of shift, C's `<<` is undefined; the
    /// x86-64 CPython build shifts by the count modulo 32 (the `shl` instruction masks it),
    /// and on damaged tables `dis` output depends on that, so pyvm does the same.
    pub fn line_varint(&mut self) -> Option<u32> {
        let mut b = self.byte()?;
        let mut val = (b & 63) as u32;
        let mut shift = 0u32;
        while b & MORE != 0 {
            b = self.byte()?;
            shift += 6;
            val |= ((b & 63) as u32).wrapping_shl(shift);
        }
        Some(val)
    }

    /// A location-table signed varint.
    pub fn line_svarint(&mut self) -> Option<i32> {
        let u = self.line_varint()?;
        let magnitude = (u >> 1) as i32;
        Some(if u & 1 != 0 { -magnitude } else { magnitude })
    }

    /// An exception-table varint (the entry-start bit is ignored, as `dis` ignores it).
    /// Values wider than 64 bits wrap; CPython's `dis` has unbounded ints here, but a
    /// code object can never be long enough for that to matter.
    pub fn exc_varint(&mut self) -> Option<u64> {
        let mut b = self.byte()?;
        let mut val = (b & 63) as u64;
        while b & MORE != 0 {
            b = self.byte()?;
            val = (val << 6) | (b & 63) as u64;
        }
        Some(val)
    }
}

/// Appends a location-table unsigned varint.
pub fn write_line_varint(out: &mut Vec<u8>, mut val: u32) {
    while val >= 64 {
        out.push(MORE | (val & 63) as u8);
        val >>= 6;
    }
    out.push(val as u8);
}

/// Appends a location-table signed varint.
pub fn write_line_svarint(out: &mut Vec<u8>, val: i32) {
    let magnitude = val.unsigned_abs();
    if val < 0 {
        write_line_varint(out, (magnitude << 1) | 1);
    } else {
        write_line_varint(out, magnitude << 1);
    }
}

/// Appends an exception-table varint; `entry_start` sets the mark on its first byte.
pub fn write_exc_varint(out: &mut Vec<u8>, val: u32, entry_start: bool) {
    let mut shift = 0;
    while shift + 6 < 32 && (val >> (shift + 6)) != 0 {
        shift += 6;
    }
    let mark = if entry_start { EXC_ENTRY_START } else { 0 };
    let mut first = true;
    loop {
        let chunk = ((val >> shift) & 63) as u8;
        let more = if shift > 0 { MORE } else { 0 };
        out.push(chunk | more | if first { mark } else { 0 });
        first = false;
        if shift == 0 {
            break;
        }
        shift -= 6;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_varints_round_trip() {
        for v in [0u32, 1, 63, 64, 4095, 4096, 1 << 20, u32::MAX >> 1] {
            let mut out = Vec::new();
            write_line_varint(&mut out, v);
            assert_eq!(Cursor::new(&out).line_varint(), Some(v));
        }
        for v in [0i32, 1, -1, 31, -32, 100_000, -100_000] {
            let mut out = Vec::new();
            write_line_svarint(&mut out, v);
            assert_eq!(Cursor::new(&out).line_svarint(), Some(v));
        }
    }

    #[test]
    fn exception_varints_round_trip_and_mark_entries() {
        for v in [0u32, 5, 63, 64, 4095, 4096, 1 << 24] {
            let mut out = Vec::new();
            write_exc_varint(&mut out, v, true);
            assert_eq!(out[0] & EXC_ENTRY_START, EXC_ENTRY_START);
            assert!(out[1..].iter().all(|b| b & EXC_ENTRY_START == 0));
            assert_eq!(Cursor::new(&out).exc_varint(), Some(v as u64));
        }
        // 64 is two chunks, high chunk first: 0b000001 then 0b000000.
        let mut out = Vec::new();
        write_exc_varint(&mut out, 64, false);
        assert_eq!(out, vec![0x41, 0x00]);
    }

    #[test]
    fn truncated_varints_end_cleanly() {
        assert_eq!(Cursor::new(&[0x40]).line_varint(), None);
        assert_eq!(Cursor::new(&[0x7f]).exc_varint(), None);
        assert_eq!(Cursor::new(&[]).line_svarint(), None);
    }

    #[test]
    fn overlong_line_varints_shift_modulo_32() {
        // From a damaged table where CPython 3.11's co_lines() reports line 137212647:
        // the 6th and later chunks are shifted by 30, 36 % 32, 42 % 32 and 48 % 32.
        let bytes = [0x42, 0xd0, 0x50, 0x56, 0xd0, 0x58, 0x5b, 0xd8, 0x0a];
        assert_eq!(Cursor::new(&bytes).line_varint(), Some(274_425_266));
    }
}
