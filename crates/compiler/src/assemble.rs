//! The assembler: a finished unit's flow graph to a [`CodeObject`] (CPython 3.11's
//! `assemble()` and its helpers).
//!
//! Steps, in CPython's order: the implicit `return None` is already added by the code
//! generator; then jump normalisation and exit-block copying, the `localsplus` layout with the
//! prologue (`COPY_FREE_VARS`, `MAKE_CELL`, `RETURN_GENERATOR`), the CFG optimiser, line-number
//! repair, stack depth, exception-table labelling, `FORWARD`/`BACKWARD` jump forms, jump
//! offsets with `EXTENDED_ARG`, and finally the byte code with inline `CACHE`s, the location
//! table and the exception table.

use bytecode::code::{CodeFields, CodeObject, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL};
use bytecode::exception_table::{self, ExceptionTableEntry};
use bytecode::linetable::LineTableWriter;
use bytecode::object::{Obj, PyStr, Value};
use bytecode::opcode::Opcode;

use crate::codegen::consts::{Const, ConstPool, NamePool};
use crate::flowgraph::ir::{BlockId, Cfg, Instr, Loc, Op};
use crate::flowgraph::{lines, optimize};

pub use bytecode::code::{
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FUTURE_ANNOTATIONS, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS,
    CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
};

/// Everything the code generator hands over for one code object.
pub struct Unit {
    pub cfg: Cfg,
    pub consts: ConstPool,
    pub names: NamePool,
    pub varnames: NamePool,
    /// Sorted, as `dictbytype` numbers them.
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: i32,
    /// 0 when not set explicitly (modules take it from the first instruction).
    pub firstlineno: i32,
    pub name: String,
    pub qualname: String,
}

