//! Expressions (`compiler_visit_expr` and helpers): names, operators, containers,
//! subscripts and slices, assignment targets, `yield`/`await`. Comparisons, boolean operators
//! and conditional jumps are in [`super::cond`].

use bytecode::opcode::Opcode;
use ruff_python_ast::{Expr, ExprContext, Operator, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

use super::cond::folded_not_compare;
use super::consts::Const;
use super::fold::fold;
use super::{CResult, Compiler, ScopeType, STACK_USE_GUIDELINE};
use crate::flowgraph::ir::Op;
use crate::symtable::{ScopeKind, SymbolScope};

/// `BINARY_OP` argument for an operator (`NB_*`); in-place forms add 13.
pub fn binary_op_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}

/// An iterable in a position where 3.11's optimiser turns a list display into a tuple and a
/// constant set into a frozenset (`fold_iter`: `for` targets, comprehensions, `in`).
pub enum IterView<'e> {
    Const(Const),
    Tuple(&'e [Expr], TextRange),
    Plain(&'e Expr),
}

pub fn iter_view(e: &Expr) -> IterView<'_> {
    match e {
        Expr::List(l) if !l.elts.iter().any(|x| x.is_starred_expr()) => {
            let mut items = Vec::new();
            for elt in &l.elts {
                match fold(elt) {
                    Some(c) => items.push(c),
                    None => return IterView::Tuple(&l.elts, l.range),
                }
            }
            IterView::Const(Const::Tuple(items))
        }
        Expr::Set(s) => {
            let mut items = Vec::new();
            for elt in &s.elts {
                match fold(elt) {
                    Some(c) => items.push(c),
                    None => return IterView::Plain(e),
                }
            }
            IterView::Const(frozenset(items))
        }
        _ => IterView::Plain(e),
    }
}

/// A frozenset constant from items, dropping duplicates as `frozenset()` would.
///
/// CPython builds the constant with `PyFrozenSet_New(tuple)`, and its constant merging then
/// rebuilds it by inserting the members in that first set's iteration order. The items are
/// kept in that second insertion order, so that whoever builds the set from them (the VM
/// loading the constant, `repr` in `dis`) by inserting in order gets CPython's final table.
pub fn frozenset(items: Vec<Const>) -> Const {
    let mut out: Vec<Const> = Vec::new();
    for item in items {
        if !out.iter().any(|o| py_eq(o, &item)) {
            out.push(item);
        }
    }
    let objs: Vec<_> = out.iter().map(Const::to_obj).collect();
    let order = bytecode::hash::set_iteration_order(&objs, &bytecode::hash::HashSecret::default());
    if order.len() == out.len() {
        let mut slots: Vec<Option<Const>> = out.into_iter().map(Some).collect();
        out = order.iter().filter_map(|&i| slots[i].take()).collect();
    }
    Const::FrozenSet(out)
}

