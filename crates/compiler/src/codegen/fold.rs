//! Constant folding as CPython 3.11's AST optimiser (`Python/ast_opt.c`) does it: literals,
//! `__debug__`, unary and binary operators on constants (with the same size limits, so
//! `2 ** 1000` stays a run-time operation), tuples of constants and subscripts of constants.
//! An operation that would raise (division by zero, a type error) is simply not folded.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{Expr, ExprContext, Number, Operator, UnaryOp};

use super::consts::Const;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

/// The constant value `e` folds to, if any.
pub fn fold(e: &Expr) -> Option<Const> {
    match e {
        Expr::NumberLiteral(n) => Some(match &n.value {
            Number::Int(i) => Const::Int(int_value(i)?),
            Number::Float(f) => Const::float(*f),
            Number::Complex { real, imag } => Const::Complex(real.to_bits(), imag.to_bits()),
        }),
        Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
        Expr::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect())),
        Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Const::None),
        Expr::EllipsisLiteral(_) => Some(Const::Ellipsis),
        Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ExprContext::Load => {
            Some(Const::Bool(true))
        }
        Expr::UnaryOp(u) => unary(u.op, &fold(&u.operand)?),
        Expr::BinOp(b) => {
            let left = fold(&b.left)?;
            let right = fold(&b.right)?;
            binop(&left, b.op, &right)
        }
        Expr::Tuple(t) if t.ctx == ExprContext::Load => {
            let mut items = Vec::with_capacity(t.elts.len());
            for elt in &t.elts {
                items.push(fold(elt)?);
            }
            Some(Const::Tuple(items))
        }
        Expr::Subscript(s) if s.ctx == ExprContext::Load => {
            let value = fold(&s.value)?;
            let index = fold(&s.slice)?;
            subscript(&value, &index)
        }
        _ => None,
    }
}

/// The value of an integer literal: the parser keeps those that fit in a `u64` as numbers
/// (most of them), larger ones as their token.
pub fn int_value(i: &ruff_python_ast::Int) -> Option<BigInt> {
    match i.as_i64() {
        Some(v) => Some(BigInt::from(v)),
        None => parse_int(&i.to_string()),
    }
}

/// An integer literal token (`1_000`, `0xFF`, `0o7`, `0b1`) to its value.
pub fn parse_int(token: &str) -> Option<BigInt> {
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

#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Const) -> Option<Num> {
    match c {
        Const::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Const::Int(i) => Some(Num::Int(i.clone())),
        Const::Float(bits) => Some(Num::Float(f64::from_bits(*bits))),
        Const::Complex(re, im) => Some(Num::Complex(f64::from_bits(*re), f64::from_bits(*im))),
        _ => None,
    }
}

fn from_num(n: Num) -> Option<Const> {
    Some(match n {
        Num::Int(i) => Const::Int(i),
        Num::Float(f) => Const::float(f),
        Num::Complex(re, im) => Const::Complex(re.to_bits(), im.to_bits()),
    })
}

fn int_to_f64(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    f.is_finite().then_some(f)
}

