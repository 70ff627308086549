//! The `match` statement (`compiler_match` and the `compiler_pattern_*` helpers of CPython
//! 3.11's `Python/compile.c`).
//!
//! A pattern is compiled against the subject on top of the stack. While it runs, the stack
//! also holds the values captured so far (bound to their names only once the whole pattern
//! matched) and whatever sub-subjects the enclosing patterns still need. The
//! [`PatternContext`] tracks both counts, because a failed test must jump to the cleanup
//! block that pops exactly the right number of items: `fail_pop[n]` pops `n` items and falls
//! through to `fail_pop[n - 1]`, so the blocks are laid out from the largest `n` down to
//! `fail_pop[0]`, the start of the next case.
//!
//! Locations follow CPython's quirk: entering a pattern sets the current location and nothing
//! restores it, so code emitted after a sub-pattern (stores, cleanups) carries the location of
//! the last pattern entered.

use bytecode::opcode::Opcode;
use ruff_python_ast::{
    Expr, ExprContext, MatchCase, Pattern, PatternMatchAs, PatternMatchClass, PatternMatchMapping,
    PatternMatchOr, PatternMatchSequence, Singleton, StmtMatch,
};
use ruff_text_size::{Ranged, TextRange};

use super::consts::Const;
use super::fold::fold;
use super::{CResult, Compiler};
use crate::flowgraph::ir::{BlockId, Op};

/// `COMPARE_OP` arguments used by patterns.
const CMP_EQ: u32 = 2;
const CMP_GTE: u32 = 5;
/// `BINARY_OP` subtraction.
const NB_SUBTRACT: u32 = 10;

/// CPython's `pattern_context`.
struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the block that pops `n` items and then fails the pattern.
    fail_pop: Vec<BlockId>,
    /// Items above the subject that must be popped on failure (besides the stores).
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> PatternContext {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `case _:` (`WILDCARD_CHECK`).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p,
        Pattern::MatchAs(PatternMatchAs {
            pattern: None,
            name: None,
            ..
        })
    )
}

