//! The position markers of a traceback line: CPython 3.11 re-parses the failing
//! expression's source text and, when it is a binary operation or a subscript, marks the
//! operator (or the subscript) with `^` and the rest with `~` (`Python/traceback.c`,
//! `extract_anchors_from_line`). This module finds those anchors for the VM.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// For `segment` (the expression's text), the byte range `[left, right)` to mark with `^`:
/// the operator of a binary operation or the `[...]` of a subscript. `None` when the text is
/// neither (or does not parse on its own), as CPython then marks the whole range.
pub fn binop_or_subscript_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(stmt) = &body[0] else {
        return None;
    };
    let bytes = segment.as_bytes();
    let blank = |c: u8| matches!(c, b' ' | b'\t' | b'\x0c' | b'\n' | b'\r');
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = b.left.end().to_usize();
            let right_start = b.right.start().to_usize();
            let mut anchors = None;
            let mut i = left_end;
            while i < right_start {
                if blank(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < right_start && !blank(bytes[i + 1]) {
                    right += 1;
                }
                anchors = Some((i, right));
                // A closing parenthesis of the left operand is not the operator.
                if i + 1 < right_start && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                return anchors;
            }
            anchors
        }
        Expr::Subscript(s) => Some((s.value.end().to_usize(), s.slice.end().to_usize() + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_of_operators_and_subscripts() {
        assert_eq!(binop_or_subscript_anchors("a + b"), Some((2, 3)));
        assert_eq!(binop_or_subscript_anchors("a // b"), Some((2, 4)));
        assert_eq!(binop_or_subscript_anchors("(a) * b"), Some((4, 5)));
        assert_eq!(binop_or_subscript_anchors("x[1]"), Some((1, 4)));
        assert_eq!(binop_or_subscript_anchors("f(x)"), None);
        assert_eq!(binop_or_subscript_anchors("a +"), None);
    }
}
