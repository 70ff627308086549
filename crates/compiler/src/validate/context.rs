//! The compiler's context checks, in the order CPython 3.11's `compile.c` meets them while
//! generating code: each statement and expression is checked against the scope it is in
//! (module, class, function, lambda, comprehension) and the enclosing loops and `except*`
//! handlers (CPython's "frame block" stack).
//!
//! Order matters when a file has several errors, and compile order is not source order
//! everywhere: an assignment compiles its value before its targets, a class its body before
//! its bases, a comprehension its body before its first iterable, `try` its `else` before
//! its handlers. Positions are those of the node being compiled (UTF-8 byte columns, no
//! `text`, as CPython's compiler errors).

use ruff_python_ast::{
    Comprehension, ExceptHandler, Expr, ExprContext, Keyword, ModModule, Parameters, Stmt,
};
use ruff_text_size::Ranged;

use super::patterns;
use crate::error::{ErrorKind, SyntaxError};
use crate::source::LineIndex;
use crate::symtable::SymbolTable;

/// What kind of code object the checked code ends up in (CPython's `u_scope_type`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Module,
    Class,
    Function { is_async: bool, is_generator: bool },
    Lambda,
    Comprehension,
}

/// An entry of CPython's frame-block stack that the checks care about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Loop,
    /// The body of an `except*` handler: no `break`, `continue` or `return` may leave it.
    ExceptStar,
}

struct Frame {
    unit: Unit,
    blocks: Vec<Block>,
}

pub(super) struct Checker<'a> {
    index: LineIndex<'a>,
    filename: &'a str,
    future_annotations: bool,
    /// Line of the last `from __future__` import of the file's leading block (CPython's
    /// `ff_lineno`): later ones are errors.
    future_line: u32,
    frames: Vec<Frame>,
}

type Check = Result<(), SyntaxError>;

/// Check a whole module.
pub(super) fn check(
    module: &ModModule,
    table: &SymbolTable,
    source: &str,
    filename: &str,
) -> Check {
    let index = LineIndex::new(source);
    let future_line = leading_future_line(module, &index);
    let mut checker = Checker {
        index,
        filename,
        future_annotations: table.future_annotations,
        future_line,
        frames: vec![Frame {
            unit: Unit::Module,
            blocks: Vec::new(),
        }],
    };
    checker.body(&module.body)
}

