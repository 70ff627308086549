//! Nested code objects: functions (defaults, keyword defaults, annotations, decorators),
//! lambdas, classes and comprehensions, and the closures that bind them
//! (`compiler_function`, `compiler_lambda`, `compiler_class`, `compiler_comprehension`,
//! `compiler_make_closure`).

use bytecode::code::CodeObject;
use bytecode::opcode::Opcode;
use ruff_python_ast::{
    Comprehension, Expr, ExprContext, ExprLambda, Parameters, StmtClassDef, StmtFunctionDef,
};
use ruff_text_size::{Ranged, TextRange};

use super::consts::Const;
use super::expr::{iter_view, IterView};
use super::stmt::docstring;
use super::unparse::unparse;
use super::{CResult, Compiler, ScopeType};
use crate::flowgraph::ir::Op;
use crate::symtable::{ComprehensionKind, SymbolScope};

impl<'a> Compiler<'a> {
    fn decorators(&mut self, decos: &'a [ruff_python_ast::Decorator]) -> CResult {
        for d in decos {
            self.visit_expr(&d.expression)?;
        }
        Ok(())
    }

    /// `range` widened to the parentheses around it (skipping blanks; comments after).
    fn widen_to_parens(&self, range: TextRange) -> TextRange {
        let bytes = self.index.source().as_bytes();
        let mut start = usize::from(range.start());
        let mut s = start;
        while s > 0 && matches!(bytes[s - 1], b' ' | b'\t' | b'\n' | b'\r' | b'\\' | b'\x0c') {
            s -= 1;
        }
        if s > 0 && bytes[s - 1] == b'(' {
            start = s - 1;
        }
        let mut end = usize::from(range.end());
        let mut e = end;
        while e < bytes.len() {
            match bytes[e] {
                b' ' | b'\t' | b'\n' | b'\r' | b'\\' | b'\x0c' | b',' => e += 1,
                b'#' => {
                    while e < bytes.len() && bytes[e] != b'\n' {
                        e += 1;
                    }
                }
                _ => break,
            }
        }
        if e < bytes.len() && bytes[e] == b')' {
            end = e + 1;
        }
        let to = |i: usize| ruff_text_size::TextSize::try_from(i).unwrap_or_default();
        TextRange::new(to(start), to(end))
    }

    /// Call the decorators, innermost first, each at its own location.
    fn apply_decorators(&mut self, decos: &'a [ruff_python_ast::Decorator]) {
        let saved = self.u().loc;
        for d in decos.iter().rev() {
            self.set_loc(d.expression.range());
            self.op_i(Opcode::PRECALL, 0);
            self.op_i(Opcode::CALL, 0);
        }
        self.um().loc = saved;
    }

