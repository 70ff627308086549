//! First step, continued: expressions, parameters, annotations, comprehensions and match
//! patterns (CPython's `symtable_visit_expr` and its helpers).

use ruff_python_ast::{
    Comprehension, Expr, ExprContext, InterpolatedStringElement, Parameters, Pattern,
};
use ruff_text_size::Ranged;

use super::builder::{Builder, VisitResult};
use super::flags::*;
use super::{ComprehensionKind, ScopeKind};

impl Builder<'_> {
    pub fn visit_exprs(&mut self, exprs: &[Expr]) -> VisitResult {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    pub fn visit_expr(&mut self, expr: &Expr) -> VisitResult {
        self.enter_recursion(usize::from(expr.start()))?;
        self.visit_expr_inner(expr)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> VisitResult {
        let (start, end) = (usize::from(expr.start()), usize::from(expr.end()));
        // Comprehension scopes are keyed by their node's range (read after the first
        // iterable is visited, so it is set again there).
        let node_range = (start as u32, end as u32);
        self.node_range = node_range;
        match expr {
            Expr::Named(named) => {
                self.refuse_in_annotation("named expression", start, end)?;
                if self.scopes[self.cur()].comp_iter_expr > 0 {
                    return Err(self.error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        start,
                        end,
                    ));
                }
                if self.scopes[self.cur()].comprehension.is_some() {
                    self.extend_named_expr_scope(&named.target)?;
                }
                self.visit_expr(&named.value)?;
                self.visit_expr(&named.target)
            }
            Expr::BoolOp(op) => self.visit_exprs(&op.values),
            Expr::BinOp(op) => {
                self.visit_expr(&op.left)?;
                self.visit_expr(&op.right)
            }
            Expr::UnaryOp(op) => self.visit_expr(&op.operand),
            Expr::Lambda(lambda) => {
                if let Some(params) = &lambda.parameters {
                    self.visit_defaults(params)?;
                }
                let id = self.enter_scope_at(ScopeKind::Function, "lambda", start);
                self.node_scopes.insert((start as u32, end as u32), id);
                if let Some(params) = &lambda.parameters {
                    self.visit_parameters(params)?;
                }
                self.visit_expr(&lambda.body)?;
                self.exit_scope();
                Ok(())
            }
            Expr::If(if_) => {
                self.visit_expr(&if_.test)?;
                self.visit_expr(&if_.body)?;
                self.visit_expr(&if_.orelse)
            }
            Expr::Dict(dict) => {
                // CPython's Dict node holds all keys, then all values.
                for item in &dict.items {
                    if let Some(key) = &item.key {
                        self.visit_expr(key)?;
                    }
                }
                for item in &dict.items {
                    self.visit_expr(&item.value)?;
                }
                Ok(())
            }
            Expr::Set(set) => self.visit_exprs(&set.elts),
            Expr::Generator(gen) => {
                // A bare generator argument `f(x for x in y)` starts at the call's `(`.
                let at = if gen.parenthesized {
                    start
                } else {
                    self.open_paren_before(start)
                };
                self.visit_comprehension(
                    ComprehensionKind::Generator,
                    at,
                    &gen.generators,
                    &gen.elt,
                    None,
                )
            }
            Expr::ListComp(comp) => self.visit_comprehension(
                ComprehensionKind::List,
                start,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::SetComp(comp) => self.visit_comprehension(
                ComprehensionKind::Set,
                start,
                &comp.generators,
                &comp.elt,
                None,
            ),
            Expr::DictComp(comp) => match &comp.key {
                Some(key) => self.visit_comprehension(
                    ComprehensionKind::Dict,
                    start,
                    &comp.generators,
                    key,
                    Some(&comp.value),
                ),
                // `{**d for d in ds}` (newer than 3.11, rejected earlier).
                None => self.visit_comprehension(
                    ComprehensionKind::Dict,
                    start,
                    &comp.generators,
                    &comp.value,
                    None,
                ),
            },
            Expr::Yield(yield_) => {
                self.refuse_in_annotation("yield expression", start, end)?;
                if let Some(value) = &yield_.value {
                    self.visit_expr(value)?;
                }
                self.mark_generator(start, end)
            }
            Expr::YieldFrom(yield_from) => {
                self.refuse_in_annotation("yield expression", start, end)?;
                self.visit_expr(&yield_from.value)?;
                self.mark_generator(start, end)
            }
            Expr::Await(await_) => {
                self.refuse_in_annotation("await expression", start, end)?;
                self.visit_expr(&await_.value)?;
                self.cur_scope().is_coroutine = true;
                Ok(())
            }
            Expr::Compare(cmp) => {
                self.visit_expr(&cmp.left)?;
                self.visit_exprs(&cmp.comparators)
            }
            Expr::Call(call) => {
                self.visit_expr(&call.func)?;
                self.visit_exprs(&call.arguments.args)?;
                for keyword in call.arguments.keywords.iter() {
                    self.visit_expr(&keyword.value)?;
                }
                Ok(())
            }
            Expr::FString(fstring) => {
                for element in fstring.value.elements() {
                    self.visit_interpolated(element)?;
                }
                Ok(())
            }
            Expr::TString(tstring) => {
                for element in tstring.value.elements() {
                    self.visit_interpolated(element)?;
                }
                Ok(())
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => Ok(()),
            Expr::Attribute(attr) => self.visit_expr(&attr.value),
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                self.visit_expr(&sub.slice)
            }
            Expr::Starred(starred) => self.visit_expr(&starred.value),
            Expr::Slice(slice) => {
                for part in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
            Expr::Name(name) => {
                let load = name.ctx == ExprContext::Load;
                self.add_def(&name.id, if load { USE } else { DEF_LOCAL }, start, end)?;
                // `super()` needs the `__class__` cell.
                if load
                    && self.scopes[self.cur()].kind == ScopeKind::Function
                    && name.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, start, end)?;
                }
                Ok(())
            }
            Expr::List(list) => self.visit_exprs(&list.elts),
            Expr::Tuple(tuple) => self.visit_exprs(&tuple.elts),
        }
    }

    fn visit_interpolated(&mut self, element: &InterpolatedStringElement) -> VisitResult {
        if let InterpolatedStringElement::Interpolation(field) = element {
            self.visit_expr(&field.expression)?;
            if let Some(spec) = &field.format_spec {
                for inner in spec.elements.iter() {
                    self.visit_interpolated(inner)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, start: usize, end: usize) -> VisitResult {
        let scope = self.cur_scope();
        scope.is_generator = true;
        let msg = match scope.comprehension {
            None => return Ok(()),
            Some(ComprehensionKind::List) => "'yield' inside list comprehension",
            Some(ComprehensionKind::Set) => "'yield' inside set comprehension",
            Some(ComprehensionKind::Dict) => "'yield' inside dict comprehension",
            Some(ComprehensionKind::Generator) => "'yield' inside generator expression",
        };
        Err(self.error(msg, start, end))
    }

    /// `yield`, `await` and walrus are refused inside postponed annotations.
    fn refuse_in_annotation(&self, what: &str, start: usize, end: usize) -> VisitResult {
        if self.scopes[self.cur()].kind == ScopeKind::Annotation {
            return Err(self.error(
                format!("'{what}' can not be used within an annotation"),
                start,
                end,
            ));
        }
        Ok(())
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module
    /// (`symtable_extend_namedexpr_scope`).
    fn extend_named_expr_scope(&mut self, target: &Expr) -> VisitResult {
        let Expr::Name(name) = target else {
            return Ok(());
        };
        let (start, end) = (usize::from(target.start()), usize::from(target.end()));
        let mangled = self.mangle(&name.id);
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(self.error(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{}'",
                            name.id
                        ),
                        start,
                        end,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags_of(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(&name.id, flag, start, end)?;
                    self.record_directive(&name.id, start, end);
                    return self.add_def_in(id, &name.id, DEF_LOCAL, start, end);
                }
                ScopeKind::Module => {
                    self.add_def(&name.id, DEF_GLOBAL, start, end)?;
                    self.record_directive(&name.id, start, end);
                    return self.add_def_in(id, &name.id, DEF_GLOBAL, start, end);
                }
                ScopeKind::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        start,
                        end,
                    ));
                }
                // CPython's loop matches none of its cases for an annotation block and
                // goes on outwards.
                ScopeKind::Annotation => continue,
            }
        }
        Ok(())
    }

    /// Comprehension scopes: the first iterable is evaluated outside, then a function scope
    /// with the implicit parameter `.0` holds the rest.
    fn visit_comprehension(
        &mut self,
        kind: ComprehensionKind,
        at: usize,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> VisitResult {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        let node_range = self.node_range;
        self.cur_scope().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur_scope().comp_iter_expr -= 1;
        self.node_range = node_range;
        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        let id = self.enter_scope_at(ScopeKind::Function, name, at);
        self.node_scopes.insert(self.node_range, id);
        let scope = self.cur_scope();
        scope.comprehension = Some(kind);
        if outermost.is_async {
            scope.is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, at, at)?;
        self.cur_scope().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur_scope().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for generator in &generators[1..] {
            self.cur_scope().comp_iter_target = true;
            self.visit_expr(&generator.target)?;
            self.cur_scope().comp_iter_target = false;
            self.cur_scope().comp_iter_expr += 1;
            self.visit_expr(&generator.iter)?;
            self.cur_scope().comp_iter_expr -= 1;
            self.visit_exprs(&generator.ifs)?;
            if generator.is_async {
                self.cur_scope().is_coroutine = true;
            }
        }
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        let scope = self.cur_scope();
        scope.is_generator = is_generator;
        // An async list/set/dict comprehension makes its enclosing scope a coroutine too.
        let is_async = scope.is_coroutine && !is_generator;
        self.exit_scope();
        if is_async {
            self.cur_scope().is_coroutine = true;
        }
        Ok(())
    }

    /// Defaults are evaluated in the enclosing scope, positional ones then keyword-only.
    pub fn visit_defaults(&mut self, params: &Parameters) -> VisitResult {
        for param in params.posonlyargs.iter().chain(params.args.iter()) {
            if let Some(default) = &param.default {
                self.visit_expr(default)?;
            }
        }
        for param in params.kwonlyargs.iter() {
            if let Some(default) = &param.default {
                self.visit_expr(default)?;
            }
        }
        Ok(())
    }

    /// Parameters in `co_varnames` order.
    pub fn visit_parameters(&mut self, params: &Parameters) -> VisitResult {
        for param in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            let p = &param.parameter;
            self.add_def(
                &p.name.id,
                DEF_PARAM,
                usize::from(p.start()),
                usize::from(p.end()),
            )?;
        }
        if let Some(p) = &params.vararg {
            self.add_def(
                &p.name.id,
                DEF_PARAM,
                usize::from(p.start()),
                usize::from(p.end()),
            )?;
            self.cur_scope().has_varargs = true;
        }
        if let Some(p) = &params.kwarg {
            self.add_def(
                &p.name.id,
                DEF_PARAM,
                usize::from(p.start()),
                usize::from(p.end()),
            )?;
            self.cur_scope().has_varkeywords = true;
        }
        Ok(())
    }

    /// A def's annotations, in the enclosing scope (or one throw-away block for the
    /// parameters and another for the return under `from __future__ import annotations`).
    pub fn visit_annotations(
        &mut self,
        params: &Parameters,
        returns: Option<&Expr>,
        def_start: usize,
    ) -> VisitResult {
        let postponed = self.future_annotations;
        if postponed {
            self.enter_scope_at(ScopeKind::Annotation, "_annotation", def_start);
        }
        fn annotation(p: &ruff_python_ast::ParameterWithDefault) -> Option<&Expr> {
            p.parameter.annotation.as_deref()
        }
        for ann in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(annotation)
        {
            self.visit_expr(ann)?;
        }
        for p in [&params.vararg, &params.kwarg].into_iter().flatten() {
            if let Some(ann) = &p.annotation {
                self.visit_expr(ann)?;
            }
        }
        for ann in params.kwonlyargs.iter().filter_map(annotation) {
            self.visit_expr(ann)?;
        }
        if postponed {
            self.exit_scope();
        }
        if let Some(returns) = returns {
            self.visit_annotation(returns)?;
        }
        Ok(())
    }

    /// One annotation (return or variable annotation).
    pub fn visit_annotation(&mut self, annotation: &Expr) -> VisitResult {
        let postponed = self.future_annotations;
        if postponed {
            self.enter_scope_at(
                ScopeKind::Annotation,
                "_annotation",
                usize::from(annotation.start()),
            );
        }
        self.visit_expr(annotation)?;
        if postponed {
            self.exit_scope();
        }
        Ok(())
    }

    pub fn visit_pattern(&mut self, pattern: &Pattern) -> VisitResult {
        self.enter_recursion(usize::from(pattern.start()))?;
        let (start, end) = (usize::from(pattern.start()), usize::from(pattern.end()));
        match pattern {
            Pattern::MatchValue(p) => self.visit_expr(&p.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(p) => {
                for inner in &p.patterns {
                    self.visit_pattern(inner)?;
                }
            }
            Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.add_def(&name.id, DEF_LOCAL, start, end)?;
                }
            }
            Pattern::MatchMapping(p) => {
                self.visit_exprs(&p.keys)?;
                for inner in p.patterns.iter() {
                    self.visit_pattern(inner)?;
                }
                if let Some(rest) = &p.rest {
                    self.add_def(&rest.id, DEF_LOCAL, start, end)?;
                }
            }
            Pattern::MatchClass(p) => {
                self.visit_expr(&p.cls)?;
                for inner in p.arguments.patterns.iter() {
                    self.visit_pattern(inner)?;
                }
                for keyword in &p.arguments.keywords {
                    self.visit_pattern(&keyword.pattern)?;
                }
            }
            Pattern::MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.visit_pattern(inner)?;
                }
                if let Some(name) = &p.name {
                    self.add_def(&name.id, DEF_LOCAL, start, end)?;
                }
            }
            Pattern::MatchOr(p) => {
                for inner in &p.patterns {
                    self.visit_pattern(inner)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// The `(` opening a call whose only argument is a bare generator expression.
    fn open_paren_before(&self, start: usize) -> usize {
        let bytes = self.index.source().as_bytes();
        let mut i = start.min(bytes.len());
        while i > 0 {
            i -= 1;
            match bytes[i] {
                b'(' => return i,
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => {}
                _ => break,
            }
        }
        start
    }
}