impl Checker<'_> {
    /// A compiler error over `node` (byte columns, no text).
    pub(super) fn error(&self, msg: impl Into<String>, node: &impl Ranged) -> SyntaxError {
        let (start, end) = (usize::from(node.start()), usize::from(node.end()));
        self.index.compile_error(msg, self.filename, start, end)
    }

    fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("module frame")
    }

    fn unit(&self) -> Unit {
        self.frames.last().map_or(Unit::Module, |f| f.unit)
    }

    fn in_unit(&mut self, unit: Unit, f: impl FnOnce(&mut Self) -> Check) -> Check {
        self.frames.push(Frame {
            unit,
            blocks: Vec::new(),
        });
        let result = f(self);
        self.frames.pop();
        result
    }

    fn in_block(&mut self, block: Block, f: impl FnOnce(&mut Self) -> Check) -> Check {
        self.frame().blocks.push(block);
        let result = f(self);
        self.frame().blocks.pop();
        result
    }

    fn is_function(&self) -> bool {
        !matches!(self.unit(), Unit::Module | Unit::Class)
    }

    /// CPython's `compiler_unwind_fblock_stack`: leaving through an `except*` body is an
    /// error; `Ok(true)` when a loop was reached first (for `break`/`continue`).
    fn unwind(&self, node: &impl Ranged) -> Result<bool, SyntaxError> {
        let blocks = self.frames.last().map_or(&[][..], |f| &f.blocks[..]);
        // Only the innermost block matters: a loop stops the unwinding, an `except*` body
        // refuses it.
        match blocks.last() {
            Some(Block::ExceptStar) => Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                node,
            )),
            Some(Block::Loop) => Ok(true),
            None => Ok(false),
        }
    }

    fn body(&mut self, body: &[Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs<'e>(&mut self, exprs: impl IntoIterator<Item = &'e Expr>) -> Check {
        exprs.into_iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Check {
        match stmt {
            Stmt::FunctionDef(def) => {
                for decorator in &def.decorator_list {
                    self.expr(&decorator.expression)?;
                }
                self.parameters(&def.parameters, true)?;
                if !self.future_annotations {
                    if let Some(returns) = &def.returns {
                        self.expr(returns)?;
                    }
                }
                let unit = Unit::Function {
                    is_async: def.is_async,
                    is_generator: body_yields(&def.body),
                };
                self.in_unit(unit, |c| c.body(&def.body))
            }
            Stmt::ClassDef(class) => {
                for decorator in &class.decorator_list {
                    self.expr(&decorator.expression)?;
                }
                self.in_unit(Unit::Class, |c| c.body(&class.body))?;
                match &class.arguments {
                    Some(arguments) => self.call_arguments(&arguments.args, &arguments.keywords),
                    None => Ok(()),
                }
            }
            Stmt::Return(ret) => {
                if !matches!(self.unit(), Unit::Function { .. } | Unit::Lambda) {
                    return Err(self.error("'return' outside function", stmt));
                }
                let in_async_generator = matches!(
                    self.unit(),
                    Unit::Function {
                        is_async: true,
                        is_generator: true
                    }
                );
                if ret.value.is_some() && in_async_generator {
                    return Err(self.error("'return' with value in async generator", stmt));
                }
                match ret.value.as_deref() {
                    Some(value) if !is_constant(value) => self.expr(value)?,
                    _ => {}
                }
                // A constant value is not compiled before unwinding; CPython then points at
                // the value when it shares the statement's line.
                let at = match ret.value.as_deref() {
                    Some(value)
                        if is_constant(value)
                            && self.index.line_of(usize::from(value.start()))
                                == self.index.line_of(usize::from(stmt.start())) =>
                    {
                        value.range()
                    }
                    _ => stmt.range(),
                };
                self.unwind(&at)?;
                Ok(())
            }
            Stmt::Delete(del) => self.exprs(&del.targets),
            Stmt::Assign(assign) => {
                self.expr(&assign.value)?;
                self.exprs(&assign.targets)
            }
            Stmt::AugAssign(aug) => {
                self.expr(&aug.target)?;
                self.expr(&aug.value)
            }
            Stmt::AnnAssign(ann) => {
                if let Some(value) = &ann.value {
                    self.expr(value)?;
                }
                self.expr(&ann.target)?;
                if !self.future_annotations && !self.is_function() {
                    self.expr(&ann.annotation)?;
                }
                Ok(())
            }
            Stmt::For(for_) => {
                if for_.is_async && !self.async_allowed() {
                    return Err(self.error("'async for' outside async function", stmt));
                }
                self.expr(&for_.iter)?;
                self.in_block(Block::Loop, |c| {
                    c.expr(&for_.target)?;
                    c.body(&for_.body)
                })?;
                self.body(&for_.orelse)
            }
            Stmt::While(while_) => {
                self.expr(&while_.test)?;
                self.in_block(Block::Loop, |c| c.body(&while_.body))?;
                self.body(&while_.orelse)
            }
            Stmt::If(if_) => {
                self.expr(&if_.test)?;
                self.body(&if_.body)?;
                for clause in &if_.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.expr(test)?;
                    }
                    self.body(&clause.body)?;
                }
                Ok(())
            }
            Stmt::With(with) => {
                if with.is_async && !self.async_allowed() {
                    return Err(self.error("'async with' outside async function", stmt));
                }
                for item in &with.items {
                    self.expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.expr(vars)?;
                    }
                }
                self.body(&with.body)
            }
            Stmt::Match(match_) => {
                self.expr(&match_.subject)?;
                let count = match_.cases.len();
                for (i, case) in match_.cases.iter().enumerate() {
                    let allow_irrefutable = case.guard.is_some() || i + 1 == count;
                    patterns::check_case(self, &case.pattern, allow_irrefutable)?;
                    if let Some(guard) = &case.guard {
                        self.expr(guard)?;
                    }
                    self.body(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.expr(exc)?;
                }
                if let Some(cause) = &raise.cause {
                    self.expr(cause)?;
                }
                Ok(())
            }
            Stmt::Try(try_) => {
                self.body(&try_.body)?;
                self.body(&try_.orelse)?;
                let count = try_.handlers.len();
                for (i, handler) in try_.handlers.iter().enumerate() {
                    let ExceptHandler::ExceptHandler(handler) = handler;
                    if handler.type_.is_none() && i + 1 < count {
                        return Err(self.error("default 'except:' must be last", handler));
                    }
                    if let Some(type_) = &handler.type_ {
                        self.expr(type_)?;
                    }
                    if try_.is_star {
                        self.in_block(Block::ExceptStar, |c| c.body(&handler.body))?;
                    } else {
                        self.body(&handler.body)?;
                    }
                }
                self.body(&try_.finalbody)
            }
            Stmt::Assert(assert) => {
                self.expr(&assert.test)?;
                if let Some(msg) = &assert.msg {
                    self.expr(msg)?;
                }
                Ok(())
            }
            Stmt::Expr(expr) => self.expr(&expr.value),
            Stmt::Break(_) => {
                if !self.unwind(stmt)? {
                    return Err(self.error("'break' outside loop", stmt));
                }
                Ok(())
            }
            Stmt::Continue(_) => {
                if !self.unwind(stmt)? {
                    return Err(self.error("'continue' not properly in loop", stmt));
                }
                Ok(())
            }
            Stmt::ImportFrom(import)
                if import.module.as_ref().is_some_and(|m| m.id == "__future__")
                    && self.index.line_of(usize::from(stmt.start())) > self.future_line =>
            {
                Err(self.error(
                    "from __future__ imports must occur at the beginning of the file",
                    stmt,
                ))
            }
            Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Pass(_)
            | Stmt::TypeAlias(_)
            | Stmt::IpyEscapeCommand(_) => Ok(()),
        }
    }

    /// `async for`/`async with` need an `async def` (CPython's `COMPILER_SCOPE_ASYNC_FUNCTION`).
    fn async_allowed(&self) -> bool {
        matches!(self.unit(), Unit::Function { is_async: true, .. })
    }

    /// Defaults (and, without `from __future__ import annotations`, annotations) are compiled
    /// in the enclosing scope.
    fn parameters(&mut self, parameters: &Parameters, annotations: bool) -> Check {
        for param in parameters.posonlyargs.iter().chain(&parameters.args) {
            if let Some(default) = &param.default {
                self.expr(default)?;
            }
        }
        for param in &parameters.kwonlyargs {
            if let Some(default) = &param.default {
                self.expr(default)?;
            }
        }
        if annotations && !self.future_annotations {
            for param in parameters.iter() {
                match param.annotation() {
                    // `*args: *Ts` (PEP 646) unpacks the annotation.
                    Some(Expr::Starred(starred)) => self.expr(&starred.value)?,
                    Some(annotation) => self.expr(annotation)?,
                    None => {}
                }
            }
        }
        Ok(())
    }

    /// Arguments of a call or class bases: repeated keywords are refused before any argument
    /// is compiled; a `*x` argument is unpacking, not a starred expression.
    fn call_arguments(&mut self, args: &[Expr], keywords: &[Keyword]) -> Check {
        for (i, keyword) in keywords.iter().enumerate() {
            let Some(arg) = &keyword.arg else { continue };
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.id == arg.id))
            {
                return Err(self.error(format!("keyword argument repeated: {}", arg.id), other));
            }
        }
        for arg in args {
            match arg {
                Expr::Starred(starred) => self.expr(&starred.value)?,
                _ => self.expr(arg)?,
            }
        }
        keywords.iter().try_for_each(|k| self.expr(&k.value))
    }

    /// Elements of a list, tuple or set display (or target): `*x` there is unpacking.
    fn elements(&mut self, node: &Expr, elts: &[Expr], ctx: ExprContext) -> Check {
        let starred = elts.iter().filter(|e| e.is_starred_expr()).count();
        if ctx == ExprContext::Store && starred > 1 {
            return Err(self.error("multiple starred expressions in assignment", node));
        }
        for elt in elts {
            match elt {
                Expr::Starred(s) => self.expr(&s.value)?,
                _ => self.expr(elt)?,
            }
        }
        Ok(())
    }

    pub(super) fn expr(&mut self, expr: &Expr) -> Check {
        match expr {
            Expr::Starred(starred) => Err(self.error(
                if starred.ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                },
                expr,
            )),
            Expr::List(list) => self.elements(expr, &list.elts, list.ctx),
            Expr::Tuple(tuple) => self.elements(expr, &tuple.elts, tuple.ctx),
            Expr::Set(set) => self.elements(expr, &set.elts, ExprContext::Load),
            Expr::Call(call) => {
                self.expr(&call.func)?;
                self.call_arguments(&call.arguments.args, &call.arguments.keywords)
            }
            Expr::Yield(yield_) => {
                if !self.is_function() {
                    return Err(self.error("'yield' outside function", expr));
                }
                match &yield_.value {
                    Some(value) => self.expr(value),
                    None => Ok(()),
                }
            }
            Expr::YieldFrom(yield_from) => {
                if !self.is_function() {
                    return Err(self.error("'yield' outside function", expr));
                }
                if self.async_allowed() {
                    return Err(self.error("'yield from' inside async function", expr));
                }
                self.expr(&yield_from.value)
            }
            Expr::Await(await_) => {
                if !self.is_function() {
                    return Err(self.error("'await' outside function", expr));
                }
                if !self.async_allowed() && self.unit() != Unit::Comprehension {
                    return Err(self.error("'await' outside async function", expr));
                }
                self.expr(&await_.value)
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.parameters(parameters, false)?;
                }
                self.in_unit(Unit::Lambda, |c| c.expr(&lambda.body))
            }
            Expr::ListComp(comp) => {
                self.comprehension(expr, &comp.generators, false, |c| c.expr(&comp.elt))
            }
            Expr::SetComp(comp) => {
                self.comprehension(expr, &comp.generators, false, |c| c.expr(&comp.elt))
            }
            Expr::Generator(comp) => {
                self.comprehension(expr, &comp.generators, true, |c| c.expr(&comp.elt))
            }
            Expr::DictComp(comp) => self.comprehension(expr, &comp.generators, false, |c| {
                if let Some(key) = &comp.key {
                    c.expr(key)?;
                }
                c.expr(&comp.value)
            }),
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                match &*sub.slice {
                    // `a[*b]` is a one-element tuple index (PEP 646).
                    Expr::Starred(starred) => self.expr(&starred.value),
                    slice => self.expr(slice),
                }
            }
            Expr::Dict(dict) => {
                for item in &dict.items {
                    if let Some(key) = &item.key {
                        self.expr(key)?;
                    }
                    self.expr(&item.value)?;
                }
                Ok(())
            }
            Expr::BoolOp(op) => self.exprs(&op.values),
            Expr::Named(named) => {
                self.expr(&named.value)?;
                self.expr(&named.target)
            }
            Expr::BinOp(op) => {
                self.expr(&op.left)?;
                self.expr(&op.right)
            }
            Expr::UnaryOp(op) => self.expr(&op.operand),
            Expr::If(if_) => {
                self.expr(&if_.test)?;
                self.expr(&if_.body)?;
                self.expr(&if_.orelse)
            }
            Expr::Compare(cmp) => {
                self.expr(&cmp.left)?;
                self.exprs(&cmp.comparators)
            }
            Expr::FString(fstring) => {
                for element in fstring.value.elements() {
                    if let Some(interpolation) = element.as_interpolation() {
                        self.expr(&interpolation.expression)?;
                        if let Some(spec) = &interpolation.format_spec {
                            for inner in &spec.elements {
                                if let Some(i) = inner.as_interpolation() {
                                    self.expr(&i.expression)?;
                                }
                            }
                        }
                    }
                }
                Ok(())
            }
            Expr::Attribute(attr) => self.expr(&attr.value),
            Expr::Slice(slice) => {
                for part in [&slice.lower, &slice.upper, &slice.step]
                    .into_iter()
                    .flatten()
                {
                    self.expr(part)?;
                }
                Ok(())
            }
            Expr::Name(_)
            | Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => Ok(()),
        }
    }

    /// A comprehension: its body compiles in a new function unit, then its first iterable in
    /// the enclosing one. An asynchronous list/set/dict comprehension needs an enclosing
    /// `async def` or comprehension (generator expressions may be async anywhere).
    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[Comprehension],
        is_generator: bool,
        element: impl FnOnce(&mut Self) -> Check,
    ) -> Check {
        let enclosing = self.unit();
        let enclosing_ok = matches!(
            enclosing,
            Unit::Function { is_async: true, .. } | Unit::Comprehension
        );
        if !is_generator && !enclosing_ok && comprehension_is_async(generators, node) {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                node,
            ));
        }
        self.in_unit(Unit::Comprehension, |c| {
            for (i, generator) in generators.iter().enumerate() {
                if i > 0 {
                    c.expr(&generator.iter)?;
                }
                c.expr(&generator.target)?;
                c.exprs(&generator.ifs)?;
            }
            element(c)
        })?;
        match generators.first() {
            Some(first) => self.expr(&first.iter),
            None => Ok(()),
        }
    }
}

