//! The control-flow-graph optimiser of CPython 3.11 (`optimize_cfg` and its helpers in
//! `Python/compile.c`): constant conditions, jump threading, tuple folding, `SWAP`
//! elimination, unreachable-code removal, empty-block removal and `NOP` removal.
//!
//! The passes must match CPython's step for step, quirks included (for example jumps are only
//! threaded between instructions on the same line, and reachability is counted by CPython's
//! particular depth-first walk), because every difference shows up in `co_code`.

use bytecode::opcode::Opcode;

use super::ir::{BlockId, Cfg, Instr, Op};
use crate::codegen::consts::{Const, ConstPool};

/// Exit blocks at most this long are copied into the blocks that jump to them.
const MAX_COPY_SIZE: usize = 4;

/// Skip empty blocks so that every jump targets a block with instructions
/// (`normalize_basic_block`).
pub fn normalize(cfg: &mut Cfg) {
    for b in cfg.blocks.ids() {
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = cfg.blocks[b].instrs[i];
            if instr.op.is_jump() {
                if let Some(t) = instr.target {
                    let t = skip_empty(cfg, t);
                    cfg.blocks[b].instrs[i].target = Some(t);
                }
            }
        }
    }
}

/// The first non-empty block from `b` on (or the last block of the chain).
fn skip_empty(cfg: &Cfg, mut b: BlockId) -> BlockId {
    let mut steps = 0;
    while cfg.blocks[b].instrs.is_empty() {
        match cfg.blocks[b].next {
            Some(n) if steps <= cfg.blocks.len() => b = n,
            _ => break,
        }
        steps += 1;
    }
    b
}

/// Replace a jump to a short exit block with a copy of that block (`extend_block`).
pub fn extend_blocks(cfg: &mut Cfg) {
    // CPython walks `b_list`: the blocks in reverse order of allocation.
    for b in cfg.blocks.ids().rev() {
        extend_block(cfg, b);
    }
}

fn extend_block(cfg: &mut Cfg, b: BlockId) {
    let Some(last) = cfg.blocks[b].instrs.last().copied() else {
        return;
    };
    if last.op != Op::Jump {
        return;
    }
    let Some(target) = last.target else { return };
    let to_copy = &cfg.blocks[target];
    // Only exits without line numbers (like the implicit `return None`) are copied.
    if to_copy.exits_scope()
        && to_copy.instrs.len() <= MAX_COPY_SIZE
        && !to_copy.instrs.iter().any(|i| i.loc.line > 0)
    {
        let copied = to_copy.instrs.clone();
        let block = &mut cfg.blocks[b];
        if let Some(l) = block.instrs.last_mut() {
            l.op = Op::Real(Opcode::NOP);
        }
        block.instrs.extend(copied);
    }
}

/// `optimize_cfg`.
pub fn optimize_cfg(cfg: &mut Cfg, consts: &mut ConstPool) {
    let order = cfg.order();
    for &b in &order {
        optimize_basic_block(cfg, b, consts);
        clean_basic_block(cfg, b);
    }
    // Over `b_list` (newest block first), as CPython: one block's extension can make it a
    // short exit that an older block's jump then copies in turn.
    for b in cfg.blocks.ids().rev() {
        extend_block(cfg, b);
    }
    mark_reachable(cfg);
    for b in cfg.order() {
        if cfg.blocks[b].predecessors == 0 {
            cfg.blocks[b].instrs.clear();
        }
    }
    eliminate_empty_basic_blocks(cfg);
    for b in cfg.order() {
        clean_basic_block(cfg, b);
    }
    // A jump to the block that follows anyway is redundant.
    let mut maybe_empty = false;
    for b in cfg.order() {
        let next = cfg.blocks[b].next;
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            if matches!(last.op, Op::Jump | Op::JumpNoInterrupt) && last.target == next {
                last.op = Op::Real(Opcode::NOP);
                maybe_empty = true;
            }
        }
    }
    if maybe_empty {
        eliminate_empty_basic_blocks(cfg);
    }
}

