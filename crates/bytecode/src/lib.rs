//! `pyvm-bytecode`: everything about CPython 3.11 bytecode that needs no parser and no VM.
//!
//! - [`opcode`]: the instruction set, defined once;
//! - [`object`] and [`code`]: constants and code objects as a `.pyc` holds them;
//! - [`linetable`] and [`exception_table`]: the 3.11 location and exception tables;
//! - [`marshal`] and [`pyc`]: reading and writing them, byte for byte as CPython does;
//! - [`hash`] and [`repr`]: CPython's hashing, set order and `repr` of constants;
//! - [`dis`]: the disassembler, printing exactly what CPython 3.11's `dis` prints.

pub mod code;
pub mod complex;
pub mod dis;
pub mod exception_table;
pub mod hash;
pub mod linetable;
pub mod marshal;
pub mod object;
pub mod opcode;
pub mod pyc;
pub mod repr;
pub mod unicode_printable;
pub mod varint;
