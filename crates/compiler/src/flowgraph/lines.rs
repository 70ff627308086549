//! Line numbers for instructions generated without one (CPython 3.11's
//! `duplicate_exits_without_lineno`, `propagate_line_numbers` and
//! `guarantee_lineno_for_exits`).
//!
//! Code generation leaves some instructions without a location (the implicit `return None`,
//! cleanup code); these passes give them the location of the code that leads to them, copying
//! an exit block when several jumps lead to it so each copy can carry its own line.

use bytecode::opcode::Opcode;

use super::ir::{Block, Cfg};

fn is_exit_without_lineno(b: &Block) -> bool {
    b.exits_scope() && b.instrs.iter().all(|i| i.loc.line < 0)
}

/// `duplicate_exits_without_lineno`.
pub fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    // CPython walks `b_list`, newest block first; the copies it makes are not visited.
    for b in cfg.blocks.ids().rev() {
        let Some(last) = cfg.blocks[b].instrs.last().copied() else {
            continue;
        };
        if !last.op.is_jump() {
            continue;
        }
        let Some(target) = last.target else { continue };
        if is_exit_without_lineno(&cfg.blocks[target]) && cfg.blocks[target].predecessors > 1 {
            let mut copy = cfg.blocks[target].clone();
            if let Some(first) = copy.instrs.first_mut() {
                first.loc = last.loc;
            }
            copy.predecessors = 1;
            copy.next = cfg.blocks[target].next;
            let new_id = cfg.blocks.next_id();
            cfg.blocks.push(copy);
            cfg.blocks[target].predecessors -= 1;
            cfg.blocks[target].next = Some(new_id);
            if let Some(l) = cfg.blocks[b].instrs.last_mut() {
                l.target = Some(new_id);
            }
        }
    }
    for b in cfg.order() {
        while let Some(n) = cfg.blocks[b].next {
            if cfg.blocks[n].instrs.is_empty() {
                cfg.blocks[b].next = cfg.blocks[n].next;
            } else {
                break;
            }
        }
    }
    // Remaining exits without a line are reached only by falling through.
    for b in cfg.order() {
        let block = &cfg.blocks[b];
        if !block.has_fallthrough() || block.instrs.is_empty() {
            continue;
        }
        let Some(next) = block.next else { continue };
        let loc = block.instrs[block.instrs.len() - 1].loc;
        if is_exit_without_lineno(&cfg.blocks[next]) {
            cfg.blocks[next].instrs[0].loc = loc;
        }
    }
}

/// `propagate_line_numbers`: an instruction without a location takes the previous one's;
/// a block's first instruction takes its only predecessor's.
pub fn propagate_line_numbers(cfg: &mut Cfg) {
    for b in cfg.order() {
        if cfg.blocks[b].instrs.is_empty() {
            continue;
        }
        let mut prev = super::ir::Loc::NONE;
        for instr in &mut cfg.blocks[b].instrs {
            if instr.loc.line < 0 {
                instr.loc = prev;
            } else {
                prev = instr.loc;
            }
        }
        let block = &cfg.blocks[b];
        let last = block.instrs[block.instrs.len() - 1];
        if block.has_fallthrough() {
            if let Some(next) = block.next {
                let nb = &mut cfg.blocks[next];
                if nb.predecessors == 1 && !nb.instrs.is_empty() && nb.instrs[0].loc.line < 0 {
                    nb.instrs[0].loc = prev;
                }
            }
        }
        if last.op.is_jump() {
            if let Some(t) = last.target {
                let tb = &mut cfg.blocks[t];
                if tb.predecessors == 1 && !tb.instrs.is_empty() && tb.instrs[0].loc.line < 0 {
                    tb.instrs[0].loc = prev;
                }
            }
        }
    }
}

/// `guarantee_lineno_for_exits`: a `RETURN_VALUE` block still without a line gets the line
/// of the last located block before it.
pub fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: i32) {
    let mut lineno = firstlineno;
    for b in cfg.order() {
        let block = &mut cfg.blocks[b];
        let Some(last) = block.instrs.last().copied() else {
            continue;
        };
        if last.loc.line < 0 {
            if last.is(Opcode::RETURN_VALUE) {
                for instr in &mut block.instrs {
                    instr.loc.line = lineno;
                }
            }
        } else {
            lineno = last.loc.line;
        }
    }
}