/// Assemble `unit` into a code object for `filename`.
pub fn assemble(mut unit: Unit, filename: &str) -> Result<CodeObject, String> {
    let cfg = &mut unit.cfg;
    optimize::normalize(cfg);
    optimize::extend_blocks(cfg);

    if unit.firstlineno == 0 {
        unit.firstlineno = cfg.blocks[cfg.entry]
            .instrs
            .first()
            .map(|i| i.loc.line)
            .filter(|&l| l > 0)
            .unwrap_or(1);
    }
    let nlocals = unit.varnames.len();
    let ncells = unit.cellvars.len();
    let nfrees = unit.freevars.len();
    // Where each cell/free slot lands in `localsplus`; a cell that is also an argument
    // shares the argument's slot.
    let mut fixed: Vec<usize> = (0..ncells + nfrees).map(|i| nlocals + i).collect();
    for (i, name) in unit.cellvars.iter().enumerate() {
        if let Some(arg) = unit.varnames.get(name) {
            fixed[i] = arg as usize;
        }
    }
    insert_prefix_instructions(&mut unit, &fixed);
    let numdropped = fix_cell_offsets(&mut unit.cfg, &mut fixed, nlocals);

    let cfg = &mut unit.cfg;
    optimize::optimize_cfg(cfg, &mut unit.consts);
    lines::duplicate_exits_without_lineno(cfg);
    trim_unused_consts(cfg, &mut unit.consts);
    lines::propagate_line_numbers(cfg);
    lines::guarantee_lineno_for_exits(cfg, unit.firstlineno);
    let is_gen = unit.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0;
    let maxdepth = stackdepth(cfg, is_gen)?;
    label_exception_targets(cfg);
    for b in cfg.order() {
        for instr in &mut cfg.blocks[b].instrs {
            if instr.op.is_block_push() || instr.op == Op::PopBlock {
                instr.op = Op::Real(Opcode::NOP);
            }
        }
    }
    for b in cfg.order() {
        optimize::clean_basic_block(cfg, b);
    }
    normalize_jumps(cfg);
    let code_units = assemble_jump_offsets(cfg);

    // Emit.
    let order = cfg.order();
    let mut code = Vec::with_capacity(2 * code_units as usize);
    let mut lines = LineTableWriter::new(unit.firstlineno);
    for &b in &order {
        for instr in &cfg.blocks[b].instrs {
            let size = instr_size(instr);
            write_instr(&mut code, instr, size)?;
            let l = instr.loc;
            lines.push(l.line, l.end_line, l.col, l.end_col, size);
        }
    }
    let exceptiontable = exception_table::encode(&exception_entries(cfg, &order));

    // localsplus names and kinds.
    let nlocalsplus = nlocals + ncells + nfrees - numdropped;
    let mut names = vec![String::new(); nlocalsplus];
    let mut kinds = vec![0u8; nlocalsplus];
    for (i, name) in unit.varnames.items().iter().enumerate() {
        names[i] = name.clone();
        kinds[i] = CO_FAST_LOCAL;
    }
    for (i, name) in unit.cellvars.iter().enumerate() {
        let at = fixed[i];
        if at < nlocals {
            kinds[at] |= CO_FAST_CELL;
        } else if at < nlocalsplus {
            names[at] = name.clone();
            kinds[at] = CO_FAST_CELL;
        }
    }
    for (j, name) in unit.freevars.iter().enumerate() {
        let at = nlocals - numdropped + ncells + j;
        if at < nlocalsplus {
            names[at] = name.clone();
            kinds[at] = CO_FAST_FREE;
        }
    }

    let str_obj = |s: &str| Obj::new(Value::Str(PyStr::new(s, true)));
    let tuple_of =
        |items: &[String]| Obj::new(Value::Tuple(items.iter().map(|s| str_obj(s)).collect()));
    let consts: Vec<Obj> = unit.consts.items().iter().map(Const::to_obj).collect();
    CodeObject::new(CodeFields {
        argcount: unit.argcount as i32,
        posonlyargcount: unit.posonlyargcount as i32,
        kwonlyargcount: unit.kwonlyargcount as i32,
        stacksize: maxdepth,
        flags: unit.flags,
        code: Obj::new(Value::Bytes(code.into_boxed_slice())),
        consts: Obj::new(Value::Tuple(consts.into_boxed_slice())),
        names: tuple_of(unit.names.items()),
        localsplusnames: tuple_of(&names),
        localspluskinds: Obj::new(Value::Bytes(kinds.into_boxed_slice())),
        filename: Obj::new(Value::Str(PyStr::new(filename, false))),
        name: str_obj(&unit.name),
        qualname: Obj::new(Value::Str(PyStr::new(&unit.qualname, false))),
        firstlineno: unit.firstlineno,
        linetable: Obj::new(Value::Bytes(lines.finish().into_boxed_slice())),
        exceptiontable: Obj::new(Value::Bytes(exceptiontable.into_boxed_slice())),
    })
}

/// Prologue: `COPY_FREE_VARS`, then `MAKE_CELL` per cell in slot order, then the generator
/// start (`insert_prefix_instructions`), all before the `RESUME` the generator emitted.
fn insert_prefix_instructions(unit: &mut Unit, fixed: &[usize]) {
    let mut prefix = Vec::new();
    if unit.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0 {
        let line = unit.firstlineno;
        let loc = Loc {
            line,
            end_line: line,
            col: -1,
            end_col: -1,
        };
        prefix.push(Instr::new(Op::Real(Opcode::RETURN_GENERATOR), 0, None, loc));
        prefix.push(Instr::new(Op::Real(Opcode::POP_TOP), 0, None, Loc::NONE));
    }
    let ncells = unit.cellvars.len();
    let mut cells: Vec<(usize, usize)> = (0..ncells).map(|i| (fixed[i], i)).collect();
    cells.sort();
    let mut make_cells: Vec<Instr> = cells
        .iter()
        .map(|&(_, i)| Instr::new(Op::Real(Opcode::MAKE_CELL), i as u32, None, Loc::NONE))
        .collect();
    make_cells.extend(prefix);
    let mut prefix = make_cells;
    if !unit.freevars.is_empty() {
        let n = unit.freevars.len() as u32;
        prefix.insert(
            0,
            Instr::new(Op::Real(Opcode::COPY_FREE_VARS), n, None, Loc::NONE),
        );
    }
    let entry = unit.cfg.entry;
    let instrs = &mut unit.cfg.blocks[entry].instrs;
    prefix.append(instrs);
    *instrs = prefix;
}

