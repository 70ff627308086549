//! The disassembler: prints exactly what CPython 3.11's `dis.dis(code)` prints.
//!
//! Layout per instruction (`dis.Instruction._disassemble`): the line number right-aligned in
//! a column of 3 (wider past line 999), three spaces for the current-instruction mark, `>>`
//! on jump targets, the offset right-aligned in 4 (wider past offset 9999), the name padded
//! to 20, the argument right-aligned in 5, then the argument's meaning in parentheses. A
//! blank line precedes each new source line, an `ExceptionTable:` section follows, and nested
//! code objects are disassembled after their parent.
//!
//! Where CPython's `dis` would raise (an index out of range in a damaged file), pyvm keeps
//! the output printed so far and returns the exception text CPython would show.

mod instructions;

use crate::code::CodeObject;
use crate::exception_table::{self, ExceptionTableEntry};
use crate::hash::HashSecret;
use crate::linetable;
use crate::object::{Obj, Value};
use crate::opcode::{
    self, byte_info, cache_format, ArgKind, Name, CMP_OP, FORMAT_VALUE_CONVERTERS,
    MAKE_FUNCTION_FLAGS, NB_OPS,
};
use crate::repr;
use instructions::{index_error, jump_targets, py_index, unpack_opargs, varname, RawInstr};
use std::fmt::Write;

/// `dis.dis` keyword options pyvm supports.
#[derive(Clone, Default)]
pub struct DisOptions {
    /// `show_caches=True`: list the inline `CACHE` entries too.
    pub show_caches: bool,
    /// The `PYTHONHASHSEED` whose set order frozenset constants print in.
    pub hash_secret: HashSecret,
}

/// The exception CPython's `dis` would raise part-way, e.g. `IndexError: tuple index out of
/// range`. The output up to that point has already been written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisError {
    pub message: String,
}

impl std::fmt::Display for DisError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DisError {}

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// `dis.dis(code)` as a string.
pub fn dis(code: &CodeObject, opts: &DisOptions) -> Result<String, DisError> {
    let mut out = String::new();
    dis_into(&mut out, code, opts)?;
    Ok(out)
}

/// `dis.dis(code)` appended to `out`; on error `out` holds what CPython would have printed
/// before raising.
pub fn dis_into(out: &mut String, code: &CodeObject, opts: &DisOptions) -> Result<(), DisError> {
    disassemble(out, code, opts)?;
    for constant in code.consts() {
        if let Value::Code(nested) = constant.value() {
            out.push('\n');
            out.push_str("Disassembly of ");
            push_repr(out, constant, opts)?;
            out.push_str(":\n");
            dis_into(out, nested, opts)?;
        }
    }
    Ok(())
}

fn push_repr(out: &mut String, obj: &Obj, opts: &DisOptions) -> Result<(), DisError> {
    match repr::repr_with(obj, &opts.hash_secret) {
        Ok(text) => {
            out.push_str(&text);
            Ok(())
        }
        Err(e) => Err(DisError {
            message: e.to_string(),
        }),
    }
}

/// `dis.Instruction`'s `argval`: what the argument means, as `dis` computes it.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgValue {
    /// No argument (`argval` is `None`).
    None,
    /// The argument itself, or a jump's target offset.
    Int(i64),
    /// `co_consts[index]` (`LOAD_CONST`), the index already resolved from Python's negative
    /// indexing.
    Const(usize),
    /// `dis.UNKNOWN`: a constant-table argument `dis` does not resolve (`KW_NAMES`).
    Unknown,
    /// A name, variable name or comparison operator.
    Text(String),
    /// `FORMAT_VALUE`: the converter's name (`""` for none) and whether a format spec follows.
    FormatValue(&'static str, bool),
}

/// One `dis.Instruction`, the structured form the text listing is printed from.
#[derive(Clone, Debug)]
pub struct Instruction {
    /// The byte as found in `co_code`.
    pub opcode: u8,
    pub opname: Name,
    pub arg: Option<i64>,
    pub argval: ArgValue,
    pub argrepr: String,
    pub offset: usize,
    pub starts_line: Option<i32>,
    pub is_jump_target: bool,
    /// `(lineno, end_lineno, col_offset, end_col_offset)`.
    pub positions: [Option<i32>; 4],
}

