//! Lookups in the tokens and the recovered AST around a parser error: neighbouring tokens,
//! bracket depth, the expression with a given range and the statement holding an offset.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use crate::parse::ParsedModule;

fn is_trivia(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Comment | TokenKind::NonLogicalNewline | TokenKind::Indent | TokenKind::Dedent
    )
}

/// The first significant token starting at or after `offset`.
pub(super) fn token_from(parsed: &ParsedModule, offset: usize) -> Option<&Token> {
    parsed
        .tokens()
        .iter()
        .find(|t| usize::from(t.start()) >= offset && !is_trivia(t.kind()))
}

/// The first significant token starting after the one at `offset`.
pub(super) fn token_after(parsed: &ParsedModule, offset: usize) -> Option<&Token> {
    parsed
        .tokens()
        .iter()
        .find(|t| usize::from(t.start()) > offset && !is_trivia(t.kind()))
}

/// The last significant token ending at or before `offset`.
pub(super) fn token_before(parsed: &ParsedModule, offset: usize) -> Option<&Token> {
    parsed
        .tokens()
        .iter()
        .take_while(|t| usize::from(t.end()) <= offset)
        .filter(|t| !is_trivia(t.kind()))
        .last()
}

/// Open brackets before `offset`, innermost last.
pub(super) fn open_brackets(parsed: &ParsedModule, offset: usize) -> Vec<TokenKind> {
    let mut stack = Vec::new();
    for token in parsed.tokens().iter() {
        if usize::from(token.start()) >= offset {
            break;
        }
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => stack.push(token.kind()),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
}

/// The most recent token of kind `kind` before `offset`.
pub(super) fn last_of_kind(
    parsed: &ParsedModule,
    offset: usize,
    kind: TokenKind,
) -> Option<&Token> {
    parsed
        .tokens()
        .iter()
        .take_while(|t| usize::from(t.start()) < offset)
        .filter(|t| t.kind() == kind)
        .last()
}

/// The first token of the logical line holding `offset`.
pub(super) fn line_first_token(parsed: &ParsedModule, offset: usize) -> Option<&Token> {
    let tokens = parsed.tokens();
    let before: Vec<&Token> = tokens
        .iter()
        .take_while(|t| usize::from(t.start()) < offset)
        .collect();
    let start = before
        .iter()
        .rposition(|t| {
            matches!(
                t.kind(),
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Semi
            )
        })
        .map_or(0, |i| i + 1);
    tokens[start..].iter().find(|t| !is_trivia(t.kind()))
}

/// The outermost expression whose range satisfies `pred`.
pub(super) fn find_expr<'a>(
    parsed: &'a ParsedModule,
    pred: &dyn Fn(&Expr) -> bool,
) -> Option<&'a Expr> {
    struct Finder<'a, 'p> {
        pred: &'p dyn Fn(&Expr) -> bool,
        found: Option<&'a Expr>,
    }
    impl<'a> Visitor<'a> for Finder<'a, '_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.found.is_none() {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_some() {
                return;
            }
            if (self.pred)(expr) {
                self.found = Some(expr);
            } else {
                walk_expr(self, expr);
            }
        }
    }
    let mut finder = Finder { pred, found: None };
    finder.visit_body(&parsed.syntax().body);
    finder.found
}

/// The innermost statement containing byte `offset`.
pub(super) fn stmt_at(parsed: &ParsedModule, offset: usize) -> Option<&Stmt> {
    struct Finder<'a> {
        offset: usize,
        found: Option<&'a Stmt>,
    }
    impl<'a> Visitor<'a> for Finder<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let (s, e) = (usize::from(stmt.start()), usize::from(stmt.end()));
            if s <= self.offset && self.offset < e.max(s + 1) {
                self.found = Some(stmt);
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut finder = Finder {
        offset,
        found: None,
    };
    finder.visit_body(&parsed.syntax().body);
    finder.found
}

/// `_PyPegen_get_expr_name`: how CPython names an expression in error messages.
pub(super) fn expr_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}