/// Renumber cell and free opargs to `localsplus` slots; returns how many cells share an
/// argument's slot (`fix_cell_offsets`).
fn fix_cell_offsets(cfg: &mut Cfg, fixed: &mut [usize], nlocals: usize) -> usize {
    let mut numdropped = 0;
    for (i, slot) in fixed.iter_mut().enumerate() {
        if *slot == i + nlocals {
            *slot -= numdropped;
        } else {
            numdropped += 1;
        }
    }
    for block in cfg.blocks.iter_mut() {
        for instr in &mut block.instrs {
            if matches!(
                instr.opcode(),
                Some(
                    Opcode::MAKE_CELL
                        | Opcode::LOAD_CLOSURE
                        | Opcode::LOAD_DEREF
                        | Opcode::STORE_DEREF
                        | Opcode::DELETE_DEREF
                        | Opcode::LOAD_CLASSDEREF
                )
            ) {
                if let Some(&slot) = fixed.get(instr.arg as usize) {
                    instr.arg = slot as u32;
                }
            }
        }
    }
    numdropped
}

/// Drop constants after the last one used (3.11 trims only the tail; index 0, the
/// docstring slot, always stays).
fn trim_unused_consts(cfg: &Cfg, consts: &mut ConstPool) {
    let mut max_index = 0;
    for b in cfg.order() {
        for instr in &cfg.blocks[b].instrs {
            if instr.is(Opcode::LOAD_CONST) || instr.is(Opcode::KW_NAMES) {
                max_index = max_index.max(instr.arg as usize);
            }
        }
    }
    if max_index + 1 < consts.len() {
        consts.truncate(max_index + 1);
    }
}

/// The maximum stack depth over all paths (`stackdepth`); records each block's depth on entry.
fn stackdepth(cfg: &mut Cfg, is_generator: bool) -> Result<i32, String> {
    for b in cfg.blocks.iter_mut() {
        b.startdepth = i32::MIN;
    }
    let mut stack: Vec<BlockId> = Vec::new();
    let mut maxdepth = 0;
    fn push(cfg: &mut Cfg, stack: &mut Vec<BlockId>, b: BlockId, depth: i32) {
        let block = &mut cfg.blocks[b];
        if block.startdepth < depth && block.startdepth < 100 {
            block.startdepth = depth;
            stack.push(b);
        }
    }
    let start = i32::from(is_generator);
    push(cfg, &mut stack, cfg.entry, start);
    while let Some(b) = stack.pop() {
        let mut depth = cfg.blocks[b].startdepth;
        let mut next = cfg.blocks[b].next;
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = cfg.blocks[b].instrs[i];
            let new_depth = depth + instr.op.stack_effect(instr.arg, false);
            maxdepth = maxdepth.max(new_depth);
            if instr.op.is_jump() || instr.op.is_block_push() {
                let target_depth = depth + instr.op.stack_effect(instr.arg, true);
                maxdepth = maxdepth.max(target_depth);
                if let Some(t) = instr.target {
                    push(cfg, &mut stack, t, target_depth);
                }
            }
            depth = new_depth;
            if depth < 0 {
                return Err(format!("stack underflow at {:?}", instr.op));
            }
            if instr.op.is_scope_exit() || matches!(instr.op, Op::Jump | Op::JumpNoInterrupt) {
                next = None;
                break;
            }
        }
        if let Some(n) = next {
            push(cfg, &mut stack, n, depth);
        }
    }
    Ok(maxdepth)
}