fn optimize_basic_block(cfg: &mut Cfg, b: BlockId, consts: &mut ConstPool) {
    let mut i: isize = 0;
    while (i as usize) < cfg.blocks[b].instrs.len() {
        let iu = i as usize;
        let mut inst = cfg.blocks[b].instrs[iu];
        if inst.op.is_jump() || inst.op.is_block_push() {
            if let Some(t) = inst.target {
                let t = skip_empty(cfg, t);
                cfg.blocks[b].instrs[iu].target = Some(t);
                inst.target = Some(t);
            }
        }
        let target: Option<Instr> = if inst.op.is_jump() || inst.op.is_block_push() {
            inst.target
                .and_then(|t| cfg.blocks[t].instrs.first().copied())
        } else {
            None
        };
        let target_op = target.map(|t| t.op);
        let instrs_len = cfg.blocks[b].instrs.len();
        let nextop = (iu + 1 < instrs_len).then(|| cfg.blocks[b].instrs[iu + 1].op);
        let oparg = inst.arg;
        match inst.op {
            Op::Real(Opcode::LOAD_CONST) => {
                // Borrowed: most constants are loaded without a test after them.
                let Some(value) = consts.get(oparg) else {
                    i += 1;
                    continue;
                };
                let instrs = &mut cfg.blocks[b].instrs;
                match nextop {
                    Some(Op::PopJumpIfFalse) | Some(Op::PopJumpIfTrue) => {
                        let is_true = value.is_true();
                        instrs[iu].op = Op::Real(Opcode::NOP);
                        let jump_if_true = nextop == Some(Op::PopJumpIfTrue);
                        instrs[iu + 1].op = if is_true == jump_if_true {
                            Op::Jump
                        } else {
                            Op::Real(Opcode::NOP)
                        };
                    }
                    Some(Op::Real(Opcode::JUMP_IF_FALSE_OR_POP))
                    | Some(Op::Real(Opcode::JUMP_IF_TRUE_OR_POP)) => {
                        let is_true = value.is_true();
                        let jump_if_true = nextop == Some(Op::Real(Opcode::JUMP_IF_TRUE_OR_POP));
                        if is_true == jump_if_true {
                            instrs[iu + 1].op = Op::Jump;
                        } else {
                            instrs[iu].op = Op::Real(Opcode::NOP);
                            instrs[iu + 1].op = Op::Real(Opcode::NOP);
                        }
                    }
                    Some(Op::Real(Opcode::IS_OP)) => {
                        let jump_op = instrs.get(iu + 2).map(|x| x.op);
                        if *value == Const::None
                            && matches!(jump_op, Some(Op::PopJumpIfFalse | Op::PopJumpIfTrue))
                        {
                            let invert = instrs[iu + 1].arg != 0;
                            instrs[iu].op = Op::Real(Opcode::NOP);
                            instrs[iu + 1].op = Op::Real(Opcode::NOP);
                            let on_false = jump_op == Some(Op::PopJumpIfFalse);
                            instrs[iu + 2].op = if invert ^ on_false {
                                Op::PopJumpIfNotNone
                            } else {
                                Op::PopJumpIfNone
                            };
                        }
                    }
                    _ => {}
                }
            }
            Op::Real(Opcode::BUILD_TUPLE) => {
                let instrs = &mut cfg.blocks[b].instrs;
                if nextop == Some(Op::Real(Opcode::UNPACK_SEQUENCE)) && instrs[iu + 1].arg == oparg
                {
                    match oparg {
                        1 => {
                            instrs[iu].op = Op::Real(Opcode::NOP);
                            instrs[iu + 1].op = Op::Real(Opcode::NOP);
                            i += 1;
                            continue;
                        }
                        2 | 3 => {
                            instrs[iu].op = Op::Real(Opcode::NOP);
                            instrs[iu + 1].op = Op::Real(Opcode::SWAP);
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                if iu >= oparg as usize {
                    fold_tuple_on_constants(&mut instrs[iu - oparg as usize..=iu], consts);
                }
            }
            Op::PopJumpIfNotNone | Op::PopJumpIfNone | Op::PopJumpIfFalse | Op::PopJumpIfTrue
                if target_op == Some(Op::Jump) =>
            {
                i -= jump_thread(cfg, b, iu, target, inst.op);
            }
            Op::Real(Opcode::JUMP_IF_FALSE_OR_POP) | Op::Real(Opcode::JUMP_IF_TRUE_OR_POP) => {
                let same = inst.op;
                let (same_pop, other, other_pop) = if same == Op::Real(Opcode::JUMP_IF_FALSE_OR_POP)
                {
                    (
                        Op::PopJumpIfFalse,
                        Op::Real(Opcode::JUMP_IF_TRUE_OR_POP),
                        Op::PopJumpIfTrue,
                    )
                } else {
                    (
                        Op::PopJumpIfTrue,
                        Op::Real(Opcode::JUMP_IF_FALSE_OR_POP),
                        Op::PopJumpIfFalse,
                    )
                };
                match target_op {
                    Some(op) if op == same_pop => {
                        i -= jump_thread(cfg, b, iu, target, same_pop);
                    }
                    Some(op) if op == Op::Jump || op == same => {
                        i -= jump_thread(cfg, b, iu, target, same);
                    }
                    Some(op) if op == other || op == other_pop => {
                        let t = target.map(|t| t.loc.line);
                        if t == Some(inst.loc.line) {
                            // The opposite test fails for sure: continue after it.
                            let tb = inst.target.and_then(|t| cfg.blocks[t].next);
                            if tb.is_some() {
                                let x = &mut cfg.blocks[b].instrs[iu];
                                x.op = same_pop;
                                x.target = tb;
                                i -= 1;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Op::Real(Opcode::PUSH_NULL) => {
                // `PUSH_NULL; LOAD_GLOBAL x` → `LOAD_GLOBAL (NULL + x)`.
                let instrs = &mut cfg.blocks[b].instrs;
                if nextop == Some(Op::Real(Opcode::LOAD_GLOBAL)) && instrs[iu + 1].arg & 1 == 0 {
                    instrs[iu].op = Op::Real(Opcode::NOP);
                    instrs[iu].arg = 0;
                    instrs[iu + 1].arg |= 1;
                }
            }
            Op::Jump if target_op == Some(Op::Jump) => {
                i -= jump_thread(cfg, b, iu, target, Op::Jump);
            }
            Op::Real(Opcode::SWAP) => {
                if oparg == 1 {
                    cfg.blocks[b].instrs[iu].op = Op::Real(Opcode::NOP);
                } else {
                    let mut ix = iu;
                    swaptimize(&mut cfg.blocks[b].instrs, &mut ix);
                    apply_static_swaps(&mut cfg.blocks[b].instrs, ix as isize);
                    i = ix as isize;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// Retarget the jump at `b[i]` to the target of the jump it lands on (`jump_thread`);
/// returns 1 when it changed something (the caller then looks at the instruction again).
fn jump_thread(cfg: &mut Cfg, b: BlockId, i: usize, target: Option<Instr>, op: Op) -> isize {
    let Some(target) = target else { return 0 };
    let inst = &mut cfg.blocks[b].instrs[i];
    if inst.loc.line == target.loc.line && inst.target != target.target {
        inst.target = target.target;
        inst.op = op;
        return 1;
    }
    0
}

/// `LOAD_CONST`×n + `BUILD_TUPLE n` → one `LOAD_CONST` of the tuple.
fn fold_tuple_on_constants(instrs: &mut [Instr], consts: &mut ConstPool) {
    let n = instrs.len() - 1;
    if !instrs[..n].iter().all(|x| x.is(Opcode::LOAD_CONST)) {
        return;
    }
    let mut items = Vec::with_capacity(n);
    for x in &instrs[..n] {
        match consts.get(x.arg) {
            Some(c) => items.push(c.clone()),
            None => return,
        }
    }
    let index = consts.add(Const::Tuple(items));
    for x in &mut instrs[..n] {
        x.op = Op::Real(Opcode::NOP);
    }
    instrs[n].op = Op::Real(Opcode::LOAD_CONST);
    instrs[n].arg = index;
}

/// Rewrite a run of `SWAP`s as the fewest `SWAP`s with the same effect (`swaptimize`).
fn swaptimize(instrs: &mut [Instr], ix: &mut usize) {
    let start = *ix;
    let mut depth = instrs[start].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = instrs.len() - start;
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        let x = &instrs[start + len];
        if x.is(Opcode::SWAP) {
            depth = depth.max(x.arg as usize);
            more = true;
        } else if !x.is(Opcode::NOP) {
            break;
        }
    }
    if !more || depth == 0 {
        return;
    }
    const VISITED: isize = -1;
    let mut stack: Vec<isize> = (0..depth as isize).collect();
    for x in &instrs[start..start + len] {
        if x.is(Opcode::SWAP) {
            let k = (x.arg as usize).saturating_sub(1).min(depth - 1);
            stack.swap(0, k);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as isize {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 && current >= 0 {
                let x = &mut instrs[start + current as usize];
                x.op = Op::Real(Opcode::SWAP);
                x.arg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next = stack[j];
            stack[j] = VISITED;
            j = next as usize;
        }
    }
    while current >= 0 {
        instrs[start + current as usize].op = Op::Real(Opcode::NOP);
        current -= 1;
    }
    *ix = start + len - 1;
}

fn swappable(x: &Instr) -> bool {
    x.is(Opcode::STORE_FAST) || x.is(Opcode::POP_TOP)
}

fn next_swappable_instruction(
    instrs: &[Instr],
    mut i: usize,
    lineno: Option<i32>,
) -> Option<usize> {
    loop {
        i += 1;
        let x = instrs.get(i)?;
        if let Some(l) = lineno {
            if x.loc.line != l {
                return None;
            }
        }
        if x.is(Opcode::NOP) {
            continue;
        }
        return swappable(x).then_some(i);
    }
}

/// Replace `SWAP`s by exchanging the stores that follow them (`apply_static_swaps`).
fn apply_static_swaps(instrs: &mut [Instr], mut i: isize) {
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        if !swap.is(Opcode::SWAP) {
            if swap.is(Opcode::NOP) || swappable(&swap) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, None) else {
            return;
        };
        let mut k = j;
        let lineno = instrs[j].loc.line;
        // A negative line is "no line" for CPython's check as well.
        let line_check = (lineno >= 0).then_some(lineno);
        for _ in 1..swap.arg {
            match next_swappable_instruction(instrs, k, line_check) {
                Some(next) => k = next,
                None => return,
            }
        }
        // Not when the two stores, or one between them, write the same local: the
        // order of the stores is then visible.
        let stores_to = |x: &Instr| x.is(Opcode::STORE_FAST).then_some(x.arg);
        let (store_j, store_k) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if store_j.is_some() || store_k.is_some() {
            if store_j == store_k {
                return;
            }
            let clash = instrs[j + 1..k].iter().filter_map(stores_to);
            if clash
                .into_iter()
                .any(|s| Some(s) == store_j || Some(s) == store_k)
            {
                return;
            }
        }
        instrs[iu].op = Op::Real(Opcode::NOP);
        instrs.swap(j, k);
        i -= 1;
    }
}

/// Count predecessors by CPython's depth-first walk (`mark_reachable`).
pub fn mark_reachable(cfg: &mut Cfg) {
    for b in cfg.blocks.iter_mut() {
        b.predecessors = 0;
        b.visited = false;
    }
    let entry = cfg.entry;
    cfg.blocks[entry].predecessors = 1;
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        cfg.blocks[b].visited = true;
        if let Some(next) = cfg.blocks[b].next {
            if cfg.blocks[b].has_fallthrough() {
                if !cfg.blocks[next].visited {
                    stack.push(next);
                }
                cfg.blocks[next].predecessors += 1;
            }
        }
        for i in 0..cfg.blocks[b].instrs.len() {
            let x = cfg.blocks[b].instrs[i];
            if x.op.is_jump() || x.op.is_block_push() {
                if let Some(t) = x.target {
                    if !cfg.blocks[t].visited {
                        stack.push(t);
                    }
                    cfg.blocks[t].predecessors += 1;
                }
            }
        }
    }
}

/// Unlink empty blocks and retarget jumps past them (`eliminate_empty_basic_blocks`).
pub fn eliminate_empty_basic_blocks(cfg: &mut Cfg) {
    let order = cfg.order();
    for &b in &order {
        if let Some(mut next) = cfg.blocks[b].next {
            while cfg.blocks[next].instrs.is_empty() {
                match cfg.blocks[next].next {
                    Some(n) => next = n,
                    None => break,
                }
            }
            cfg.blocks[b].next = Some(next);
        }
    }
    for b in cfg.order() {
        for i in 0..cfg.blocks[b].instrs.len() {
            let x = cfg.blocks[b].instrs[i];
            if x.op.is_jump() || x.op.is_block_push() {
                if let Some(t) = x.target {
                    let t = skip_empty(cfg, t);
                    cfg.blocks[b].instrs[i].target = Some(t);
                }
            }
        }
    }
}

/// Remove `NOP`s that carry no needed line number (`clean_basic_block`).
pub fn clean_basic_block(cfg: &mut Cfg, b: BlockId) {
    // Most blocks hold no `NOP`: nothing to do (the pass changes only blocks with one).
    if !cfg.blocks[b].instrs.iter().any(|i| i.is(Opcode::NOP)) {
        return;
    }
    let mut next_block = cfg.blocks[b].next;
    while let Some(n) = next_block {
        if !cfg.blocks[n].instrs.is_empty() {
            break;
        }
        next_block = cfg.blocks[n].next;
    }
    let next_first_line = next_block.map(|n| cfg.blocks[n].instrs[0].loc.line);
    let instrs = &mut cfg.blocks[b].instrs;
    let mut dest = 0;
    let mut prev_lineno = -1;
    let len = instrs.len();
    for src in 0..len {
        let lineno = instrs[src].loc.line;
        if instrs[src].is(Opcode::NOP) {
            if lineno < 0 || prev_lineno == lineno {
                continue;
            }
            if src < len - 1 {
                let next_lineno = instrs[src + 1].loc.line;
                if next_lineno < 0 {
                    instrs[src + 1].loc = instrs[src].loc;
                    continue;
                }
                if next_lineno == lineno {
                    continue;
                }
            } else if next_first_line == Some(lineno) {
                continue;
            }
        }
        instrs[dest] = instrs[src];
        dest += 1;
        prev_lineno = lineno;
    }
    instrs.truncate(dest);
}