/// `*_` (`WILDCARD_STAR_CHECK`).
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    /// `compiler_match`.
    pub fn match_stmt(&mut self, m: &'a StmtMatch) -> CResult {
        self.visit_expr(&m.subject)?;
        let end = self.new_block();
        let cases = &m.cases;
        let n = cases.len();
        // A trailing `case _:` needs no copy of the subject nor a test.
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        let tested = n - usize::from(has_default);
        for (i, case) in cases[..tested].iter().enumerate() {
            self.set_loc(case.pattern.range());
            // Only copy the subject if this is not the last tested case.
            let copy = i + 1 != tested;
            if copy {
                self.op_i(Opcode::COPY, 1);
            }
            // Irrefutable patterns must be guarded, last, or both.
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == n);
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: bind the captured values, which are on the stack in store order.
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ExprContext::Store, case.pattern.range())?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, fail, false)?;
            }
            if copy {
                self.op(Opcode::POP_TOP);
            }
            self.visit_stmts(&case.body)?;
            self.unset_loc();
            self.jump(Op::Jump, end);
            // The cleanup of a failed pattern belongs to the pattern's line, not the body's.
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case: &'a MatchCase = &cases[n - 1];
            self.set_loc(case.pattern.range());
            if n == 1 {
                self.op(Opcode::POP_TOP);
            } else {
                // Line coverage for the default case, which has no code of its own.
                self.op(Opcode::NOP);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.visit_stmts(&case.body)?;
            self.unset_loc();
        }
        self.use_next_block(end);
        Ok(())
    }

    /// `ensure_fail_pop`: make `fail_pop[0..=n]` exist.
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// `jump_to_fail_pop`: on failure, pop what is on top and the captured values.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    /// `emit_and_reset_fail_pop`: lay out the cleanup blocks, largest first.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let blocks = std::mem::take(&mut pc.fail_pop);
        let Some((&first, rest)) = blocks.split_first() else {
            return;
        };
        for &b in rest.iter().rev() {
            self.use_next_block(b);
            self.op(Opcode::POP_TOP);
        }
        self.use_next_block(first);
    }

    /// `pattern_helper_rotate`: move the top of the stack `count - 1` places down.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.op_i(Opcode::SWAP, k as u32);
        }
    }

    /// `pattern_helper_store_name`: keep a captured value under what must stay on top.
    fn store_name(
        &mut self,
        name: Option<&str>,
        pc: &mut PatternContext,
        range: TextRange,
    ) -> CResult {
        let Some(name) = name else {
            self.op(Opcode::POP_TOP);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        if pc.stores.iter().any(|s| s == name) {
            let msg = format!("multiple assignments to name '{name}' in pattern");
            return Err(self.error(msg, range));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// `compiler_pattern`.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.enter_depth(p.range())?;
        self.set_loc(p.range());
        let r = match p {
            Pattern::MatchValue(v) => self.pattern_value(&v.value, pc, p.range()),
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Const::None,
                    Singleton::True => Const::Bool(true),
                    Singleton::False => Const::Bool(false),
                });
                self.op_i(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => {
                self.store_name(s.name.as_ref().map(|n| n.as_str()), pc, p.range())
            }
            Pattern::MatchAs(a) => self.pattern_as(a, pc),
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        };
        self.leave_depth();
        r
    }

    /// `compiler_pattern_subpattern`: a nested pattern may always be irrefutable.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_value(
        &mut self,
        value: &'a Expr,
        pc: &mut PatternContext,
        at: TextRange,
    ) -> CResult {
        if fold(value).is_none() && !matches!(value, Expr::Attribute(_)) {
            return Err(self.error("patterns may only match literals and attribute lookups", at));
        }
        self.visit_expr(value)?;
        self.op_i(Opcode::COMPARE_OP, CMP_EQ);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        Ok(())
    }

    /// `compiler_pattern_as`.
    fn pattern_as(&mut self, a: &'a PatternMatchAs, pc: &mut PatternContext) -> CResult {
        let name = a.name.as_ref().map(|n| n.as_str());
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match name {
                    Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, a.range));
            }
            return self.store_name(name, pc, a.range);
        };
        // Keep a copy to store if the inner pattern matches.
        pc.on_top += 1;
        self.op_i(Opcode::COPY, 1);
        self.pattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_name(name, pc, a.range)
    }

    /// `compiler_pattern_sequence`.
    fn pattern_sequence(
        &mut self,
        s: &'a PatternMatchSequence,
        pc: &mut PatternContext,
    ) -> CResult {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", s.range));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.op(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.op(Opcode::GET_LEN);
                self.load_const(Const::int(size as i64));
                self.op_i(Opcode::COMPARE_OP, CMP_EQ);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            // `[*x]` needs no length check at all.
            Some(_) if size > 1 => {
                self.op(Opcode::GET_LEN);
                self.load_const(Const::int(size as i64 - 1));
                self.op_i(Opcode::COMPARE_OP, CMP_GTE);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[_, *_]`...: nothing left to test.
            self.op(Opcode::POP_TOP);
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(usize::MAX), pc)?;
        } else {
            self.sequence_unpack(patterns, pc, s.range)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_unpack`: unpack the subject and match each item.
    fn sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
        at: TextRange,
    ) -> CResult {
        let n = patterns.len();
        match patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)))
        {
            Some(i) => {
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        at,
                    ));
                }
                self.op_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
            }
            None => self.op_i(Opcode::UNPACK_SEQUENCE, n as u32),
        }
        // The unpacked items stay on the stack while the ones before them are matched.
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: with a `*_`, index the subject instead of
    /// unpacking it.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.op_i(Opcode::COPY, 1);
            if i < star {
                self.load_const(Const::int(i as i64));
            } else {
                // The subject may not support negative indexes: compute len - k.
                self.op(Opcode::GET_LEN);
                self.load_const(Const::int((size - i) as i64));
                self.op_i(Opcode::BINARY_OP, NB_SUBTRACT);
            }
            self.op(Opcode::BINARY_SUBSCR);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    /// `compiler_pattern_mapping`.
    fn pattern_mapping(&mut self, m: &'a PatternMatchMapping, pc: &mut PatternContext) -> CResult {
        let keys = &m.keys;
        let size = keys.len();
        let rest = m.rest.as_ref().map(|r| r.as_str());
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.op(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}`: done, pop the subject.
            pc.on_top -= 1;
            self.op(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.op(Opcode::GET_LEN);
            self.load_const(Const::int(size as i64));
            self.op_i(Opcode::COMPARE_OP, CMP_GTE);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            match fold(key) {
                Some(c) => {
                    if seen.iter().any(|s| super::expr::py_eq(s, &c)) {
                        let msg = format!(
                            "mapping pattern checks duplicate key ({})",
                            bytecode::repr::repr(&c.to_obj())
                        );
                        return Err(self.error(msg, m.range));
                    }
                    seen.push(c);
                }
                None if matches!(key, Expr::Attribute(_)) => {}
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        m.range,
                    ))
                }
            }
            self.visit_expr(key)?;
        }
        self.op_i(Opcode::BUILD_TUPLE, size as u32);
        self.op(Opcode::MATCH_KEYS);
        // A tuple of keys and a tuple of values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.op_i(Opcode::COPY, 1);
        self.load_const(Const::None);
        self.op_i(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.op_i(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // Whatever follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key.
                self.op_i(Opcode::BUILD_MAP, 0);
                self.op_i(Opcode::SWAP, 3);
                self.op_i(Opcode::DICT_UPDATE, 2);
                self.op_i(Opcode::UNPACK_SEQUENCE, size as u32);
                for k in (1..=size).rev() {
                    self.op_i(Opcode::COPY, 1 + k as u32);
                    self.op_i(Opcode::SWAP, 2);
                    self.op(Opcode::DELETE_SUBSCR);
                }
                self.store_name(Some(name), pc, m.range)?;
            }
            None => {
                self.op(Opcode::POP_TOP);
                self.op(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    /// `compiler_pattern_class`.
    fn pattern_class(&mut self, c: &'a PatternMatchClass, pc: &mut PatternContext) -> CResult {
        let args = &c.arguments.patterns;
        let kwds = &c.arguments.keywords;
        let nargs = args.len();
        let nattrs = kwds.len();
        for (i, k) in kwds.iter().enumerate() {
            self.set_loc(k.pattern.range());
            if k.attr.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", k.pattern.range()));
            }
            if let Some(dup) = kwds[i + 1..]
                .iter()
                .find(|o| o.attr.as_str() == k.attr.as_str())
            {
                let msg = format!("attribute name repeated in class pattern: {}", k.attr);
                return Err(self.error(msg, dup.pattern.range()));
            }
        }
        if nattrs > 0 {
            self.set_loc(c.range);
        }
        self.visit_expr(&c.cls)?;
        let names = kwds.iter().map(|k| Const::str(k.attr.as_str())).collect();
        self.load_const(Const::Tuple(names));
        self.op_i(Opcode::MATCH_CLASS, nargs as u32);
        self.op_i(Opcode::COPY, 1);
        self.load_const(Const::None);
        self.op_i(Opcode::IS_OP, 1);
        // On top: a tuple of the nargs + nattrs attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.op_i(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let subpatterns = args.iter().chain(kwds.iter().map(|k| &k.pattern));
        for p in subpatterns {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.op(Opcode::POP_TOP);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `compiler_pattern_or`: each alternative runs in a fresh context on a copy of the
    /// subject; every alternative must leave its captures in the first one's order.
    fn pattern_or(&mut self, o: &'a PatternMatchOr, pc: &mut PatternContext) -> CResult {
        let end = self.new_block();
        let size = o.patterns.len();
        let outer = std::mem::replace(pc, PatternContext::new(false));
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            // An irrefutable alternative must be last, if it is allowed at all.
            *pc = PatternContext::new(i + 1 == size && outer.allow_irrefutable);
            self.op_i(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != pc.stores.len() => {
                    return Err(
                        self.error("alternative patterns bind different names", alt.range())
                    );
                }
                Some(ctrl) => {
                    let ctrl = ctrl.clone();
                    for icontrol in (0..ctrl.len()).rev() {
                        let Some(istores) = pc.stores.iter().position(|s| *s == ctrl[icontrol])
                        else {
                            return Err(self
                                .error("alternative patterns bind different names", alt.range()));
                        };
                        if icontrol != istores {
                            // Move the first istores + 1 captures up to end at icontrol,
                            // on the stack and in the list alike.
                            let rotations = istores + 1;
                            let moved: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, moved);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        *pc = outer;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.op(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        // Between the new captures and where they belong: the other new captures, the copy
        // of the subject, the items on top and the captures stashed before.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                let msg = format!("multiple assignments to name '{name}' in pattern");
                return Err(self.error(msg, o.range));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.op(Opcode::POP_TOP);
        Ok(())
    }
}