/// Give every instruction its innermost handler by walking the `SETUP_*`/`POP_BLOCK`
/// nesting along the control flow (`label_exception_targets`).
fn label_exception_targets(cfg: &mut Cfg) {
    for b in cfg.blocks.iter_mut() {
        b.visited = false;
    }
    let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; cfg.blocks.len()];
    let entry = cfg.entry;
    cfg.blocks[entry].visited = true;
    stacks[entry as usize] = Some(Vec::new());
    let mut todo = vec![entry];
    while let Some(b) = todo.pop() {
        let mut except_stack = stacks[b as usize].take().unwrap_or_default();
        let mut handler = except_stack.last().copied();
        let mut moved = false;
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = cfg.blocks[b].instrs[i];
            if instr.op.is_block_push() {
                if let Some(t) = instr.target {
                    if !cfg.blocks[t].visited {
                        cfg.blocks[t].visited = true;
                        stacks[t as usize] = Some(except_stack.clone());
                        todo.push(t);
                    }
                    if matches!(instr.op, Op::SetupWith | Op::SetupCleanup) {
                        cfg.blocks[t].preserve_lasti = true;
                    }
                    except_stack.push(t);
                    handler = Some(t);
                }
            } else if instr.op == Op::PopBlock {
                except_stack.pop();
                handler = except_stack.last().copied();
            } else if instr.op.is_jump() {
                cfg.blocks[b].instrs[i].except = handler;
                if let Some(t) = instr.target {
                    if !cfg.blocks[t].visited {
                        cfg.blocks[t].visited = true;
                        if cfg.blocks[b].has_fallthrough() {
                            stacks[t as usize] = Some(except_stack.clone());
                        } else {
                            stacks[t as usize] = Some(std::mem::take(&mut except_stack));
                            moved = true;
                        }
                        todo.push(t);
                    }
                }
            } else {
                cfg.blocks[b].instrs[i].except = handler;
            }
        }
        if cfg.blocks[b].has_fallthrough() && !moved {
            if let Some(n) = cfg.blocks[b].next {
                if !cfg.blocks[n].visited {
                    cfg.blocks[n].visited = true;
                    stacks[n as usize] = Some(except_stack);
                    todo.push(n);
                }
            }
        }
    }
}

/// Direction-less jumps become their `FORWARD`/`BACKWARD` forms (`normalize_jumps`).
fn normalize_jumps(cfg: &mut Cfg) {
    let order = cfg.order();
    for &b in &order {
        cfg.blocks[b].visited = false;
    }
    for &b in &order {
        cfg.blocks[b].visited = true;
        let Some(last) = cfg.blocks[b].instrs.last().copied() else {
            continue;
        };
        let Some(t) = last.target else { continue };
        if !last.op.is_jump() {
            continue;
        }
        let forward = !cfg.blocks[t].visited;
        let op = match (last.op, forward) {
            (Op::Jump, true) | (Op::JumpNoInterrupt, true) => Opcode::JUMP_FORWARD,
            (Op::Jump, false) => Opcode::JUMP_BACKWARD,
            (Op::JumpNoInterrupt, false) => Opcode::JUMP_BACKWARD_NO_INTERRUPT,
            (Op::PopJumpIfFalse, true) => Opcode::POP_JUMP_FORWARD_IF_FALSE,
            (Op::PopJumpIfFalse, false) => Opcode::POP_JUMP_BACKWARD_IF_FALSE,
            (Op::PopJumpIfTrue, true) => Opcode::POP_JUMP_FORWARD_IF_TRUE,
            (Op::PopJumpIfTrue, false) => Opcode::POP_JUMP_BACKWARD_IF_TRUE,
            (Op::PopJumpIfNone, true) => Opcode::POP_JUMP_FORWARD_IF_NONE,
            (Op::PopJumpIfNone, false) => Opcode::POP_JUMP_BACKWARD_IF_NONE,
            (Op::PopJumpIfNotNone, true) => Opcode::POP_JUMP_FORWARD_IF_NOT_NONE,
            (Op::PopJumpIfNotNone, false) => Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE,
            _ => continue,
        };
        if let Some(l) = cfg.blocks[b].instrs.last_mut() {
            l.op = Op::Real(op);
        }
    }
}

