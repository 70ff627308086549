//! The compiler's parse (the `ruff_python_ast` tree) to `_ast` node objects, as CPython's
//! `ast2obj` gives them for `compile(..., PyCF_ONLY_AST)`: the 3.11 node shapes (`If` chains
//! for `elif`, `JoinedStr` for f-strings, `Constant` for every literal) and positions with
//! 1-based lines and UTF-8 byte columns. This file holds the converter and statements;
//! `convert_expr` and `convert_pattern` the rest.

use std::collections::HashMap;

use compiler::source::LineIndex;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::object::PyObject;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Which tree `compile()` asked for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TreeKind {
    Module,
    Interactive,
}

/// Builds node objects for one source text.
pub struct Converter<'a> {
    pub(super) vm: &'a Vm,
    index: LineIndex<'a>,
    /// The `_ast` module's namespace, where the node classes live.
    ns: PyRef,
    classes: HashMap<&'static str, PyRef>,
    /// One shared instance per bare node (`Load()`, `Add()`, ...), as CPython shares them.
    singletons: HashMap<&'static str, Value>,
}

/// A field value of a node under construction.
pub(super) type Fields = Vec<(&'static str, Value)>;

impl<'a> Converter<'a> {
    pub fn new(vm: &'a Vm, source: &'a str) -> PyResult<Self> {
        let module = vm.import_dotted("_ast")?;
        let ns = module
            .as_obj()
            .and_then(|m| m.dict.clone())
            .ok_or_else(|| vm.type_error("_ast is not a module"))?;
        Ok(Converter {
            vm,
            index: LineIndex::new(source),
            ns,
            classes: HashMap::new(),
            singletons: HashMap::new(),
        })
    }

    pub(super) fn class(&mut self, name: &'static str) -> PyResult<PyRef> {
        if let Some(c) = self.classes.get(name) {
            return Ok(c.clone());
        }
        match self.vm.dict_get_str(&self.ns, name)? {
            Some(Value::Obj(c)) => {
                self.classes.insert(name, c.clone());
                Ok(c)
            }
            _ => Err(self.vm.type_error(format!("_ast has no node class {name}"))),
        }
    }

    /// A node of class `name` with `fields`, located at `range` when it has a position.
    pub(super) fn node(
        &mut self,
        name: &'static str,
        fields: Fields,
        range: Option<TextRange>,
    ) -> PyResult<Value> {
        let cls = self.class(name)?;
        let vm = self.vm;
        let d = vm.new_dict();
        for (k, v) in fields {
            vm.dict_set_str(&d, k, v);
        }
        if let Some(r) = range {
            self.set_position(&d, usize::from(r.start()), usize::from(r.end()));
        }
        let payload = crate::builtins::slots::instance_payload(&cls);
        Ok(Value::Obj(PyObject::with_dict(cls, payload, d)))
    }

    /// `lineno`, `col_offset`, `end_lineno`, `end_col_offset` of the byte range.
    pub(super) fn set_position(&self, d: &PyRef, start: usize, end: usize) {
        let (line, col) = self.index.byte_position(start);
        let (end_line, end_col) = self.index.byte_position(end);
        let vm = self.vm;
        vm.dict_set_str(d, "lineno", Value::Int(i64::from(line)));
        vm.dict_set_str(d, "col_offset", Value::Int(i64::from(col) - 1));
        vm.dict_set_str(d, "end_lineno", Value::Int(i64::from(end_line)));
        vm.dict_set_str(d, "end_col_offset", Value::Int(i64::from(end_col) - 1));
    }

    /// The shared instance of a field-less node (`Load`, `Add`, `Eq`, ...): one per
    /// interpreter, as CPython keeps one per interpreter state, so `op is other_op` holds
    /// across trees. (The interpreter's native-type cache holds them, keyed by class name.)
    pub(super) fn singleton(&mut self, name: &'static str) -> PyResult<Value> {
        if let Some(v) = self.singletons.get(name) {
            return Ok(v.clone());
        }
        let cls = self.class(name)?;
        let vm = self.vm;
        let obj = vm.native_type(name, |vm| {
            let payload = crate::builtins::slots::instance_payload(&cls);
            PyObject::with_dict(cls.clone(), payload, vm.new_dict())
        });
        let v = Value::Obj(obj);
        self.singletons.insert(name, v.clone());
        Ok(v)
    }

    pub(super) fn source(&self) -> &'a str {
        self.index.source()
    }

    pub(super) fn str(&self, s: &str) -> Value {
        self.vm.new_str(s)
    }

    pub(super) fn opt_str(&self, s: Option<&str>) -> Value {
        s.map_or(Value::None, |s| self.vm.new_str(s))
    }

    pub(super) fn list(&self, items: Vec<Value>) -> Value {
        self.vm.new_list(items)
    }

    /// The tree of a whole module (`Module`) or interactive statement (`Interactive`).
    pub fn module(&mut self, m: &ast::ModModule, kind: TreeKind) -> PyResult<Value> {
        let body = self.stmts(&m.body)?;
        match kind {
            TreeKind::Module => {
                let ignores = self.list(Vec::new());
                self.node(
                    "Module",
                    vec![("body", body), ("type_ignores", ignores)],
                    None,
                )
            }
            TreeKind::Interactive => self.node("Interactive", vec![("body", body)], None),
        }
    }

    /// The tree of an `eval`-mode expression (`Expression`).
    pub fn expression(&mut self, e: &ast::ModExpression) -> PyResult<Value> {
        let body = self.expr(&e.body)?;
        self.node("Expression", vec![("body", body)], None)
    }

    pub(super) fn stmts(&mut self, body: &[Stmt]) -> PyResult<Value> {
        let items = body
            .iter()
            .map(|s| self.stmt(s))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(self.list(items))
    }

    /// Where a decorated `def` or `class` starts for CPython: at its keyword (or `async`),
    /// after the decorator lines (the parser's range starts at the first `@`).
    fn after_decorators(&self, decorators: &[ast::Decorator], range: TextRange) -> TextRange {
        let Some(last) = decorators.last() else {
            return range;
        };
        let bytes = self.source().as_bytes();
        let mut i = usize::from(last.end());
        let mut in_comment = false;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' | b'\r' => in_comment = false,
                b'#' => in_comment = true,
                b' ' | b'\t' | b'\x0c' | b'\\' => {}
                _ if in_comment => {}
                _ => break,
            }
            i += 1;
        }
        let start = ruff_text_size::TextSize::try_from(i).unwrap_or(range.start());
        TextRange::new(start.min(range.end()), range.end())
    }

    fn stmt(&mut self, s: &Stmt) -> PyResult<Value> {
        let r = Some(s.range());
        match s {
            Stmt::FunctionDef(f) => {
                let args = self.arguments(Some(&f.parameters))?;
                let body = self.stmts(&f.body)?;
                let decos = self.decorators(&f.decorator_list)?;
                let returns = self.opt_expr(f.returns.as_deref())?;
                let name = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let fields = vec![
                    ("name", self.str(f.name.as_str())),
                    ("args", args),
                    ("body", body),
                    ("decorator_list", decos),
                    ("returns", returns),
                    ("type_comment", Value::None),
                ];
                let range = self.after_decorators(&f.decorator_list, f.range);
                self.node(name, fields, Some(range))
            }
            Stmt::ClassDef(c) => {
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (self.exprs(&a.args)?, self.keywords(&a.keywords)?),
                    None => (self.list(Vec::new()), self.list(Vec::new())),
                };
                let body = self.stmts(&c.body)?;
                let decos = self.decorators(&c.decorator_list)?;
                let fields = vec![
                    ("name", self.str(c.name.as_str())),
                    ("bases", bases),
                    ("keywords", keywords),
                    ("body", body),
                    ("decorator_list", decos),
                ];
                let range = self.after_decorators(&c.decorator_list, c.range);
                self.node("ClassDef", fields, Some(range))
            }
            Stmt::Return(x) => {
                let v = self.opt_expr(x.value.as_deref())?;
                self.node("Return", vec![("value", v)], r)
            }
            Stmt::Delete(x) => {
                let t = self.exprs(&x.targets)?;
                self.node("Delete", vec![("targets", t)], r)
            }
            Stmt::Assign(x) => {
                let t = self.exprs(&x.targets)?;
                let v = self.expr(&x.value)?;
                let fields = vec![("targets", t), ("value", v), ("type_comment", Value::None)];
                self.node("Assign", fields, r)
            }
            Stmt::AugAssign(x) => {
                let t = self.expr(&x.target)?;
                let op = self.operator(x.op)?;
                let v = self.expr(&x.value)?;
                self.node(
                    "AugAssign",
                    vec![("target", t), ("op", op), ("value", v)],
                    r,
                )
            }
            Stmt::AnnAssign(x) => {
                let fields = vec![
                    ("target", self.expr(&x.target)?),
                    ("annotation", self.expr(&x.annotation)?),
                    ("value", self.opt_expr(x.value.as_deref())?),
                    ("simple", Value::Int(i64::from(x.simple))),
                ];
                self.node("AnnAssign", fields, r)
            }
            Stmt::For(x) => {
                let fields = vec![
                    ("target", self.expr(&x.target)?),
                    ("iter", self.expr(&x.iter)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                    ("type_comment", Value::None),
                ];
                self.node(if x.is_async { "AsyncFor" } else { "For" }, fields, r)
            }
            Stmt::While(x) => {
                let fields = vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                ];
                self.node("While", fields, r)
            }
            Stmt::If(x) => {
                let test = self.expr(&x.test)?;
                let body = self.stmts(&x.body)?;
                let orelse = self.elif_chain(&x.elif_else_clauses)?;
                let fields = vec![("test", test), ("body", body), ("orelse", orelse)];
                self.node("If", fields, r)
            }
            Stmt::With(x) => {
                let mut items = Vec::new();
                for item in &x.items {
                    let fields = vec![
                        ("context_expr", self.expr(&item.context_expr)?),
                        (
                            "optional_vars",
                            self.opt_expr(item.optional_vars.as_deref())?,
                        ),
                    ];
                    items.push(self.node("withitem", fields, None)?);
                }
                let fields = vec![
                    ("items", self.list(items)),
                    ("body", self.stmts(&x.body)?),
                    ("type_comment", Value::None),
                ];
                self.node(if x.is_async { "AsyncWith" } else { "With" }, fields, r)
            }
            Stmt::Match(x) => {
                let subject = self.expr(&x.subject)?;
                let mut cases = Vec::new();
                for c in &x.cases {
                    cases.push(self.match_case(c)?);
                }
                let fields = vec![("subject", subject), ("cases", self.list(cases))];
                self.node("Match", fields, r)
            }
            Stmt::Raise(x) => {
                let fields = vec![
                    ("exc", self.opt_expr(x.exc.as_deref())?),
                    ("cause", self.opt_expr(x.cause.as_deref())?),
                ];
                self.node("Raise", fields, r)
            }
            Stmt::Try(x) => {
                let mut handlers = Vec::new();
                for h in &x.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let fields = vec![
                        ("type", self.opt_expr(h.type_.as_deref())?),
                        ("name", self.opt_str(h.name.as_ref().map(|n| n.as_str()))),
                        ("body", self.stmts(&h.body)?),
                    ];
                    handlers.push(self.node("ExceptHandler", fields, Some(h.range))?);
                }
                let fields = vec![
                    ("body", self.stmts(&x.body)?),
                    ("handlers", self.list(handlers)),
                    ("orelse", self.stmts(&x.orelse)?),
                    ("finalbody", self.stmts(&x.finalbody)?),
                ];
                self.node(if x.is_star { "TryStar" } else { "Try" }, fields, r)
            }
            Stmt::Assert(x) => {
                let fields = vec![
                    ("test", self.expr(&x.test)?),
                    ("msg", self.opt_expr(x.msg.as_deref())?),
                ];
                self.node("Assert", fields, r)
            }
            Stmt::Import(x) => {
                let names = self.aliases(&x.names)?;
                self.node("Import", vec![("names", names)], r)
            }
            Stmt::ImportFrom(x) => {
                let fields = vec![
                    (
                        "module",
                        self.opt_str(x.module.as_ref().map(|m| m.as_str())),
                    ),
                    ("names", self.aliases(&x.names)?),
                    ("level", Value::Int(i64::from(x.level))),
                ];
                self.node("ImportFrom", fields, r)
            }
            Stmt::Global(x) => {
                let names = x.names.iter().map(|n| self.str(n.as_str())).collect();
                self.node("Global", vec![("names", self.list(names))], r)
            }
            Stmt::Nonlocal(x) => {
                let names = x.names.iter().map(|n| self.str(n.as_str())).collect();
                self.node("Nonlocal", vec![("names", self.list(names))], r)
            }
            Stmt::Expr(x) => {
                let v = self.expr(&x.value)?;
                self.node("Expr", vec![("value", v)], r)
            }
            Stmt::Pass(_) => self.node("Pass", Vec::new(), r),
            Stmt::Break(_) => self.node("Break", Vec::new(), r),
            Stmt::Continue(_) => self.node("Continue", Vec::new(), r),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {
                Err(self.vm.value_error("syntax newer than Python 3.11"))
            }
        }
    }

    /// `elif` clauses become an `If` nested in `orelse`, spanning from its `elif` to the end
    /// of the chain; a final `else` contributes its statements.
    fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> PyResult<Value> {
        let Some(first) = clauses.first() else {
            return Ok(self.list(Vec::new()));
        };
        let Some(test) = &first.test else {
            return self.stmts(&first.body);
        };
        let test = self.expr(test)?;
        let body = self.stmts(&first.body)?;
        let orelse = self.elif_chain(&clauses[1..])?;
        let end = clauses.last().map_or(first.range.end(), |c| c.range.end());
        let range = TextRange::new(first.range.start(), end);
        let fields = vec![("test", test), ("body", body), ("orelse", orelse)];
        let node = self.node("If", fields, Some(range))?;
        Ok(self.list(vec![node]))
    }

    fn decorators(&mut self, decos: &[ast::Decorator]) -> PyResult<Value> {
        let items = decos
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(self.list(items))
    }

    fn aliases(&mut self, names: &[ast::Alias]) -> PyResult<Value> {
        let mut items = Vec::new();
        for a in names {
            let fields = vec![
                ("name", self.str(a.name.as_str())),
                (
                    "asname",
                    self.opt_str(a.asname.as_ref().map(|n| n.as_str())),
                ),
            ];
            items.push(self.node("alias", fields, Some(a.range))?);
        }
        Ok(self.list(items))
    }
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the syntax tree of `source`.
pub fn parse_to_ast(vm: &Vm, source: &str, filename: &str, mode: &str) -> PyResult<Value> {
    let syntax_error = |e: compiler::SyntaxError| vm.syntax_error_from(&e);
    let mut conv = Converter::new(vm, source)?;
    match mode {
        "eval" => {
            let e = compiler::parse::parse_expression(source, filename).map_err(syntax_error)?;
            conv.expression(&e)
        }
        _ => {
            let parsed = compiler::parse_module(source, filename).map_err(syntax_error)?;
            let kind = if mode == "single" {
                TreeKind::Interactive
            } else {
                TreeKind::Module
            };
            conv.module(parsed.syntax(), kind)
        }
    }
}
