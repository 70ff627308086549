//! Walking `co_code` as `dis` does: `_unpack_opargs`, `findlabels` and argument resolution.
//!
//! The rules mirror CPython 3.11's `dis` exactly, including what it does with bytes that are
//! not base instructions (specialised names, `<N>`), `EXTENDED_ARG` sign wrapping, and
//! Python's negative indexing where `dis` indexes a tuple or list with a negative argument.

use crate::code::CodeObject;
use crate::opcode::{byte_info, ArgKind, OpInfo, HAVE_ARGUMENT};

/// One decoded instruction, before its argument is resolved.
#[derive(Clone, Copy, Debug)]
pub struct RawInstr {
    pub offset: usize,
    /// The byte as found in `co_code`.
    pub op: u8,
    /// The base instruction it deoptimises to; `None` for a byte with no meaning (`<N>`).
    pub deop: Option<&'static OpInfo>,
    /// The argument with `EXTENDED_ARG` applied; `None` below `HAVE_ARGUMENT`.
    pub arg: Option<i64>,
}

/// `EXTENDED_ARG` chains longer than this much growth cannot be rendered faithfully (CPython
/// uses unbounded integers); pyvm reports an error instead of printing a wrong number.
#[derive(Debug)]
pub struct ArgOverflow {
    pub offset: usize,
}

/// `dis._unpack_opargs`: every instruction, inline caches skipped.
pub fn unpack_opargs(code: &[u8]) -> Result<Vec<RawInstr>, ArgOverflow> {
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut extended: i64 = 0;
    let mut caches = 0usize;
    let mut i = 0;
    while i + 1 < code.len() {
        if caches > 0 {
            caches -= 1;
            i += 2;
            continue;
        }
        let op = code[i];
        let deop = byte_info(op).deopt;
        let deop_code = deop.map_or(op, |d| d.code);
        caches = deop.map_or(0, |d| d.caches as usize);
        let arg = if deop_code >= HAVE_ARGUMENT {
            let arg = code[i + 1] as i64 | extended;
            extended = if deop_code == crate::opcode::Opcode::EXTENDED_ARG as u8 {
                // Python: `(arg << 8)`, then wrapped once into C int range from above.
                let mut e = arg.checked_mul(256).ok_or(ArgOverflow { offset: i })?;
                if e >= 1 << 31 {
                    e -= 1 << 32;
                }
                e
            } else {
                0
            };
            Some(arg)
        } else {
            extended = 0;
            None
        };
        out.push(RawInstr {
            offset: i,
            op,
            deop,
            arg,
        });
        i += 2;
    }
    Ok(out)
}

/// Jump targets: `findlabels` (base jump bytes only, as `dis` tests the raw byte) plus the
/// handler of every non-empty exception-table range. Indexed by code unit.
pub fn jump_targets(
    code_len: usize,
    instrs: &[RawInstr],
    exception_entries: &[crate::exception_table::ExceptionTableEntry],
) -> Vec<bool> {
    let mut labels = vec![false; code_len / 2 + 1];
    let mut mark = |target: i128| {
        if target >= 0 && target % 2 == 0 {
            if let Some(slot) = labels.get_mut((target / 2) as usize) {
                *slot = true;
            }
        }
    };
    for ins in instrs {
        let (Some(arg), Some(info)) = (ins.arg, crate::opcode::BY_CODE[ins.op as usize]) else {
            continue;
        };
        let signed = match info.arg {
            ArgKind::JumpForward => arg,
            ArgKind::JumpBackward => -arg,
            _ => continue,
        };
        mark(ins.offset as i128 + 2 + signed as i128 * 2);
    }
    for e in exception_entries {
        if e.start < e.end {
            mark(e.target as i128);
        }
    }
    labels
}

/// Python's sequence indexing: negative indices count from the end.
pub fn py_index<T>(items: &[T], index: i64) -> Option<&T> {
    let len = items.len() as i64;
    let i = if index < 0 { index + len } else { index };
    if (0..len).contains(&i) {
        items.get(i as usize)
    } else {
        None
    }
}

/// Why an argument could not be resolved: the exception CPython's `dis` raises.
pub fn index_error(container: &str) -> String {
    format!("IndexError: {container} index out of range")
}

/// Resolves a local/cell/free argument: `code._varname_from_oparg(arg)`, which (unlike a
/// Python subscript) rejects negative indices.
pub fn varname(code: &CodeObject, arg: i64) -> Result<String, String> {
    if arg < i32::MIN as i64 || arg > i32::MAX as i64 {
        return Err("OverflowError: Python int too large to convert to C int".into());
    }
    usize::try_from(arg)
        .ok()
        .and_then(|i| code.varname_from_oparg(i))
        .map(|s| s.to_string_lossy())
        .ok_or_else(|| index_error("tuple"))
}