/// Python equality between constants (`1 == 1.0 == True`).
pub(super) fn py_eq(a: &Const, b: &Const) -> bool {
    fn as_f(c: &Const) -> Option<f64> {
        use num_traits::ToPrimitive;
        match c {
            Const::Bool(b) => Some(f64::from(u8::from(*b))),
            Const::Int(i) => i.to_f64(),
            Const::Float(bits) => Some(f64::from_bits(*bits)),
            _ => None,
        }
    }
    match (as_f(a), as_f(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

impl<'a> Compiler<'a> {
    /// `compiler_visit_expr`: compile `e` with its own location, then restore the caller's.
    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_depth(e.range())?;
        let saved = self.u().loc;
        self.set_loc(e.range());
        let r = self.visit_expr1(e);
        self.um().loc = saved;
        self.leave_depth();
        r
    }

    /// [`Self::visit_expr`] with the node located at `range` instead of its own range.
    pub fn visit_expr_at(&mut self, e: &'a Expr, range: TextRange) -> CResult {
        self.enter_depth(e.range())?;
        let saved = self.u().loc;
        self.set_loc(range);
        let r = self.visit_expr1(e);
        self.um().loc = saved;
        self.leave_depth();
        r
    }

    pub fn visit_exprs(&mut self, es: &'a [Expr]) -> CResult {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr1(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = fold(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.nameop(n.id.as_str(), n.ctx, e.range()),
            Expr::BoolOp(b) => self.boolop(b.op, &b.values),
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.op_i(Opcode::COPY, 1);
                self.visit_expr(&n.target)
            }
            Expr::BinOp(b) => {
                // A tuple of constants is already one constant when ast_opt looks at the
                // `%`, so only other tuples are rewritten as f-strings.
                if b.op == Operator::Mod && fold(&b.right).is_none() {
                    if let (Some(Const::Str(fmt)), Expr::Tuple(t)) = (fold(&b.left), &*b.right) {
                        if !t.elts.iter().any(|x| x.is_starred_expr()) {
                            if let Some(pieces) = super::call::optimize_format(&fmt, &t.elts) {
                                return self.format_pieces(&pieces);
                            }
                        }
                    }
                }
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.op_i(Opcode::BINARY_OP, binary_op_arg(b.op));
                Ok(())
            }
            Expr::UnaryOp(u) => {
                if folded_not_compare(u).is_some() {
                    // The optimiser replaces the `not` node by the comparison, location
                    // included.
                    self.set_loc(u.operand.range());
                    return self.compare(&u.operand, true);
                }
                self.visit_expr(&u.operand)?;
                self.op(match u.op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
                Ok(())
            }
            Expr::Lambda(l) => self.lambda(l),
            Expr::If(i) => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.jump_noline(Op::Jump, end);
                self.use_next_block(next);
                self.visit_expr(&i.orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict(d),
            Expr::Set(s) => self.starunpack(&s.elts, 0, Opcode::BUILD_SET, false),
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.comprehension(e)
            }
            Expr::Await(a) => {
                match self.u().scope_type {
                    ScopeType::Module | ScopeType::Class => {
                        return Err(self.error("'await' outside function", e.range()));
                    }
                    ScopeType::Function | ScopeType::Lambda => {
                        return Err(self.error("'await' outside async function", e.range()));
                    }
                    ScopeType::AsyncFunction | ScopeType::Comprehension => {}
                }
                self.visit_expr(&a.value)?;
                self.op_i(Opcode::GET_AWAITABLE, 0);
                self.load_const(Const::None);
                self.yield_from(true);
                Ok(())
            }
            Expr::Yield(y) => {
                if matches!(self.u().scope_type, ScopeType::Module | ScopeType::Class) {
                    return Err(self.error("'yield' outside function", e.range()));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.add_yield();
                Ok(())
            }
            Expr::YieldFrom(y) => {
                if matches!(self.u().scope_type, ScopeType::Module | ScopeType::Class) {
                    return Err(self.error("'yield' outside function", e.range()));
                }
                if self.u().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", e.range()));
                }
                self.visit_expr(&y.value)?;
                self.op(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Const::None);
                self.yield_from(false);
                Ok(())
            }
            Expr::Compare(_) => self.compare(e, false),
            Expr::Call(call) => self.call(call),
            Expr::FString(f) => self.fstring(f),
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                self.update_start_location_to_match_attr(a.range, a.attr.as_str());
                let op = match a.ctx {
                    ExprContext::Store => Opcode::STORE_ATTR,
                    ExprContext::Del => Opcode::DELETE_ATTR,
                    _ => Opcode::LOAD_ATTR,
                };
                self.op_name(op, a.attr.as_str());
                Ok(())
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.op(match s.ctx {
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                    _ => Opcode::BINARY_SUBSCR,
                });
                Ok(())
            }
            Expr::Starred(s) => match s.ctx {
                ExprContext::Store => Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    e.range(),
                )),
                _ => Err(self.error("can't use starred expression here", e.range())),
            },
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Const::None),
                }
                match &s.upper {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Const::None),
                }
                if let Some(step) = &s.step {
                    n += 1;
                    self.visit_expr(step)?;
                }
                self.op_i(Opcode::BUILD_SLICE, n);
                Ok(())
            }
            Expr::List(l) => match l.ctx {
                ExprContext::Store => self.assignment_helper(&l.elts),
                ExprContext::Del => self.visit_exprs(&l.elts),
                _ => self.starunpack(&l.elts, 0, Opcode::BUILD_LIST, false),
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.assignment_helper(&t.elts),
                ExprContext::Del => self.visit_exprs(&t.elts),
                _ => self.starunpack(&t.elts, 0, Opcode::BUILD_LIST, true),
            },
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Err(self.error("invalid literal", e.range())),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                Err(self.error("invalid syntax", e.range()))
            }
        }
    }

    /// `update_start_location_to_match_attr`: an attribute access spanning lines is
    /// located at the attribute name.
    pub fn update_start_location_to_match_attr(&mut self, attr_range: TextRange, attr: &str) {
        let attr_loc = self.loc_of(attr_range);
        let u = self.um();
        if u.loc.line != attr_loc.end_line {
            u.loc.line = attr_loc.end_line;
            let len = attr.chars().count() as i32;
            if len <= attr_loc.end_col {
                u.loc.col = attr_loc.end_col - len;
            } else {
                u.loc.col = -1;
                u.loc.end_col = -1;
            }
            u.loc.end_line = u.loc.end_line.max(u.loc.line);
            if u.loc.line == u.loc.end_line {
                u.loc.end_col = u.loc.end_col.max(u.loc.col);
            }
        }
    }

    /// `compiler_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext, range: TextRange) -> CResult {
        if matches!(ctx, ExprContext::Store | ExprContext::Del) && name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        let mangled = self.mangle(name);
        let st = &self.table.scopes[self.u().scope];
        let is_function = st.kind == ScopeKind::Function;
        let is_class = st.kind == ScopeKind::Class;
        let scope = st.scope_of(&mangled);
        enum Kind {
            Deref(u32),
            Fast,
            Global,
            Name,
        }
        let kind = match scope {
            Some(SymbolScope::Free) => {
                let u = self.u();
                let i = u.freevars.iter().position(|n| *n == mangled).unwrap_or(0);
                Kind::Deref((u.cellvars.len() + i) as u32)
            }
            Some(SymbolScope::Cell) => {
                let i = self.u().cellvars.iter().position(|n| *n == mangled);
                Kind::Deref(i.unwrap_or(0) as u32)
            }
            Some(SymbolScope::Local) if is_function => Kind::Fast,
            Some(SymbolScope::GlobalImplicit) if is_function => Kind::Global,
            Some(SymbolScope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        let store = ctx == ExprContext::Store;
        let del = ctx == ExprContext::Del;
        match kind {
            Kind::Deref(i) => {
                let op = if store {
                    Opcode::STORE_DEREF
                } else if del {
                    Opcode::DELETE_DEREF
                } else if is_class {
                    Opcode::LOAD_CLASSDEREF
                } else {
                    Opcode::LOAD_DEREF
                };
                self.op_i(op, i);
            }
            Kind::Fast => {
                let op = if store {
                    Opcode::STORE_FAST
                } else if del {
                    Opcode::DELETE_FAST
                } else {
                    Opcode::LOAD_FAST
                };
                let i = self.um().varnames.add(&mangled);
                self.op_i(op, i);
            }
            Kind::Global => {
                let i = self.um().names.add(&mangled);
                if store {
                    self.op_i(Opcode::STORE_GLOBAL, i);
                } else if del {
                    self.op_i(Opcode::DELETE_GLOBAL, i);
                } else {
                    self.op_i(Opcode::LOAD_GLOBAL, i << 1);
                }
            }
            Kind::Name => {
                let i = self.um().names.add(&mangled);
                let op = if store {
                    Opcode::STORE_NAME
                } else if del {
                    Opcode::DELETE_NAME
                } else {
                    Opcode::LOAD_NAME
                };
                self.op_i(op, i);
            }
        }
        Ok(())
    }

    /// Compile an iterable where 3.11 applies `fold_iter`.
    pub fn visit_iter(&mut self, e: &'a Expr) -> CResult {
        match iter_view(e) {
            IterView::Const(c) => {
                let saved = self.u().loc;
                self.set_loc(e.range());
                self.load_const(c);
                self.um().loc = saved;
                Ok(())
            }
            IterView::Tuple(elts, range) => {
                let saved = self.u().loc;
                self.set_loc(range);
                let r = self.starunpack(elts, 0, Opcode::BUILD_LIST, true);
                self.um().loc = saved;
                r
            }
            IterView::Plain(e) => self.visit_expr(e),
        }
    }

    /// `starunpack_helper`: build a list/tuple/set from items that may include `*x`.
    pub fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        tuple: bool,
    ) -> CResult {
        let (add, extend) = match build {
            Opcode::BUILD_SET => (Opcode::SET_ADD, Opcode::SET_UPDATE),
            _ => (Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
        };
        let n = elts.len();
        if n > 2 {
            let folded: Option<Vec<Const>> = elts.iter().map(fold).collect();
            if let Some(items) = folded {
                if tuple && pushed == 0 {
                    self.load_const(Const::Tuple(items));
                } else {
                    let c = if build == Opcode::BUILD_SET {
                        frozenset(items)
                    } else {
                        Const::Tuple(items)
                    };
                    self.op_i(build, pushed);
                    self.load_const(c);
                    self.op_i(extend, 1);
                    if tuple {
                        self.op(Opcode::LIST_TO_TUPLE);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| e.is_starred_expr());
        if !seen_star && !big {
            self.visit_exprs(elts)?;
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.op_i(op, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.op_i(build, pushed);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let Expr::Starred(s) = elt {
                if !built {
                    self.op_i(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.op_i(extend, 1);
            } else {
                self.visit_expr(elt)?;
                if built {
                    self.op_i(add, 1);
                }
            }
        }
        if tuple {
            self.op(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    /// Unpack the top of the stack into the targets `elts` (`assignment_helper`).
    pub fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if elt.is_starred_expr() {
                if seen_star {
                    return Err(
                        self.error("multiple starred expressions in assignment", elt.range())
                    );
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        elt.range(),
                    ));
                }
                self.op_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.op_i(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        for elt in elts {
            match elt {
                Expr::Starred(s) => self.visit_expr(&s.value)?,
                _ => self.visit_expr(elt)?,
            }
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ruff_python_ast::ExprDict) -> CResult {
        let items = &d.items;
        let n = items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        #[allow(clippy::needless_range_loop)] // CPython's index arithmetic, kept as is
        for i in 0..n {
            if items[i].key.is_none() {
                if elements > 0 {
                    self.subdict(d, i - elements, i)?;
                    if have_dict {
                        self.op_i(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.op_i(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&items[i].value)?;
                self.op_i(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(d, i - elements, i + 1)?;
                if have_dict {
                    self.op_i(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(d, n - elements, n)?;
            if have_dict {
                self.op_i(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.op_i(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, d: &'a ruff_python_ast::ExprDict, begin: usize, end: usize) -> CResult {
        let items = &d.items[begin..end];
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Const>> = items
                .iter()
                .map(|it| it.key.as_ref().and_then(fold))
                .collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_const(Const::Tuple(keys));
                self.op_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.op_i(Opcode::BUILD_MAP, 0);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.visit_expr(k)?;
            }
            self.visit_expr(&it.value)?;
            if big {
                self.op_i(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.op_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    /// `ADDOP_YIELD`.
    pub fn add_yield(&mut self) {
        let st = &self.table.scopes[self.u().scope];
        if st.is_generator && st.is_coroutine {
            self.op(Opcode::ASYNC_GEN_WRAP);
        }
        self.op_i(Opcode::YIELD_VALUE, 0);
        self.op_i(Opcode::RESUME, 1);
    }

    /// `compiler_add_yield_from`.
    pub fn yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.jump(Op::Real(Opcode::SEND), exit);
        self.use_next_block(resume);
        self.op_i(Opcode::YIELD_VALUE, 0);
        self.op_i(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.jump(Op::JumpNoInterrupt, start);
        self.use_next_block(exit);
    }
}