fn unary(op: UnaryOp, v: &Const) -> Option<Const> {
    if op == UnaryOp::Not {
        return Some(Const::Bool(!v.is_true()));
    }
    let n = num(v)?;
    let r = match (op, n) {
        (UnaryOp::USub, Num::Int(i)) => Num::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Num::Float(-f),
        (UnaryOp::USub, Num::Complex(re, im)) => Num::Complex(-re, -im),
        (UnaryOp::UAdd, n) => n,
        (UnaryOp::Invert, Num::Int(i)) => Num::Int(-i - 1),
        _ => return None,
    };
    from_num(r)
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn binop(l: &Const, op: Operator, r: &Const) -> Option<Const> {
    // Sequences first.
    match (l, op, r) {
        (Const::Str(a), Operator::Add, Const::Str(b)) => {
            return Some(Const::Str(format!("{a}{b}")))
        }
        (Const::Bytes(a), Operator::Add, Const::Bytes(b)) => {
            return Some(Const::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (Const::Tuple(a), Operator::Add, Const::Tuple(b)) => {
            return Some(Const::Tuple(a.iter().chain(b).cloned().collect()))
        }
        (Const::Str(_) | Const::Bytes(_), Operator::Mod, _) => return None,
        _ => {}
    }
    if op == Operator::Mult {
        if let Some(r) = seq_repeat(l, r).or_else(|| seq_repeat(r, l)) {
            return r;
        }
    }
    if let (Const::Bool(a), Const::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Const::Bool(*a & *b)),
            Operator::BitOr => return Some(Const::Bool(*a | *b)),
            Operator::BitXor => return Some(Const::Bool(*a ^ *b)),
            _ => {}
        }
    }
    let (a, b) = (num(l)?, num(r)?);
    from_num(match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_op(x, op, y)?,
        (Num::Complex(ar, ai), b) => complex_op((ar, ai), op, to_complex(b)?)?,
        (a, Num::Complex(br, bi)) => complex_op(to_complex(a)?, op, (br, bi))?,
        (a, b) => Num::Float(float_op(to_float(a)?, op, to_float(b)?)?),
    })
}

fn to_float(n: Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_f64(&i),
        Num::Float(f) => Some(f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(re, im) => Some((re, im)),
        other => Some((to_float(other)?, 0.0)),
    }
}

/// `seq * n` with ast_opt's `safe_multiply` limits; `None` when `seq` is not a sequence,
/// `Some(None)` when it is but the product is refused.
fn seq_repeat(seq: &Const, n: &Const) -> Option<Option<Const>> {
    let count = match n {
        Const::Int(i) => i.clone(),
        Const::Bool(b) => BigInt::from(u8::from(*b)),
        _ => return None,
    };
    let (size, limit) = match seq {
        Const::Str(s) => (s.chars().count() as i64, MAX_STR_SIZE),
        Const::Bytes(b) => (b.len() as i64, MAX_STR_SIZE),
        Const::Tuple(t) => (t.len() as i64, MAX_COLLECTION_SIZE),
        _ => return None,
    };
    let Some(k) = count.to_i64() else {
        return Some(None);
    };
    if size != 0 {
        if k < 0 || k > limit / size {
            return Some(None);
        }
        if let Const::Tuple(_) = seq {
            if k != 0 && complexity(seq, MAX_TOTAL_ITEMS / k) < 0 {
                return Some(None);
            }
        }
    }
    let k = k.max(0) as usize;
    Some(Some(match seq {
        Const::Str(s) => Const::Str(s.repeat(k)),
        Const::Bytes(b) => Const::Bytes(b.repeat(k)),
        Const::Tuple(t) => Const::Tuple(t.iter().cloned().cycle().take(t.len() * k).collect()),
        _ => return None,
    }))
}

/// `check_complexity`: the item budget left after counting nested tuples and frozensets.
fn complexity(c: &Const, mut limit: i64) -> i64 {
    if let Const::Tuple(items) | Const::FrozenSet(items) = c {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = complexity(item, limit);
        }
    }
    limit
}

fn int_op(x: BigInt, op: Operator, y: BigInt) -> Option<Num> {
    Some(Num::Int(match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => {
            if !x.is_zero() && !y.is_zero() && bits(&x) + bits(&y) > MAX_INT_SIZE {
                return None;
            }
            x * y
        }
        Operator::Div => {
            if y.is_zero() {
                return None;
            }
            return Some(Num::Float(int_true_divide(&x, &y)?));
        }
        Operator::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            x.div_floor(&y)
        }
        Operator::Mod => {
            if y.is_zero() {
                return None;
            }
            x.mod_floor(&y)
        }
        Operator::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return None;
                }
                let (a, b) = (int_to_f64(&x)?, int_to_f64(&y)?);
                return Some(Num::Float(a.powf(b)));
            }
            if !x.is_zero() && !y.is_zero() {
                let wbits = y.to_u64()?;
                if bits(&x) > MAX_INT_SIZE / wbits {
                    return None;
                }
            }
            num_traits::pow(x, y.to_usize()?)
        }
        Operator::LShift => {
            if y.is_negative() {
                return None;
            }
            if !x.is_zero() && !y.is_zero() {
                let wbits = y.to_u64()?;
                if wbits > MAX_INT_SIZE || bits(&x) > MAX_INT_SIZE - wbits {
                    return None;
                }
            }
            x << y.to_usize()?
        }
        Operator::RShift => {
            if y.is_negative() {
                return None;
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => {
                    if x.sign() == Sign::Minus {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::MatMult => return None,
    }))
}

