//! Expressions back to source text, as CPython 3.11's `Python/ast_unparse.c` writes them:
//! the strings that `from __future__ import annotations` stores instead of evaluating
//! annotations.
//!
//! The text is CPython's, not the source's: spacing is normalised (`a+b` becomes `a + b`),
//! parentheses are only those the precedence needs, string literals are written as their
//! `repr` (implicit concatenation merged), and infinite floats as `1e309`. Annotations are
//! unparsed from the tree as parsed, without constant folding (3.11's optimiser skips them
//! under this future), so `-1` stays a unary minus and `__debug__` a name.

use ruff_python_ast::str_prefix::StringLiteralPrefix;
use ruff_python_ast::{
    BoolOp, CmpOp, Comprehension, ConversionFlag, Expr, FStringPart, Number, Operator, Parameter,
    Parameters, UnaryOp,
};

use super::call::{pieces_of, push_text, Piece};
use super::consts::Const;
use super::fold::int_value;

/// Precedence levels (ast_unparse.c's `PR_*`); an operand is parenthesised when the level
/// required by its position is above its own.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// `_PyAST_ExprAsUnicode`: an annotation's text.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

/// `append_repr`: a constant's `repr`, with infinity spelled as a literal that parses.
fn constant(out: &mut String, c: &Const) {
    let text = bytecode::repr::repr(&c.to_obj());
    let infinite = match c {
        Const::Float(bits) => f64::from_bits(*bits).is_infinite(),
        Const::Complex(..) => true,
        _ => false,
    };
    if infinite {
        out.push_str(&text.replace("inf", "1e309"));
    } else {
        out.push_str(&text);
    }
}

