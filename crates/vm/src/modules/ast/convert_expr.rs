//! Expressions and their parts (`arguments`, `arg`, `keyword`, `comprehension`) as `_ast`
//! nodes. Every literal becomes a `Constant`; f-strings become 3.11's `JoinedStr` of
//! `Constant` and `FormattedValue` pieces, which all carry the whole string's position.

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, ConversionFlag, Expr, InterpolatedStringElement, Number};
use ruff_text_size::{Ranged, TextRange};

use super::convert::{Converter, Fields};
use crate::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::PyResult;

/// A piece of an f-string before it becomes a node: literal text (adjacent pieces merge,
/// as CPython's parser merges them) or a `FormattedValue`.
enum Piece {
    Text(String),
    Value(Value),
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text(t)) = pieces.last_mut() {
        t.push_str(text);
    } else {
        pieces.push(Piece::Text(text.to_string()));
    }
}

impl Converter<'_> {
    pub(super) fn opt_expr(&mut self, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(Value::None),
        }
    }

    pub(super) fn exprs(&mut self, es: &[Expr]) -> PyResult<Value> {
        let items = es
            .iter()
            .map(|e| self.expr(e))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(self.list(items))
    }

    fn ctx(&mut self, ctx: ast::ExprContext) -> PyResult<Value> {
        self.singleton(match ctx {
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
            ast::ExprContext::Load | ast::ExprContext::Invalid => "Load",
        })
    }

    pub(super) fn operator(&mut self, op: ast::Operator) -> PyResult<Value> {
        use ast::Operator as O;
        self.singleton(match op {
            O::Add => "Add",
            O::Sub => "Sub",
            O::Mult => "Mult",
            O::MatMult => "MatMult",
            O::Div => "Div",
            O::Mod => "Mod",
            O::Pow => "Pow",
            O::LShift => "LShift",
            O::RShift => "RShift",
            O::BitOr => "BitOr",
            O::BitXor => "BitXor",
            O::BitAnd => "BitAnd",
            O::FloorDiv => "FloorDiv",
        })
    }

    fn cmpop(&mut self, op: ast::CmpOp) -> PyResult<Value> {
        use ast::CmpOp as C;
        self.singleton(match op {
            C::Eq => "Eq",
            C::NotEq => "NotEq",
            C::Lt => "Lt",
            C::LtE => "LtE",
            C::Gt => "Gt",
            C::GtE => "GtE",
            C::Is => "Is",
            C::IsNot => "IsNot",
            C::In => "In",
            C::NotIn => "NotIn",
        })
    }

    /// A `Constant` node.
    pub(super) fn constant(
        &mut self,
        value: Value,
        kind: Value,
        range: TextRange,
    ) -> PyResult<Value> {
        self.node(
            "Constant",
            vec![("value", value), ("kind", kind)],
            Some(range),
        )
    }

    /// The value of a number literal.
    pub(super) fn number(&self, n: &Number) -> Value {
        let vm = self.vm;
        match n {
            Number::Int(i) => match i.as_i64() {
                Some(v) => Value::Int(v),
                None => vm.new_bigint(parse_int(&i.to_string()).unwrap_or_default()),
            },
            Number::Float(f) => Value::Float(*f),
            Number::Complex { real, imag } => Value::Obj(PyObject::new(
                vm.types().complex.clone(),
                Payload::Complex(*real, *imag),
            )),
        }
    }

    pub(super) fn expr(&mut self, e: &Expr) -> PyResult<Value> {
        let r = Some(e.range());
        let (name, fields): (&'static str, Fields) = match e {
            Expr::BoolOp(x) => {
                let op = self.singleton(match x.op {
                    ast::BoolOp::And => "And",
                    ast::BoolOp::Or => "Or",
                })?;
                (
                    "BoolOp",
                    vec![("op", op), ("values", self.exprs(&x.values)?)],
                )
            }
            Expr::Named(x) => (
                "NamedExpr",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("value", self.expr(&x.value)?),
                ],
            ),
            Expr::BinOp(x) => (
                "BinOp",
                vec![
                    ("left", self.expr(&x.left)?),
                    ("op", self.operator(x.op)?),
                    ("right", self.expr(&x.right)?),
                ],
            ),
            Expr::UnaryOp(x) => {
                let op = self.singleton(match x.op {
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                })?;
                (
                    "UnaryOp",
                    vec![("op", op), ("operand", self.expr(&x.operand)?)],
                )
            }
            Expr::Lambda(x) => (
                "Lambda",
                vec![
                    ("args", self.arguments(x.parameters.as_deref())?),
                    ("body", self.expr(&x.body)?),
                ],
            ),
            Expr::If(x) => (
                "IfExp",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.expr(&x.body)?),
                    ("orelse", self.expr(&x.orelse)?),
                ],
            ),
            Expr::Dict(x) => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for item in &x.items {
                    keys.push(self.opt_expr(item.key.as_ref())?);
                    values.push(self.expr(&item.value)?);
                }
                (
                    "Dict",
                    vec![("keys", self.list(keys)), ("values", self.list(values))],
                )
            }
            Expr::Set(x) => ("Set", vec![("elts", self.exprs(&x.elts)?)]),
            Expr::ListComp(x) => (
                "ListComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
            ),
            Expr::SetComp(x) => (
                "SetComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
            ),
            Expr::DictComp(x) => (
                "DictComp",
                vec![
                    ("key", self.opt_expr(x.key.as_deref())?),
                    ("value", self.expr(&x.value)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
            ),
            Expr::Generator(x) => (
                "GeneratorExp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
            ),
            Expr::Await(x) => ("Await", vec![("value", self.expr(&x.value)?)]),
            Expr::Yield(x) => ("Yield", vec![("value", self.opt_expr(x.value.as_deref())?)]),
            Expr::YieldFrom(x) => ("YieldFrom", vec![("value", self.expr(&x.value)?)]),
            Expr::Compare(x) => {
                let ops = x
                    .ops
                    .iter()
                    .map(|op| self.cmpop(*op))
                    .collect::<PyResult<Vec<_>>>()?;
                (
                    "Compare",
                    vec![
                        ("left", self.expr(&x.left)?),
                        ("ops", self.list(ops)),
                        ("comparators", self.exprs(&x.comparators)?),
                    ],
                )
            }
            Expr::Call(x) => return self.call(x),
            Expr::FString(x) => return self.fstring(x),
            Expr::StringLiteral(x) => {
                let kind = if x.value.is_unicode() {
                    self.str("u")
                } else {
                    Value::None
                };
                let v = self.str(x.value.to_str());
                return self.constant(v, kind, x.range);
            }
            Expr::BytesLiteral(x) => {
                let v = self.vm.new_bytes(x.value.bytes().collect());
                return self.constant(v, Value::None, x.range);
            }
            Expr::NumberLiteral(x) => {
                let v = self.number(&x.value);
                return self.constant(v, Value::None, x.range);
            }
            Expr::BooleanLiteral(x) => {
                return self.constant(Value::Bool(x.value), Value::None, x.range)
            }
            Expr::NoneLiteral(x) => return self.constant(Value::None, Value::None, x.range),
            Expr::EllipsisLiteral(x) => {
                let v = Value::Obj(self.vm.interp.ellipsis.clone());
                return self.constant(v, Value::None, x.range);
            }
            Expr::Attribute(x) => (
                "Attribute",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("attr", self.str(x.attr.as_str())),
                    ("ctx", self.ctx(x.ctx)?),
                ],
            ),
            Expr::Subscript(x) => (
                "Subscript",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("slice", self.expr(&x.slice)?),
                    ("ctx", self.ctx(x.ctx)?),
                ],
            ),
            Expr::Starred(x) => (
                "Starred",
                vec![("value", self.expr(&x.value)?), ("ctx", self.ctx(x.ctx)?)],
            ),
            Expr::Name(x) => (
                "Name",
                vec![("id", self.str(x.id.as_str())), ("ctx", self.ctx(x.ctx)?)],
            ),
            Expr::List(x) => (
                "List",
                vec![("elts", self.exprs(&x.elts)?), ("ctx", self.ctx(x.ctx)?)],
            ),
            Expr::Tuple(x) => (
                "Tuple",
                vec![("elts", self.exprs(&x.elts)?), ("ctx", self.ctx(x.ctx)?)],
            ),
            Expr::Slice(x) => (
                "Slice",
                vec![
                    ("lower", self.opt_expr(x.lower.as_deref())?),
                    ("upper", self.opt_expr(x.upper.as_deref())?),
                    ("step", self.opt_expr(x.step.as_deref())?),
                ],
            ),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                return Err(self.vm.value_error("syntax newer than Python 3.11"))
            }
        };
        self.node(name, fields, r)
    }

    /// `Call`; a generator expression that is the only argument spans the call's
    /// parentheses, as in CPython's grammar.
    fn call(&mut self, x: &ast::ExprCall) -> PyResult<Value> {
        let func = self.expr(&x.func)?;
        let a = &x.arguments;
        let mut args = Vec::new();
        for arg in a.args.iter() {
            match arg {
                Expr::Generator(g)
                    if !g.parenthesized && a.args.len() == 1 && a.keywords.is_empty() =>
                {
                    let v = self.expr(arg)?;
                    if let Some(d) = v.as_obj().and_then(|o| o.dict.clone()) {
                        self.set_position(&d, usize::from(a.start()), usize::from(a.end()));
                    }
                    args.push(v);
                }
                _ => args.push(self.expr(arg)?),
            }
        }
        let fields = vec![
            ("func", func),
            ("args", self.list(args)),
            ("keywords", self.keywords(&a.keywords)?),
        ];
        self.node("Call", fields, Some(x.range()))
    }

    pub(super) fn keywords(&mut self, kws: &[ast::Keyword]) -> PyResult<Value> {
        let mut items = Vec::new();
        for k in kws {
            let fields = vec![
                ("arg", self.opt_str(k.arg.as_ref().map(|a| a.as_str()))),
                ("value", self.expr(&k.value)?),
            ];
            items.push(self.node("keyword", fields, Some(k.range))?);
        }
        Ok(self.list(items))
    }

    fn comprehensions(&mut self, gens: &[ast::Comprehension]) -> PyResult<Value> {
        let mut items = Vec::new();
        for g in gens {
            let fields = vec![
                ("target", self.expr(&g.target)?),
                ("iter", self.expr(&g.iter)?),
                ("ifs", self.exprs(&g.ifs)?),
                ("is_async", Value::Int(i64::from(g.is_async))),
            ];
            items.push(self.node("comprehension", fields, None)?);
        }
        Ok(self.list(items))
    }

    /// An `arg` node: the name and its annotation (not the `*`, `**` or default).
    fn arg(&mut self, p: &ast::Parameter) -> PyResult<Value> {
        let end = p
            .annotation
            .as_ref()
            .map_or(p.name.range.end(), |a| a.end());
        let fields = vec![
            ("arg", self.str(p.name.as_str())),
            ("annotation", self.opt_expr(p.annotation.as_deref())?),
            ("type_comment", Value::None),
        ];
        self.node(
            "arg",
            fields,
            Some(TextRange::new(p.name.range.start(), end)),
        )
    }

    /// The `arguments` node of a `def` or `lambda` (empty for a lambda without parameters).
    pub(super) fn arguments(&mut self, params: Option<&ast::Parameters>) -> PyResult<Value> {
        let mut posonly = Vec::new();
        let mut args = Vec::new();
        let mut defaults = Vec::new();
        let mut kwonly = Vec::new();
        let mut kw_defaults = Vec::new();
        let (mut vararg, mut kwarg) = (Value::None, Value::None);
        if let Some(p) = params {
            for a in &p.posonlyargs {
                posonly.push(self.arg(&a.parameter)?);
                if let Some(d) = &a.default {
                    defaults.push(self.expr(d)?);
                }
            }
            for a in &p.args {
                args.push(self.arg(&a.parameter)?);
                if let Some(d) = &a.default {
                    defaults.push(self.expr(d)?);
                }
            }
            if let Some(v) = &p.vararg {
                vararg = self.arg(v)?;
            }
            for a in &p.kwonlyargs {
                kwonly.push(self.arg(&a.parameter)?);
                kw_defaults.push(self.opt_expr(a.default.as_deref())?);
            }
            if let Some(k) = &p.kwarg {
                kwarg = self.arg(k)?;
            }
        }
        let fields = vec![
            ("posonlyargs", self.list(posonly)),
            ("args", self.list(args)),
            ("vararg", vararg),
            ("kwonlyargs", self.list(kwonly)),
            ("kw_defaults", self.list(kw_defaults)),
            ("kwarg", kwarg),
            ("defaults", self.list(defaults)),
        ];
        self.node("arguments", fields, None)
    }

    /// An f-string (with any implicitly concatenated parts) as a `JoinedStr`.
    fn fstring(&mut self, f: &ast::ExprFString) -> PyResult<Value> {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_text(&mut pieces, &l.value),
                ast::FStringPart::FString(fs) => {
                    self.fstring_pieces(&fs.elements, f.range, &mut pieces)?
                }
            }
        }
        self.joined(pieces, f.range)
    }

    fn joined(&mut self, pieces: Vec<Piece>, range: TextRange) -> PyResult<Value> {
        let mut values = Vec::new();
        for p in pieces {
            values.push(match p {
                Piece::Text(t) => {
                    let v = self.str(&t);
                    self.constant(v, Value::None, range)?
                }
                Piece::Value(v) => v,
            });
        }
        let values = self.list(values);
        self.node("JoinedStr", vec![("values", values)], Some(range))
    }

    fn fstring_pieces(
        &mut self,
        elements: &[InterpolatedStringElement],
        whole: TextRange,
        out: &mut Vec<Piece>,
    ) -> PyResult<()> {
        for el in elements {
            match el {
                InterpolatedStringElement::Literal(l) => push_text(out, &l.value),
                InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(debug) = &i.debug_text {
                        push_text(out, debug.leading());
                        push_text(out, debug.expression());
                        push_text(out, debug.trailing());
                        if conversion == ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ConversionFlag::Repr;
                        }
                    }
                    let spec = match &i.format_spec {
                        Some(s) => {
                            let mut inner = Vec::new();
                            self.fstring_pieces(&s.elements, whole, &mut inner)?;
                            self.joined(inner, whole)?
                        }
                        None => Value::None,
                    };
                    let conversion = match conversion {
                        ConversionFlag::None => -1,
                        ConversionFlag::Str => i64::from(b's'),
                        ConversionFlag::Repr => i64::from(b'r'),
                        ConversionFlag::Ascii => i64::from(b'a'),
                    };
                    let fields = vec![
                        ("value", self.expr(&i.expression)?),
                        ("conversion", Value::Int(conversion)),
                        ("format_spec", spec),
                    ];
                    let v = self.node("FormattedValue", fields, Some(whole))?;
                    out.push(Piece::Value(v));
                }
            }
        }
        Ok(())
    }
}

/// An integer literal's value (`0x_ff`, `1_000`, ...) when it does not fit an `i64`.
fn parse_int(token: &str) -> Option<BigInt> {
    let t: String = token.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}
