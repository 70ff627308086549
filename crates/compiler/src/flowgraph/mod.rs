//! The flow graph between code generation and assembly: the instruction and block types
//! ([`ir`]), CPython 3.11's CFG optimiser ([`optimize`]) and its line-number repair passes
//! ([`lines`]).

pub mod ir;
pub mod lines;
pub mod optimize;