/// The instructions of `code` (caches not listed), as `dis.Bytecode` iterates them, or as
/// `dis.get_instructions` does when `exception_targets` is false (it leaves exception handlers
/// out of `is_jump_target`). When `dis` would raise part-way, the instructions before the
/// failing one come with the error.
pub fn get_instructions(
    code: &CodeObject,
    opts: &DisOptions,
    exception_targets: bool,
) -> (Vec<Instruction>, Option<DisError>) {
    let bytes = code.code();
    let line_starts = linetable::line_starts(code.linetable(), code.co_firstlineno);
    let positions = linetable::co_positions(code.linetable(), code.co_firstlineno);
    let exception_entries = exception_table::parse(code.exceptiontable());
    let instrs = match unpack_opargs(bytes) {
        Ok(v) => v,
        Err(e) => {
            let message = format!(
                "pyvm: EXTENDED_ARG chain at offset {} is too long to render",
                e.offset
            );
            return (Vec::new(), Some(DisError { message }));
        }
    };
    let handlers = if exception_targets {
        &exception_entries[..]
    } else {
        &[]
    };
    let labels = jump_targets(bytes.len(), &instrs, handlers);
    let mut out = Vec::with_capacity(instrs.len());
    let mut starts = line_starts.iter().peekable();
    for ins in &instrs {
        while starts
            .next_if(|(off, _)| (*off as usize) < ins.offset)
            .is_some()
        {}
        let starts_line = starts
            .next_if(|(off, _)| *off as usize == ins.offset)
            .map(|&(_, line)| line);
        let (argval, argrepr) = match argument(code, ins, opts) {
            Ok(a) => a,
            Err(e) => return (out, Some(e)),
        };
        out.push(Instruction {
            opcode: ins.op,
            opname: byte_info(ins.op).name,
            arg: ins.arg,
            argval,
            argrepr,
            offset: ins.offset,
            starts_line,
            is_jump_target: labels.get(ins.offset / 2).copied().unwrap_or(false),
            positions: positions.get(ins.offset / 2).copied().unwrap_or([None; 4]),
        });
    }
    (out, None)
}

/// `dis.disassemble(code)`: one code object, without its nested ones.
pub fn disassemble(out: &mut String, code: &CodeObject, opts: &DisOptions) -> Result<(), DisError> {
    let bytes = code.code();
    let (instrs, error) = get_instructions(code, opts, true);
    let max_line = linetable::line_starts(code.linetable(), code.co_firstlineno)
        .iter()
        .map(|&(_, line)| line)
        .max();
    let lineno_width = match max_line {
        None => 0,
        Some(max) if max >= 1000 => decimal_len(max as i64),
        Some(_) => 3,
    };
    let max_offset = bytes.len() as i64 - 2;
    let offset_width = if max_offset >= 10000 {
        decimal_len(max_offset)
    } else {
        4
    };
    let layout = Layout {
        lineno_width,
        offset_width,
    };
    for ins in &instrs {
        if lineno_width > 0 && ins.starts_line.is_some() && ins.offset > 0 {
            out.push('\n');
        }
        layout.line(
            out,
            ins.starts_line,
            ins.is_jump_target,
            ins.offset as i64,
            ins.opname,
            ins.arg,
            &ins.argrepr,
        );
        if opts.show_caches {
            push_caches(out, &layout, bytes, ins);
        }
    }
    if let Some(e) = error {
        return Err(e);
    }
    let exception_entries = exception_table::parse(code.exceptiontable());
    if !exception_entries.is_empty() {
        push_exception_table(out, &exception_entries);
    }
    Ok(())
}

/// The column widths of one code object's listing.
struct Layout {
    lineno_width: usize,
    offset_width: usize,
}

impl Layout {
    #[allow(clippy::too_many_arguments)]
    fn line(
        &self,
        out: &mut String,
        starts_line: Option<i32>,
        is_target: bool,
        offset: i64,
        name: Name,
        arg: Option<i64>,
        argrepr: &str,
    ) {
        let line_start = out.len();
        if self.lineno_width > 0 {
            match starts_line {
                Some(line) => push_right(out, line as i64, self.lineno_width),
                None => push_spaces(out, self.lineno_width),
            }
            out.push(' ');
        }
        out.push_str(if is_target { "    >> " } else { "       " });
        push_right(out, offset, self.offset_width);
        out.push(' ');
        let name_start = out.len();
        match name {
            Name::Known(s) => out.push_str(s),
            Name::Unknown(n) => {
                let _ = write!(out, "<{n}>");
            }
        }
        let name_len = out.len() - name_start;
        if let Some(arg) = arg {
            push_spaces(out, OPNAME_WIDTH.saturating_sub(name_len) + 1);
            push_right(out, arg, OPARG_WIDTH);
            if !argrepr.is_empty() {
                out.push_str(" (");
                out.push_str(argrepr);
                out.push(')');
            }
        }
        // `' '.join(fields).rstrip()`
        let trimmed = out[line_start..].trim_end().len();
        out.truncate(line_start + trimmed);
        out.push('\n');
    }
}

/// The `CACHE` pseudo-instructions `show_caches=True` lists after an instruction.
fn push_caches(out: &mut String, layout: &Layout, bytes: &[u8], ins: &Instruction) {
    let Some(deop) = byte_info(ins.opcode).deopt else {
        return;
    };
    let quickened = ins.opcode != deop.code;
    let mut offset = ins.offset;
    for &(field, size) in cache_format(deop.code) {
        for i in 0..size as usize {
            offset += 2;
            let mut argrepr = String::new();
            // Only a quickened instruction's first entry of each field shows its value.
            if i == 0 && quickened {
                let end = (offset + 2 * size as usize).min(bytes.len());
                let data = bytes.get(offset.min(end)..end).unwrap_or(&[]);
                let value = data
                    .iter()
                    .rev()
                    .fold(num_bigint::BigUint::default(), |acc, &b| (acc << 8u8) + b);
                let _ = write!(argrepr, "{field}: {value}");
            }
            layout.line(
                out,
                None,
                false,
                offset as i64,
                Name::Known("CACHE"),
                Some(0),
                &argrepr,
            );
        }
    }
}