/// CPython's `future.c` check, made before the symbol table: a `from __future__` import
/// after another statement on the same line as it (`import os; from __future__ import x`).
/// The error has no end column and its offset is one less than usual.
pub(super) fn check_future_placement(module: &ModModule, source: &str, filename: &str) -> Check {
    let index = LineIndex::new(source);
    let (mut done, mut previous_line) = (false, 0);
    for (i, stmt) in module.body.iter().enumerate() {
        let line = index.line_of(usize::from(stmt.start()));
        if done && line > previous_line {
            return Ok(());
        }
        previous_line = line;
        match stmt {
            Stmt::ImportFrom(import)
                if import.module.as_ref().is_some_and(|m| m.id == "__future__") =>
            {
                if done {
                    // 3.11 passes the 0-based column here (`col_offset` without the +1).
                    let (lineno, column) = index.byte_position(usize::from(stmt.start()));
                    let offset = column - 1;
                    return Err(SyntaxError {
                        kind: ErrorKind::SyntaxError,
                        msg: "from __future__ imports must occur at the beginning of the file"
                            .into(),
                        filename: filename.to_string(),
                        lineno,
                        offset,
                        end_lineno: lineno,
                        end_offset: 0,
                        text: None,
                    });
                }
            }
            Stmt::Expr(expr) if i == 0 && expr.value.is_string_literal_expr() => {}
            _ => done = true,
        }
    }
    Ok(())
}