/// int / int, exact when both fit in a double's mantissa (the common case).
fn int_true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    const EXACT: u64 = 1 << 53;
    if x.magnitude().bits() <= 53 && y.magnitude().bits() <= 53 {
        let (a, b) = (x.to_f64()?, y.to_f64()?);
        let _ = EXACT;
        return Some(a / b);
    }
    // Larger operands: refuse rather than risk a differently rounded constant.
    None
}

fn float_op(a: f64, op: Operator, b: f64) -> Option<f64> {
    Some(match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        Operator::FloorDiv => float_divmod(a, b)?.0,
        Operator::Mod => float_divmod(a, b)?.1,
        Operator::Pow => {
            if a == 0.0 && b < 0.0 {
                return None;
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                // Python returns a complex number here.
                return None;
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return None; // OverflowError
            }
            r
        }
        _ => return None,
    })
}

/// Python's float `divmod` (`float_divmod` in `floatobject.c`).
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

fn complex_op(a: (f64, f64), op: Operator, b: (f64, f64)) -> Option<Num> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (re, im) = match op {
        Operator::Add => (ar + br, ai + bi),
        Operator::Sub => (ar - br, ai - bi),
        Operator::Mult => bytecode::complex::prod(a, b),
        Operator::Div => bytecode::complex::quot(a, b)?,
        Operator::Pow => bytecode::complex::pow(a, b).ok()?,
        _ => return None,
    };
    Some(Num::Complex(re, im))
}

fn subscript(value: &Const, index: &Const) -> Option<Const> {
    let i = match index {
        Const::Int(i) => i.to_i64()?,
        Const::Bool(b) => i64::from(*b),
        _ => return None,
    };
    let at = |len: usize| -> Option<usize> {
        let len = len as i64;
        let k = if i < 0 { i + len } else { i };
        (0..len).contains(&k).then_some(k as usize)
    };
    match value {
        Const::Str(s) => {
            let n = s.chars().count();
            let k = at(n)?;
            s.chars().nth(k).map(|c| Const::Str(c.to_string()))
        }
        Const::Bytes(b) => Some(Const::int(i64::from(b[at(b.len())?]))),
        Const::Tuple(t) => Some(t[at(t.len())?].clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold_src(src: &str) -> Option<Const> {
        let parsed = ruff_python_parser::parse_expression(src).ok()?;
        fold(parsed.expr())
    }

    #[test]
    fn folds_like_ast_opt() {
        assert_eq!(fold_src("1 + 2"), Some(Const::int(3)));
        assert_eq!(fold_src("-1"), Some(Const::int(-1)));
        assert_eq!(
            fold_src("2 ** 60"),
            Some(Const::Int(BigInt::from(1u64 << 60)))
        );
        assert_eq!(fold_src("2 ** 100"), None);
        assert_eq!(fold_src("2 ** 1000"), None);
        assert_eq!(fold_src("1 / 0"), None);
        assert_eq!(fold_src("'ab' * 3"), Some(Const::str("ababab")));
        assert_eq!(fold_src("'a' * 5000"), None);
        assert_eq!(fold_src("(1, 'a')[1]"), Some(Const::str("a")));
        assert_eq!(fold_src("True & False"), Some(Const::Bool(false)));
        assert_eq!(fold_src("-7 // 2"), Some(Const::int(-4)));
        assert_eq!(fold_src("-7.0 % 2"), Some(Const::float(1.0)));
        assert_eq!(fold_src("0x_ff"), Some(Const::int(255)));
        assert_eq!(fold_src("'%s' % 1"), None);
    }
}
