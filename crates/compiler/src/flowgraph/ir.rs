//! The compiler's intermediate form: instructions with locations, grouped in basic blocks
//! (CPython 3.11's `struct instr` and `basicblock`).
//!
//! Besides the real opcodes, code generation uses CPython's pseudo-instructions: the
//! exception-block markers (`SETUP_*`, `POP_BLOCK`), which the assembler turns into the
//! exception table, and direction-less jumps, which become the `FORWARD`/`BACKWARD` forms once
//! the block order is final.

use bytecode::opcode::{Opcode, OPCODES};

/// The real opcodes that jump, by byte: `is_jump` runs for every instruction in several
/// passes, so it is one table load (built at compile time from the opcode table).
const REAL_JUMPS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < OPCODES.len() {
        table[OPCODES[i].code as usize] = OPCODES[i].arg.is_jump();
        i += 1;
    }
    table
};

/// Index of a block in [`Cfg::blocks`]: 32 bits keep [`Instr`] small (instructions are the
/// compiler's most numerous values).
pub type BlockId = u32;

/// An operation: a real 3.11 opcode or one of compile.c's pseudo-instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    SetupFinally,
    SetupCleanup,
    SetupWith,
    PopBlock,
    Jump,
    JumpNoInterrupt,
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
}

impl Op {
    /// Any instruction with a jump target (`is_jump`), excluding the `SETUP_*` markers.
    pub fn is_jump(self) -> bool {
        match self {
            Op::Real(op) => REAL_JUMPS[op as usize],
            Op::Jump
            | Op::JumpNoInterrupt
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::PopJumpIfNone
            | Op::PopJumpIfNotNone => true,
            _ => false,
        }
    }

    /// `SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH` (`is_block_push`).
    pub fn is_block_push(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    /// Jumps that never fall through.
    pub fn is_unconditional_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::JumpNoInterrupt
                | Op::Real(Opcode::JUMP_FORWARD)
                | Op::Real(Opcode::JUMP_BACKWARD)
                | Op::Real(Opcode::JUMP_BACKWARD_NO_INTERRUPT)
        )
    }

    /// Instructions that leave the frame (`IS_SCOPE_EXIT_OPCODE`).
    pub fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Op::Real(Opcode::RETURN_VALUE)
                | Op::Real(Opcode::RAISE_VARARGS)
                | Op::Real(Opcode::RERAISE)
        )
    }

    /// compile.c's `stack_effect(opcode, oparg, jump)` for pseudo and real instructions.
    pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
        match self {
            Op::Real(op) => op.stack_effect(oparg as i32, jump),
            Op::SetupFinally | Op::SetupWith => i32::from(jump),
            Op::SetupCleanup => {
                if jump {
                    2
                } else {
                    0
                }
            }
            Op::PopBlock | Op::Jump | Op::JumpNoInterrupt => 0,
            Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => -1,
        }
    }

    pub fn real(self) -> Option<Opcode> {
        match self {
            Op::Real(op) => Some(op),
            _ => None,
        }
    }
}

/// A source location: 1-based lines, 0-based UTF-8 byte columns; -1 means "none" as in
/// CPython (`line == -1`: the instruction has no location yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loc {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Loc {
    pub const NONE: Loc = Loc {
        line: -1,
        end_line: -1,
        col: -1,
        end_col: -1,
    };
}

/// One instruction.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    /// Jump or handler target.
    pub target: Option<BlockId>,
    pub loc: Loc,
    /// The innermost handler covering this instruction (`i_except`), after labelling.
    pub except: Option<BlockId>,
}

impl Instr {
    pub fn new(op: Op, arg: u32, target: Option<BlockId>, loc: Loc) -> Instr {
        Instr {
            op,
            arg,
            target,
            loc,
            except: None,
        }
    }

    /// The real opcode, if any.
    pub fn opcode(&self) -> Option<Opcode> {
        self.op.real()
    }

    pub fn is(&self, op: Opcode) -> bool {
        self.op == Op::Real(op)
    }
}

/// A basic block. `next` is the following block in layout order (`b_next`).
#[derive(Clone, Debug)]
pub struct Block {
    pub instrs: Vec<Instr>,
    pub next: Option<BlockId>,
    pub predecessors: u32,
    pub visited: bool,
    pub startdepth: i32,
    pub preserve_lasti: bool,
    /// Offset in code units, set by the assembler.
    pub offset: u32,
}

impl Block {
    fn new() -> Block {
        Block {
            instrs: Vec::new(),
            next: None,
            predecessors: 0,
            visited: false,
            startdepth: i32::MIN,
            preserve_lasti: false,
            offset: 0,
        }
    }

    pub fn last(&self) -> Option<&Instr> {
        self.instrs.last()
    }

    /// Control can run off the end into `next` (`BB_HAS_FALLTHROUGH`).
    pub fn has_fallthrough(&self) -> bool {
        match self.instrs.last() {
            Some(last) => !(last.op.is_scope_exit() || last.op.is_unconditional_jump()),
            None => true,
        }
    }

    /// The block ends by leaving the frame (`basicblock_exits_scope`).
    pub fn exits_scope(&self) -> bool {
        self.instrs.last().is_some_and(|i| i.op.is_scope_exit())
    }
}

/// The blocks of one code object, linked through `next` from `entry`.
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Blocks,
    pub entry: BlockId,
}

/// The blocks, indexed by [`BlockId`].
#[derive(Clone, Debug, Default)]
pub struct Blocks(Vec<Block>);

impl Blocks {
    /// The id the next pushed block gets.
    pub fn next_id(&self) -> BlockId {
        self.0.len() as BlockId
    }

    /// Every block id, in allocation order.
    pub fn ids(&self) -> std::ops::Range<BlockId> {
        0..self.next_id()
    }
}

impl std::ops::Index<BlockId> for Blocks {
    type Output = Block;
    fn index(&self, b: BlockId) -> &Block {
        &self.0[b as usize]
    }
}

impl std::ops::IndexMut<BlockId> for Blocks {
    fn index_mut(&mut self, b: BlockId) -> &mut Block {
        &mut self.0[b as usize]
    }
}

impl std::ops::Deref for Blocks {
    type Target = Vec<Block>;
    fn deref(&self) -> &Vec<Block> {
        &self.0
    }
}

impl std::ops::DerefMut for Blocks {
    fn deref_mut(&mut self) -> &mut Vec<Block> {
        &mut self.0
    }
}

impl Cfg {
    pub fn new() -> Cfg {
        Cfg {
            blocks: Blocks(vec![Block::new()]),
            entry: 0,
        }
    }

    pub fn new_block(&mut self) -> BlockId {
        let id = self.blocks.next_id();
        self.blocks.push(Block::new());
        id
    }

    /// Block ids in layout order.
    pub fn order(&self) -> Vec<BlockId> {
        let mut out = Vec::with_capacity(self.blocks.len());
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            out.push(b);
            cur = self.blocks[b].next;
            if out.len() > self.blocks.len() {
                // A cycle in `next` would be a compiler bug; stop rather than loop.
                break;
            }
        }
        out
    }
}

impl Default for Cfg {
    fn default() -> Self {
        Cfg::new()
    }
}