/// The line of the last `from __future__` import before any other statement (a docstring
/// may come first); 0 when there is none.
fn leading_future_line(module: &ModModule, index: &LineIndex) -> u32 {
    let mut line = 0;
    for (i, stmt) in module.body.iter().enumerate() {
        match stmt {
            Stmt::ImportFrom(import)
                if import.module.as_ref().is_some_and(|m| m.id == "__future__") =>
            {
                line = index.line_of(usize::from(stmt.start()));
            }
            Stmt::Expr(expr) if i == 0 && expr.value.is_string_literal_expr() => {}
            _ => break,
        }
    }
    line
}

/// Constants are not compiled before a `return` unwinds (CPython's `preserve_tos`).
fn is_constant(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// Whether a function body contains `yield` in its own scope (making it a generator).
fn body_yields(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            // Nested functions and classes are scopes of their own.
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) && !self.0 {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_) => {}
                _ if !self.0 => walk_expr(self, expr),
                _ => {}
            }
        }
    }
    let mut finder = Finder(false);
    finder.visit_body(body);
    finder.0
}

/// Whether a comprehension is asynchronous: an `async for` clause, or an `await` (also one
/// inside a nested list/set/dict comprehension, which makes that one asynchronous and,
/// through it, this one) outside its first iterable.
fn comprehension_is_async(generators: &[Comprehension], node: &Expr) -> bool {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Await(_) => self.0 = true,
                Expr::Lambda(_) | Expr::Generator(_) => {}
                Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => {
                    let generators = match expr {
                        Expr::ListComp(c) => &c.generators,
                        Expr::SetComp(c) => &c.generators,
                        Expr::DictComp(c) => &c.generators,
                        _ => return,
                    };
                    if comprehension_is_async(generators, expr) {
                        self.0 = true;
                    }
                }
                _ if !self.0 => walk_expr(self, expr),
                _ => {}
            }
        }
    }
    if generators.iter().any(|g| g.is_async) {
        return true;
    }
    let mut finder = Finder(false);
    for (i, generator) in generators.iter().enumerate() {
        if i > 0 {
            finder.visit_expr(&generator.iter);
        }
        finder.visit_expr(&generator.target);
        for cond in &generator.ifs {
            finder.visit_expr(cond);
        }
    }
    match node {
        Expr::ListComp(c) => finder.visit_expr(&c.elt),
        Expr::SetComp(c) => finder.visit_expr(&c.elt),
        Expr::DictComp(c) => {
            if let Some(key) = &c.key {
                finder.visit_expr(key);
            }
            finder.visit_expr(&c.value);
        }
        _ => {}
    }
    finder.0
}