    /// Positional defaults tuple and keyword-only defaults dict; returns the
    /// `MAKE_FUNCTION` flags (`compiler_default_arguments`).
    fn default_arguments(&mut self, params: &'a Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.visit_expr(d)?;
            }
            self.op_i(Opcode::BUILD_TUPLE, defaults.len() as u32);
            flags |= 0x01;
        }
        let mut keys = Vec::new();
        for p in &params.kwonlyargs {
            if let Some(d) = &p.default {
                keys.push(Const::Str(
                    self.mangle(p.parameter.name.as_str()).into_owned(),
                ));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(keys));
            self.op_i(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= 0x02;
        }
        Ok(flags)
    }

    fn argannotation(&mut self, name: &str, ann: Option<&'a Expr>, len: &mut u32) -> CResult {
        let Some(ann) = ann else { return Ok(()) };
        let mangled = self.mangle(name);
        self.load_const(Const::Str(mangled.into_owned()));
        if self.table.future_annotations {
            // `compiler_visit_annexpr`: the annotation's text, at the `def`'s location.
            self.load_const(Const::Str(unparse(ann)));
        } else if let Expr::Starred(s) = ann {
            self.visit_expr(&s.value)?;
            self.op_i(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.visit_expr(ann)?;
        }
        *len += 2;
        Ok(())
    }

    /// `compiler_visit_annotations`: returns whether a tuple was pushed.
    fn annotations(&mut self, params: &'a Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut len = 0;
        for p in params.args.iter().chain(params.posonlyargs.iter()) {
            self.argannotation(
                p.parameter.name.as_str(),
                p.parameter.annotation(),
                &mut len,
            )?;
        }
        if let Some(v) = &params.vararg {
            self.argannotation(v.name.as_str(), v.annotation(), &mut len)?;
        }
        for p in &params.kwonlyargs {
            self.argannotation(
                p.parameter.name.as_str(),
                p.parameter.annotation(),
                &mut len,
            )?;
        }
        if let Some(k) = &params.kwarg {
            self.argannotation(k.name.as_str(), k.annotation(), &mut len)?;
        }
        self.argannotation("return", returns, &mut len)?;
        if len > 0 {
            self.op_i(Opcode::BUILD_TUPLE, len);
            return Ok(true);
        }
        Ok(false)
    }

    fn set_arg_counts(&mut self, params: &Parameters) {
        let u = self.um();
        u.argcount = params.args.len() as u32;
        u.posonlyargcount = params.posonlyargs.len() as u32;
        u.kwonlyargcount = params.kwonlyargs.len() as u32;
    }

    pub fn function_def(&mut self, f: &'a StmtFunctionDef) -> CResult {
        let scope_type = if f.is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.decorators(&f.decorator_list)?;
        let stmt_line = self.u().loc.line;
        let firstlineno = match f.decorator_list.first() {
            Some(d) => self.loc_of(d.expression.range()).line,
            None => stmt_line,
        };
        let mut flags = self.default_arguments(&f.parameters)?;
        if self.annotations(&f.parameters, f.returns.as_deref())? {
            flags |= 0x04;
        }
        let scope = self.scope_for(f.range)?;
        self.enter_scope(f.name.as_str(), scope_type, scope, firstlineno)?;
        let doc = docstring(&f.body);
        let has_doc = doc.is_some();
        self.add_const(doc.map_or(Const::None, Const::Str));
        self.set_arg_counts(&f.parameters);
        let body = if has_doc { &f.body[1..] } else { &f.body[..] };
        self.visit_stmts(body)?;
        let code = self.finish_unit(true)?;
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(f.name.as_str(), ExprContext::Store, f.range)
    }

    pub fn lambda(&mut self, l: &'a ExprLambda) -> CResult {
        let mut flags = 0;
        if let Some(p) = &l.parameters {
            flags = self.default_arguments(p)?;
        }
        let scope = self.scope_for(l.range)?;
        let line = self.loc_of(l.range).line;
        self.enter_scope("<lambda>", ScopeType::Lambda, scope, line)?;
        self.add_const(Const::None);
        if let Some(p) = &l.parameters {
            self.set_arg_counts(p);
        }
        self.visit_expr(&l.body)?;
        let code = if self.table.scopes[scope].is_generator {
            self.finish_unit(false)?
        } else {
            self.op(Opcode::RETURN_VALUE);
            self.finish_unit(true)?
        };
        self.make_closure(code, flags)
    }

    pub fn class_def(&mut self, c: &'a StmtClassDef) -> CResult {
        self.decorators(&c.decorator_list)?;
        let stmt_line = self.u().loc.line;
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.loc_of(d.expression.range()).line,
            None => stmt_line,
        };
        let scope = self.scope_for(c.range)?;
        self.enter_scope(c.name.as_str(), ScopeType::Class, scope, firstlineno)?;
        self.um().private = Some(c.name.to_string());
        self.nameop("__name__", ExprContext::Load, c.range)?;
        self.nameop("__module__", ExprContext::Store, c.range)?;
        let qualname = self.u().qualname.clone();
        self.load_const(Const::Str(qualname));
        self.nameop("__qualname__", ExprContext::Store, c.range)?;
        self.compiler_body(&c.body)?;
        self.unset_loc();
        if self.table.scopes[scope].needs_class_closure {
            self.op_i(Opcode::LOAD_CLOSURE, 0);
            self.op_i(Opcode::COPY, 1);
            self.nameop("__classcell__", ExprContext::Store, c.range)?;
        } else {
            self.load_const(Const::None);
        }
        self.op(Opcode::RETURN_VALUE);
        let code = self.finish_unit(true)?;
        self.op(Opcode::PUSH_NULL);
        self.op(Opcode::LOAD_BUILD_CLASS);
        self.make_closure(code, 0)?;
        self.load_const(Const::str(c.name.as_str()));
        let (args, kws): (&'a [Expr], &'a [ruff_python_ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_helper(2, args, kws, c.range)?;
        self.apply_decorators(&c.decorator_list);
        self.nameop(c.name.as_str(), ExprContext::Store, c.range)
    }

    /// `compiler_make_closure`: `LOAD_CLOSURE`s for the code's free variables, the code
    /// constant and `MAKE_FUNCTION`.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        let frees: Vec<String> = code.freevars().map(|s| s.to_string_lossy()).collect();
        if !frees.is_empty() {
            for name in &frees {
                let is_class = self.u().scope_type == ScopeType::Class;
                let st = &self.table.scopes[self.u().scope];
                let cell = (is_class && name == "__class__")
                    || st.scope_of(name) == Some(SymbolScope::Cell);
                let u = self.u();
                let arg = if cell {
                    u.cellvars.iter().position(|n| n == name)
                } else {
                    u.freevars
                        .iter()
                        .position(|n| n == name)
                        .map(|i| i + u.cellvars.len())
                };
                let Some(arg) = arg else {
                    return Err(self.error(
                        format!("internal error: no closure cell for {name}"),
                        TextRange::default(),
                    ));
                };
                self.op_i(Opcode::LOAD_CLOSURE, arg as u32);
            }
            flags |= 0x08;
            self.op_i(Opcode::BUILD_TUPLE, frees.len() as u32);
        }
        self.load_const(Self::code_const(code));
        self.op_i(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// `compiler_comprehension` for list/set/dict comprehensions and generator expressions.
    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (generators, elt, val, name): (&'a [Comprehension], &'a Expr, Option<&'a Expr>, _) =
            match e {
                Expr::ListComp(c) => (&c.generators, &c.elt, None, "<listcomp>"),
                Expr::SetComp(c) => (&c.generators, &c.elt, None, "<setcomp>"),
                Expr::DictComp(c) => match &c.key {
                    Some(k) => (&c.generators, k, Some(&*c.value), "<dictcomp>"),
                    None => return Err(self.error("invalid syntax", c.range)),
                },
                Expr::Generator(g) => (&g.generators, &g.elt, None, "<genexpr>"),
                _ => return Ok(()),
            };
        let scope = self.scope_for(e.range())?;
        if let Expr::Generator(g) = e {
            if !g.parenthesized {
                // CPython's node for a sole generator argument spans the call's parentheses
                // (and one in an f-string field its braces, set by the caller).
                let range = self.widen_to_parens(g.range);
                if range != g.range {
                    self.set_loc(range);
                }
            }
        }
        let kind = self.table.scopes[scope].comprehension;
        let line = self.u().loc.line;
        let outer_loc = self.u().loc;
        let outer_scope_type = self.u().scope_type;
        self.enter_scope(name, ScopeType::Comprehension, scope, line)?;
        self.um().loc = outer_loc;
        let is_async_gen = self.table.scopes[scope].is_coroutine;
        let is_genexp = kind == Some(ComprehensionKind::Generator);
        if is_async_gen
            && !is_genexp
            && !matches!(
                outer_scope_type,
                ScopeType::AsyncFunction | ScopeType::Comprehension
            )
        {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.range(),
            ));
        }
        match kind {
            Some(ComprehensionKind::List) => self.op_i(Opcode::BUILD_LIST, 0),
            Some(ComprehensionKind::Set) => self.op_i(Opcode::BUILD_SET, 0),
            Some(ComprehensionKind::Dict) => self.op_i(Opcode::BUILD_MAP, 0),
            _ => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, val, kind)?;
        if kind != Some(ComprehensionKind::Generator) {
            self.op(Opcode::RETURN_VALUE);
        }
        let code = self.finish_unit(true)?;
        self.make_closure(code, 0)?;
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        // ast_opt applies `fold_iter` to every comprehension iterable, the outermost too.
        self.visit_iter(&outermost.iter)?;
        self.op(if outermost.is_async {
            Opcode::GET_AITER
        } else {
            Opcode::GET_ITER
        });
        self.op_i(Opcode::PRECALL, 0);
        self.op_i(Opcode::CALL, 0);
        if is_async_gen && !is_genexp {
            // An async list/set/dict comprehension is a coroutine: await its result.
            self.op_i(Opcode::GET_AWAITABLE, 0);
            self.load_const(Const::None);
            self.yield_from(true);
        }
        Ok(())
    }

    pub(super) fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Option<ComprehensionKind>,
    ) -> CResult {
        let gen = &generators[index];
        if gen.is_async {
            return self.async_comprehension_generator(generators, index, depth, elt, val, kind);
        }
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            self.um().argcount = 1;
            self.op_i(Opcode::LOAD_FAST, 0);
        } else {
            let single = match iter_view(&gen.iter) {
                IterView::Tuple(elts, _) if elts.len() == 1 && !elts[0].is_starred_expr() => {
                    Some(&elts[0])
                }
                IterView::Plain(Expr::Tuple(t))
                    if t.elts.len() == 1 && !t.elts[0].is_starred_expr() =>
                {
                    Some(&t.elts[0])
                }
                _ => None,
            };
            if let Some(x) = single {
                self.visit_expr(x)?;
                start = None;
            } else {
                self.visit_iter(&gen.iter)?;
                self.op(Opcode::GET_ITER);
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_next_block(start);
            self.jump(Op::Real(Opcode::FOR_ITER), anchor);
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(start) = start {
            self.jump(Op::Jump, start);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    /// The innermost loop's work: yield or add the element to the collection `depth + 1`
    /// items down the stack.
    pub(super) fn comprehension_element(
        &mut self,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Option<ComprehensionKind>,
        depth: u32,
    ) -> CResult {
        match kind {
            Some(ComprehensionKind::Generator) | None => {
                self.visit_expr(elt)?;
                self.add_yield();
                self.op(Opcode::POP_TOP);
            }
            Some(ComprehensionKind::List) => {
                self.visit_expr(elt)?;
                self.op_i(Opcode::LIST_APPEND, depth + 1);
            }
            Some(ComprehensionKind::Set) => {
                self.visit_expr(elt)?;
                self.op_i(Opcode::SET_ADD, depth + 1);
            }
            Some(ComprehensionKind::Dict) => {
                self.visit_expr(elt)?;
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.op_i(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }
}