/// Code units of an instruction: `EXTENDED_ARG` prefixes, itself, its caches.
fn instr_size(instr: &Instr) -> u32 {
    let arg = effective_arg(instr);
    let extended = u32::from(arg > 0xFF_FFFF) + u32::from(arg > 0xFFFF) + u32::from(arg > 0xFF);
    let caches = instr.opcode().map_or(0, |op| op.caches() as u32);
    extended + 1 + caches
}

/// The argument written for an instruction: an opcode below `HAVE_ARGUMENT` (a `NOP` left
/// where a `SWAP` was, say) keeps no argument, as in CPython's `write_instr`.
fn effective_arg(instr: &Instr) -> u32 {
    match instr.opcode() {
        Some(op) if !op.has_arg() => 0,
        _ => instr.arg,
    }
}

/// Block offsets and relative jump arguments, repeated until `EXTENDED_ARG` sizes settle;
/// returns the code's length in code units.
fn assemble_jump_offsets(cfg: &mut Cfg) -> u32 {
    let order = cfg.order();
    // Each instruction's size, in layout order: measured once per round, not per use.
    let mut sizes: Vec<u32> = Vec::new();
    loop {
        let mut total = 0;
        sizes.clear();
        for &b in &order {
            cfg.blocks[b].offset = total;
            for instr in &cfg.blocks[b].instrs {
                let size = instr_size(instr);
                sizes.push(size);
                total += size;
            }
        }
        let mut again = false;
        let mut measured = sizes.iter();
        for &b in &order {
            let mut bsize = cfg.blocks[b].offset;
            for i in 0..cfg.blocks[b].instrs.len() {
                let instr = cfg.blocks[b].instrs[i];
                let isize = measured.next().copied().unwrap_or(0);
                bsize += isize;
                if instr.op.is_jump() {
                    if let Some(t) = instr.target {
                        let target = cfg.blocks[t].offset;
                        let arg = target.abs_diff(bsize);
                        let x = &mut cfg.blocks[b].instrs[i];
                        x.arg = arg;
                        if instr_size(x) != isize {
                            again = true;
                        }
                    }
                }
            }
        }
        if !again {
            return total;
        }
    }
}

fn write_instr(code: &mut Vec<u8>, instr: &Instr, size: u32) -> Result<(), String> {
    let Some(op) = instr.opcode() else {
        return Err(format!(
            "pseudo-instruction {:?} left at assembly",
            instr.op
        ));
    };
    let caches = op.caches() as u32;
    let arg = effective_arg(instr);
    let ext = size - 1 - caches;
    for k in (1..=ext).rev() {
        code.push(Opcode::EXTENDED_ARG as u8);
        code.push((arg >> (8 * k)) as u8);
    }
    code.push(op as u8);
    code.push(arg as u8);
    for _ in 0..caches {
        code.push(0);
        code.push(0);
    }
    Ok(())
}

/// The exception table: maximal runs of instructions with the same handler
/// (`assemble_exception_table`).
fn exception_entries(cfg: &Cfg, order: &[BlockId]) -> Vec<ExceptionTableEntry> {
    let mut out = Vec::new();
    let mut handler: Option<BlockId> = None;
    let mut start = 0u32;
    let mut offset = 0u32;
    let mut emit = |start: u32, end: u32, h: BlockId| {
        let hb = &cfg.blocks[h];
        let depth = hb.startdepth - 1 - i32::from(hb.preserve_lasti);
        out.push(ExceptionTableEntry {
            start: u64::from(start) * 2,
            end: u64::from(end) * 2,
            target: u64::from(hb.offset) * 2,
            depth: depth.max(0) as u64,
            lasti: hb.preserve_lasti,
        });
    };
    for &b in order {
        offset = cfg.blocks[b].offset;
        for instr in &cfg.blocks[b].instrs {
            if instr.except != handler {
                if let Some(h) = handler {
                    emit(start, offset, h);
                }
                start = offset;
                handler = instr.except;
            }
            offset += instr_size(instr);
        }
    }
    if let Some(h) = handler {
        emit(start, offset, h);
    }
    out
}
