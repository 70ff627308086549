//! `match` statement cases and patterns as `_ast` nodes.

use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

use super::convert::{Converter, Fields};
use crate::value::Value;
use crate::vm::PyResult;

impl Converter<'_> {
    /// A `match_case` (no position in CPython's tree).
    pub(super) fn match_case(&mut self, c: &ast::MatchCase) -> PyResult<Value> {
        let fields = vec![
            ("pattern", self.pattern(&c.pattern)?),
            ("guard", self.opt_expr(c.guard.as_deref())?),
            ("body", self.stmts(&c.body)?),
        ];
        self.node("match_case", fields, None)
    }

    fn patterns(&mut self, ps: &[Pattern]) -> PyResult<Value> {
        let items = ps
            .iter()
            .map(|p| self.pattern(p))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(self.list(items))
    }

    fn pattern(&mut self, p: &Pattern) -> PyResult<Value> {
        let (name, fields): (&'static str, Fields) = match p {
            Pattern::MatchValue(x) => ("MatchValue", vec![("value", self.expr(&x.value)?)]),
            Pattern::MatchSingleton(x) => {
                let v = match x.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                };
                ("MatchSingleton", vec![("value", v)])
            }
            Pattern::MatchSequence(x) => (
                "MatchSequence",
                vec![("patterns", self.patterns(&x.patterns)?)],
            ),
            Pattern::MatchMapping(x) => (
                "MatchMapping",
                vec![
                    ("keys", self.exprs(&x.keys)?),
                    ("patterns", self.patterns(&x.patterns)?),
                    ("rest", self.opt_str(x.rest.as_ref().map(|r| r.as_str()))),
                ],
            ),
            Pattern::MatchClass(x) => {
                let attrs = x
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| self.str(k.attr.as_str()))
                    .collect();
                let mut kwd_patterns = Vec::new();
                for k in &x.arguments.keywords {
                    kwd_patterns.push(self.pattern(&k.pattern)?);
                }
                (
                    "MatchClass",
                    vec![
                        ("cls", self.expr(&x.cls)?),
                        ("patterns", self.patterns(&x.arguments.patterns)?),
                        ("kwd_attrs", self.list(attrs)),
                        ("kwd_patterns", self.list(kwd_patterns)),
                    ],
                )
            }
            Pattern::MatchStar(x) => (
                "MatchStar",
                vec![("name", self.opt_str(x.name.as_ref().map(|n| n.as_str())))],
            ),
            Pattern::MatchAs(x) => {
                let inner = match &x.pattern {
                    Some(p) => self.pattern(p)?,
                    None => Value::None,
                };
                (
                    "MatchAs",
                    vec![
                        ("pattern", inner),
                        ("name", self.opt_str(x.name.as_ref().map(|n| n.as_str()))),
                    ],
                )
            }
            Pattern::MatchOr(x) => ("MatchOr", vec![("patterns", self.patterns(&x.patterns)?)]),
        };
        self.node(name, fields, Some(p.range()))
    }
}
