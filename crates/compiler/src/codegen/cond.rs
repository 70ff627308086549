//! Comparisons, boolean operators and conditional jumps (`compiler_compare`,
//! `compiler_boolop`, `compiler_jump_if`), with the `not` folding of 3.11's AST optimiser.

use bytecode::opcode::Opcode;
use ruff_python_ast::{BoolOp, CmpOp, Expr, UnaryOp};
use ruff_text_size::Ranged;

use super::fold::fold;
use super::{CResult, Compiler};
use crate::flowgraph::ir::{BlockId, Op};

/// How a comparison operator is emitted (`ADDOP_COMPARE`).
fn compare_op(op: CmpOp) -> (Opcode, u32) {
    match op {
        CmpOp::Eq => (Opcode::COMPARE_OP, 2),
        CmpOp::NotEq => (Opcode::COMPARE_OP, 3),
        CmpOp::Lt => (Opcode::COMPARE_OP, 0),
        CmpOp::LtE => (Opcode::COMPARE_OP, 1),
        CmpOp::Gt => (Opcode::COMPARE_OP, 4),
        CmpOp::GtE => (Opcode::COMPARE_OP, 5),
        CmpOp::Is => (Opcode::IS_OP, 0),
        CmpOp::IsNot => (Opcode::IS_OP, 1),
        CmpOp::In => (Opcode::CONTAINS_OP, 0),
        CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let jump = match op {
            BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
            BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_block();
        let Some((last, rest)) = values.split_last() else {
            return Ok(());
        };
        for v in rest {
            self.visit_expr(v)?;
            self.jump(Op::Real(jump), end);
        }
        self.visit_expr(last)?;
        self.use_next_block(end);
        Ok(())
    }

    /// The operands of a comparison, with `not (a is b)` folded to `a is not b` and the
    /// last `in` operand viewed as 3.11's optimiser rewrites it.
    fn compare_parts(e: &'a Expr) -> Option<(&'a Expr, Vec<CmpOp>, &'a [Expr])> {
        match e {
            Expr::Compare(c) => Some((&c.left, c.ops.to_vec(), &c.comparators)),
            _ => None,
        }
    }

    fn visit_comparator(&mut self, e: &'a Expr, is_last_in: bool) -> CResult {
        if is_last_in {
            return self.visit_iter(e);
        }
        self.visit_expr(e)
    }

    /// `compiler_compare`; `inverted` applies the folded `not` to the single operator.
    pub(super) fn compare(&mut self, e: &'a Expr, inverted: bool) -> CResult {
        let Some((left, mut ops, comparators)) = Self::compare_parts(e) else {
            return self.visit_expr(e);
        };
        if inverted {
            ops[0] = invert_cmp(ops[0]).unwrap_or(ops[0]);
        }
        let n = ops.len() - 1;
        let last_in = matches!(ops[n], CmpOp::In | CmpOp::NotIn);
        self.visit_expr(left)?;
        if n == 0 {
            self.visit_comparator(&comparators[0], last_in)?;
            let (op, arg) = compare_op(ops[0]);
            self.op_i(op, arg);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.op_i(Opcode::SWAP, 2);
            self.op_i(Opcode::COPY, 2);
            let (op, arg) = compare_op(ops[i]);
            self.op_i(op, arg);
            self.jump(Op::Real(Opcode::JUMP_IF_FALSE_OR_POP), cleanup);
        }
        self.visit_comparator(&comparators[n], last_in)?;
        let (op, arg) = compare_op(ops[n]);
        self.op_i(op, arg);
        let end = self.new_block();
        self.jump_noline(Op::Jump, end);
        self.use_next_block(cleanup);
        self.op_i(Opcode::SWAP, 2);
        self.op(Opcode::POP_TOP);
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_jump_if`: jump to `next` when `e` is `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> CResult {
        match e {
            Expr::UnaryOp(u)
                if u.op == UnaryOp::Not && folded_not_compare(u).is_none() && fold(e).is_none() =>
            {
                return self.jump_if(&u.operand, next, !cond);
            }
            Expr::UnaryOp(u) if folded_not_compare(u).is_some() => {
                // ast_opt replaced the `not` by the inverted comparison, location included:
                // treat it as the comparison's test.
                self.set_loc(u.operand.range());
                self.visit_expr(e)?;
                self.jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    next,
                );
                return Ok(());
            }
            Expr::BoolOp(b) => {
                let cond2 = b.op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let (last, rest) = b.values.split_last().expect("bool op has operands");
                for v in rest {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.jump_noline(Op::Jump, end);
                self.use_next_block(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            Expr::Compare(c) => {
                // 3.11 locates the whole test, jumps included, at the comparison, and leaves
                // that location in place for what follows.
                self.set_loc(c.range);
                let n = c.ops.len() - 1;
                if n == 0 {
                    self.visit_expr(e)?;
                    self.jump(
                        if cond {
                            Op::PopJumpIfTrue
                        } else {
                            Op::PopJumpIfFalse
                        },
                        next,
                    );
                    return Ok(());
                }
                let last_in = matches!(c.ops[n], CmpOp::In | CmpOp::NotIn);
                let cleanup = self.new_block();
                self.visit_expr(&c.left)?;
                for i in 0..n {
                    self.visit_expr(&c.comparators[i])?;
                    self.op_i(Opcode::SWAP, 2);
                    self.op_i(Opcode::COPY, 2);
                    let (op, arg) = compare_op(c.ops[i]);
                    self.op_i(op, arg);
                    self.jump(Op::PopJumpIfFalse, cleanup);
                }
                self.visit_comparator(&c.comparators[n], last_in)?;
                let (op, arg) = compare_op(c.ops[n]);
                self.op_i(op, arg);
                self.jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    next,
                );
                let end = self.new_block();
                self.jump_noline(Op::Jump, end);
                self.use_next_block(cleanup);
                self.op(Opcode::POP_TOP);
                if !cond {
                    self.jump_noline(Op::Jump, next);
                }
                self.use_next_block(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        self.jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            next,
        );
        Ok(())
    }
}

/// `not` applied to a single `is`/`in` comparison, which 3.11's optimiser inverts.
pub fn folded_not_compare(u: &ruff_python_ast::ExprUnaryOp) -> Option<CmpOp> {
    if u.op != UnaryOp::Not {
        return None;
    }
    match &*u.operand {
        Expr::Compare(c) if c.ops.len() == 1 && fold(&u.operand).is_none() => invert_cmp(c.ops[0]),
        _ => None,
    }
}

fn invert_cmp(op: CmpOp) -> Option<CmpOp> {
    match op {
        CmpOp::Is => Some(CmpOp::IsNot),
        CmpOp::IsNot => Some(CmpOp::Is),
        CmpOp::In => Some(CmpOp::NotIn),
        CmpOp::NotIn => Some(CmpOp::In),
        _ => None,
    }
}