fn push_exception_table(out: &mut String, entries: &[ExceptionTableEntry]) {
    out.push_str("ExceptionTable:\n");
    for e in entries {
        let _ = writeln!(
            out,
            "  {} to {} -> {} [{}]{}",
            e.start,
            e.end as i128 - 2,
            e.target,
            e.depth,
            if e.lasti { " lasti" } else { "" }
        );
    }
}

/// An instruction's `argval` and `argrepr` (the parenthesised meaning), or the exception
/// CPython's `dis` raises computing them.
fn argument(
    code: &CodeObject,
    ins: &RawInstr,
    opts: &DisOptions,
) -> Result<(ArgValue, String), DisError> {
    let (Some(arg), Some(deop)) = (ins.arg, ins.deop) else {
        return Ok((ArgValue::None, String::new()));
    };
    let fail = |message: String| DisError { message };
    let named = |name: String| (ArgValue::Text(name.clone()), name);
    Ok(match deop.arg {
        ArgKind::None | ArgKind::Plain | ArgKind::BinaryOp | ArgKind::MakeFunction => {
            let text = match deop.arg {
                ArgKind::BinaryOp => py_index(&NB_OPS, arg)
                    .ok_or_else(|| fail(index_error("list")))?
                    .to_string(),
                ArgKind::MakeFunction => {
                    let flags: Vec<&str> = MAKE_FUNCTION_FLAGS
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| arg & (1 << i) != 0)
                        .map(|(_, s)| *s)
                        .collect();
                    flags.join(", ")
                }
                _ => String::new(),
            };
            (ArgValue::Int(arg), text)
        }
        ArgKind::Const => {
            // Only LOAD_CONST resolves its constant; KW_NAMES gets dis.UNKNOWN.
            if deop.code != opcode::Opcode::LOAD_CONST as u8 {
                return Ok((ArgValue::Unknown, String::new()));
            }
            let consts = code.consts();
            let constant = py_index(consts, arg).ok_or_else(|| fail(index_error("tuple")))?;
            let index = if arg < 0 {
                (consts.len() as i64 + arg) as usize
            } else {
                arg as usize
            };
            let mut s = String::new();
            push_repr(&mut s, constant, opts)?;
            (ArgValue::Const(index), s)
        }
        ArgKind::Name => named(name_at(code, arg)?),
        ArgKind::GlobalName => {
            let name = name_at(code, arg.div_euclid(2))?;
            let text = if arg & 1 != 0 && !name.is_empty() {
                format!("NULL + {name}")
            } else {
                name.clone()
            };
            (ArgValue::Text(name), text)
        }
        ArgKind::Local | ArgKind::Free => named(varname(code, arg).map_err(fail)?),
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            let signed = if deop.arg == ArgKind::JumpBackward {
                -(arg as i128)
            } else {
                arg as i128
            };
            let target = ins.offset as i128 + 2 + signed * 2;
            (ArgValue::Int(target as i64), format!("to {target}"))
        }
        ArgKind::Compare => named(
            py_index(&CMP_OP, arg)
                .ok_or_else(|| fail(index_error("tuple")))?
                .to_string(),
        ),
        ArgKind::FormatValue => {
            let converter = FORMAT_VALUE_CONVERTERS[(arg & 3) as usize];
            let with_format = arg & 4 != 0;
            let mut s = converter.to_string();
            if with_format {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            (ArgValue::FormatValue(converter, with_format), s)
        }
    })
}

fn name_at(code: &CodeObject, index: i64) -> Result<String, DisError> {
    py_index(code.names(), index)
        .and_then(Obj::as_str)
        .map(|s| s.to_string_lossy())
        .ok_or_else(|| DisError {
            message: index_error("tuple"),
        })
}

/// Decimal digits of `v` (with its sign), formatted without allocating.
fn decimal(v: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = v.unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    // Only ASCII digits and '-' were written.
    std::str::from_utf8(&buf[i..]).unwrap_or("")
}

fn decimal_len(v: i64) -> usize {
    decimal(v, &mut [0; 20]).len()
}

fn push_spaces(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// Appends `v` right-aligned in `width` columns (`str.rjust`).
fn push_right(out: &mut String, v: i64, width: usize) {
    let mut buf = [0; 20];
    let digits = decimal(v, &mut buf);
    push_spaces(out, width.saturating_sub(digits.len()));
    out.push_str(digits);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_alignment_matches_rjust() {
        let mut s = String::new();
        push_right(&mut s, 7, 4);
        push_right(&mut s, -12, 3);
        push_right(&mut s, 123456, 4);
        assert_eq!(s, "   7-12123456");
        assert_eq!(decimal_len(i64::MIN), 20);
        assert_eq!(decimal_len(10000), 5);
    }
}