fn items(out: &mut String, elts: &[Expr]) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, PR_TEST);
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match e {
        Expr::BoolOp(b) => {
            let (op, pr) = match b.op {
                BoolOp::And => (" and ", PR_AND),
                BoolOp::Or => (" or ", PR_OR),
            };
            open(out, level > pr);
            for (i, v) in b.values.iter().enumerate() {
                if i > 0 {
                    out.push_str(op);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        Expr::BinOp(b) => {
            let (op, pr) = binop(b.op);
            // `**` is the one right-associative operator.
            let rassoc = u8::from(b.op == Operator::Pow);
            open(out, level > pr);
            expr(out, &b.left, pr + rassoc);
            out.push_str(op);
            expr(out, &b.right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        Expr::UnaryOp(u) => {
            let (op, pr) = match u.op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            open(out, level > pr);
            out.push_str(op);
            expr(out, &u.operand, pr);
            close(out, level > pr);
        }
        Expr::Lambda(l) => {
            open(out, level > PR_TEST);
            let positional = l
                .parameters
                .as_ref()
                .is_some_and(|p| !p.args.is_empty() || !p.posonlyargs.is_empty());
            // CPython's quirk: no space after `lambda` unless there are positional
            // parameters (`lambda*a: 0`).
            out.push_str(if positional { "lambda " } else { "lambda" });
            if let Some(p) = &l.parameters {
                parameters(out, p);
            }
            out.push_str(": ");
            expr(out, &l.body, PR_TEST);
            close(out, level > PR_TEST);
        }
        Expr::If(i) => {
            open(out, level > PR_TEST);
            expr(out, &i.body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, &i.test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, &i.orelse, PR_TEST);
            close(out, level > PR_TEST);
        }
        Expr::Dict(d) => {
            out.push('{');
            for (i, item) in d.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match &item.key {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, &item.value, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, &item.value, PR_EXPR);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => {
            out.push('{');
            items(out, &s.elts);
            out.push('}');
        }
        Expr::ListComp(c) => comprehension(out, "[", &c.elt, None, &c.generators, "]"),
        Expr::SetComp(c) => comprehension(out, "{", &c.elt, None, &c.generators, "}"),
        Expr::DictComp(c) => match &c.key {
            Some(k) => comprehension(out, "{", k, Some(&c.value), &c.generators, "}"),
            None => comprehension(out, "{", &c.value, None, &c.generators, "}"),
        },
        Expr::Generator(g) => comprehension(out, "(", &g.elt, None, &g.generators, ")"),
        Expr::Await(a) => {
            open(out, level > PR_AWAIT);
            out.push_str("await ");
            expr(out, &a.value, PR_ATOM);
            close(out, level > PR_AWAIT);
        }
        Expr::Yield(y) => match &y.value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, PR_TEST);
                out.push(')');
            }
        },
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            expr(out, &y.value, PR_TEST);
            out.push(')');
        }
        Expr::Compare(c) => {
            open(out, level > PR_CMP);
            expr(out, &c.left, PR_CMP + 1);
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                out.push_str(cmpop(*op));
                expr(out, right, PR_CMP + 1);
            }
            close(out, level > PR_CMP);
        }
        Expr::Call(call) => {
            expr(out, &call.func, PR_ATOM);
            let args = &call.arguments.args;
            let keywords = &call.arguments.keywords;
            if let ([Expr::Generator(g)], []) = (&args[..], &keywords[..]) {
                // A sole generator argument brings its own parentheses.
                comprehension(out, "(", &g.elt, None, &g.generators, ")");
                return;
            }
            out.push('(');
            items(out, args);
            for (i, kw) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &kw.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &kw.value, PR_TEST);
            }
            out.push(')');
        }
        Expr::FString(f) => {
            let mut pieces = Vec::new();
            for part in f.value.iter() {
                match part {
                    FStringPart::Literal(l) => push_text(&mut pieces, &l.value),
                    FStringPart::FString(fs) => pieces_of(&fs.elements, fs.range, &mut pieces),
                }
            }
            let body = fstring_body(&pieces);
            out.push('f');
            constant(out, &Const::Str(body));
        }
        Expr::StringLiteral(s) => {
            // The `u` prefix of the first piece survives as the constant's `kind`.
            if s.value
                .iter()
                .next()
                .is_some_and(|p| p.flags.prefix() == StringLiteralPrefix::Unicode)
            {
                out.push('u');
            }
            constant(out, &Const::Str(s.value.to_str().to_string()));
        }
        Expr::BytesLiteral(b) => constant(out, &Const::Bytes(b.value.bytes().collect())),
        Expr::NumberLiteral(n) => {
            let c = match &n.value {
                Number::Int(i) => match int_value(i) {
                    Some(v) => Const::Int(v),
                    None => {
                        out.push_str(&i.to_string());
                        return;
                    }
                },
                Number::Float(f) => Const::float(*f),
                Number::Complex { real, imag } => Const::Complex(real.to_bits(), imag.to_bits()),
            };
            constant(out, &c);
        }
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::Attribute(a) => {
            expr(out, &a.value, PR_ATOM);
            // `1 .real`: an integer needs a space before the dot.
            let int = matches!(
                &*a.value,
                Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_))
            );
            out.push_str(if int { " ." } else { "." });
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            expr(out, &s.value, PR_ATOM);
            // A tuple index goes bare, even a starred one (3.11 writes `a[*b,]`).
            out.push('[');
            expr(out, &s.slice, PR_TUPLE);
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(out, &s.value, PR_EXPR);
        }
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::List(l) => {
            out.push('[');
            items(out, &l.elts);
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > PR_TUPLE);
            items(out, &t.elts);
            if t.elts.len() == 1 {
                out.push(',');
            }
            close(out, level > PR_TUPLE);
        }
        Expr::Slice(s) => {
            if let Some(lower) = &s.lower {
                expr(out, lower, PR_TEST);
            }
            out.push(':');
            if let Some(upper) = &s.upper {
                expr(out, upper, PR_TEST);
            }
            if let Some(step) = &s.step {
                out.push(':');
                expr(out, step, PR_TEST);
            }
        }
        Expr::Named(n) => {
            open(out, level > PR_TUPLE);
            expr(out, &n.target, PR_ATOM);
            out.push_str(" := ");
            expr(out, &n.value, PR_ATOM);
            close(out, level > PR_TUPLE);
        }
        // Not Python 3.11 syntax; the parser front end has already refused them.
        Expr::TString(_) | Expr::IpyEscapeCommand(_) => {}
    }
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", PR_ARITH),
        Operator::Sub => (" - ", PR_ARITH),
        Operator::Mult => (" * ", PR_TERM),
        Operator::MatMult => (" @ ", PR_TERM),
        Operator::Div => (" / ", PR_TERM),
        Operator::Mod => (" % ", PR_TERM),
        Operator::LShift => (" << ", PR_SHIFT),
        Operator::RShift => (" >> ", PR_SHIFT),
        Operator::BitOr => (" | ", PR_BOR),
        Operator::BitXor => (" ^ ", PR_BXOR),
        Operator::BitAnd => (" & ", PR_BAND),
        Operator::FloorDiv => (" // ", PR_TERM),
        Operator::Pow => (" ** ", PR_POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// A comprehension or generator expression between its brackets.
fn comprehension(
    out: &mut String,
    left: &str,
    elt: &Expr,
    value: Option<&Expr>,
    generators: &[Comprehension],
    right: &str,
) {
    out.push_str(left);
    expr(out, elt, PR_TEST);
    if let Some(v) = value {
        out.push_str(": ");
        expr(out, v, PR_TEST);
    }
    for gen in generators {
        out.push_str(if gen.is_async { " async for " } else { " for " });
        expr(out, &gen.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &gen.iter, PR_TEST + 1);
        for cond in &gen.ifs {
            out.push_str(" if ");
            expr(out, cond, PR_TEST + 1);
        }
    }
    out.push_str(right);
}

/// `append_ast_args` (lambda parameters carry no annotations).
fn parameters(out: &mut String, p: &Parameters) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = p.posonlyargs.len();
    for (i, a) in p.posonlyargs.iter().chain(p.args.iter()).enumerate() {
        sep(out);
        parameter(out, &a.parameter);
        if let Some(d) = &a.default {
            out.push('=');
            expr(out, d, PR_TEST);
        }
        if npos > 0 && i + 1 == npos {
            out.push_str(", /");
        }
    }
    if p.vararg.is_some() || !p.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &p.vararg {
            parameter(out, v);
        }
    }
    for a in &p.kwonlyargs {
        sep(out);
        parameter(out, &a.parameter);
        if let Some(d) = &a.default {
            out.push('=');
            expr(out, d, PR_TEST);
        }
    }
    if let Some(k) = &p.kwarg {
        sep(out);
        out.push_str("**");
        parameter(out, k);
    }
}

fn parameter(out: &mut String, p: &Parameter) {
    out.push_str(p.name.as_str());
    if let Some(ann) = &p.annotation {
        out.push_str(": ");
        expr(out, ann, PR_TEST);
    }
}

/// `build_fstring_body`: literal text with braces doubled, replacement fields in braces.
fn fstring_body(pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(&t.replace('{', "{{").replace('}', "}}")),
            Piece::Value {
                expr: value,
                conversion,
                spec,
                ..
            } => {
                // PR_TEST + 1 puts a lambda (whose `:` would end the field) in parentheses.
                let mut inner = String::new();
                expr(&mut inner, value, PR_TEST + 1);
                // `{{` would be an escaped brace: separate a leading `{` from the field's.
                out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
                out.push_str(&inner);
                match conversion {
                    ConversionFlag::None => {}
                    ConversionFlag::Str => out.push_str("!s"),
                    ConversionFlag::Repr => out.push_str("!r"),
                    ConversionFlag::Ascii => out.push_str("!a"),
                }
                if let Some(spec) = spec {
                    out.push(':');
                    out.push_str(&fstring_body(spec));
                }
                out.push('}');
            }
        }
    }
    out
}
