//! The `.pyc` file: a 16-byte header and a marshalled module code object.
//!
//! Header (PEP 552): the magic number (3495 for 3.11) and `\r\n`; a 32-bit flags word (bit 0:
//! hash-based, bit 1: check the source); then either the source mtime and size, or an 8-byte
//! SipHash of the source. All little-endian.

use crate::marshal::{self, MarshalError};
use crate::object::Obj;

/// CPython 3.11's magic number.
pub const MAGIC_NUMBER: u16 = 3495;
/// The first four bytes of every 3.11 `.pyc`.
pub const MAGIC: [u8; 4] = [
    (MAGIC_NUMBER & 0xFF) as u8,
    (MAGIC_NUMBER >> 8) as u8,
    b'\r',
    b'\n',
];
/// Flag bit: the header holds a source hash instead of mtime and size.
pub const FLAG_HASH_BASED: u32 = 1;
/// Flag bit (hash-based only): check the hash against the source when importing.
pub const FLAG_CHECK_SOURCE: u32 = 2;
pub const HEADER_LEN: usize = 16;

/// A parsed `.pyc` file.
pub struct Pyc {
    pub flags: u32,
    /// Bytes 8..16 of the header: mtime and source size, or the source hash.
    pub validation: [u8; 8],
    pub code: Obj,
}

impl Pyc {
    pub fn is_hash_based(&self) -> bool {
        self.flags & FLAG_HASH_BASED != 0
    }

    /// The source modification time, for timestamp-based files.
    pub fn mtime(&self) -> Option<u32> {
        (!self.is_hash_based())
            .then(|| u32::from_le_bytes(self.validation[0..4].try_into().unwrap_or([0; 4])))
    }

    /// The source size modulo 2**32, for timestamp-based files.
    pub fn source_size(&self) -> Option<u32> {
        (!self.is_hash_based())
            .then(|| u32::from_le_bytes(self.validation[4..8].try_into().unwrap_or([0; 4])))
    }
}

/// Parses a `.pyc` file; the error names what is wrong and its byte offset.
pub fn read(data: &[u8]) -> Result<Pyc, MarshalError> {
    let err = |offset: usize, message: &str| MarshalError {
        message: message.to_string(),
        offset,
    };
    if data.len() < 4 {
        return Err(err(data.len(), "file too short for a .pyc header"));
    }
    if data[..4] != MAGIC {
        let found = u16::from_le_bytes([data[0], data[1]]);
        return Err(err(
            0,
            &format!("bad magic number {found} (CPython 3.11 writes {MAGIC_NUMBER})"),
        ));
    }
    if data.len() < HEADER_LEN {
        return Err(err(data.len(), "file too short for a .pyc header"));
    }
    let flags = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
    if flags & !(FLAG_HASH_BASED | FLAG_CHECK_SOURCE) != 0 {
        return Err(err(4, &format!("invalid flags {flags:#x} in .pyc header")));
    }
    let mut validation = [0u8; 8];
    validation.copy_from_slice(&data[8..16]);
    let code = marshal::loads(&data[HEADER_LEN..]).map_err(|e| MarshalError {
        offset: e.offset + HEADER_LEN,
        ..e
    })?;
    Ok(Pyc {
        flags,
        validation,
        code,
    })
}

/// Writes a `.pyc` file.
pub fn write(pyc: &Pyc) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + 1024);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&pyc.flags.to_le_bytes());
    out.extend_from_slice(&pyc.validation);
    out.extend_from_slice(&marshal::dumps(&pyc.code));
    out
}
