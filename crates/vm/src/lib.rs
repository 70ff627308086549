//! pyvm's virtual machine: runtime values and objects, the built-in types, frames and the
//! evaluation loop for CPython 3.11 bytecode, builtins and imports.
//!
//! See ARCHITECTURE.md, "The VM's design".

pub mod builtins;
pub mod bytecode_cache;
pub mod code;
pub mod dict;
pub mod eval;
pub mod frame;
pub mod gc;
pub mod gil;
pub mod modules;
pub mod object;
pub mod ops;
pub mod run;
pub mod set;
pub mod suggestions;
pub mod traceback;
pub mod types;
pub mod unicode;
pub mod value;
pub mod vm;
