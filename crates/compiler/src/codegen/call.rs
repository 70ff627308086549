//! Calls (`compiler_call`, the method-call form, `compiler_call_helper` with `KW_NAMES`,
//! `PRECALL`/`CALL` and `CALL_FUNCTION_EX`) and f-strings (`compiler_joined_str`,
//! `compiler_formatted_value`).

use bytecode::opcode::Opcode;
use ruff_python_ast::{
    ConversionFlag, Expr, ExprCall, ExprContext, ExprFString, FStringPart,
    InterpolatedStringElement, Keyword,
};
use ruff_text_size::{Ranged, TextRange};

use super::consts::Const;
use super::{CResult, Compiler, STACK_USE_GUIDELINE};
use crate::flowgraph::ir::Loc;

/// One piece of an f-string after 3.11's parser merged adjacent literal text.
pub(super) enum Piece<'e> {
    Text(String),
    Value {
        expr: &'e Expr,
        conversion: ConversionFlag,
        spec: Option<Vec<Piece<'e>>>,
        /// The string token holding the field: 3.11's parser locates a format spec there,
        /// not at the whole (possibly implicitly concatenated) f-string.
        token: TextRange,
        /// Where the field's `{` is.
        field_start: ruff_text_size::TextSize,
    },
}

pub(super) fn push_text(out: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Text(t)) = out.last_mut() {
        t.push_str(s);
    } else {
        out.push(Piece::Text(s.to_string()));
    }
}

pub(super) fn pieces_of<'e>(
    elements: &'e [InterpolatedStringElement],
    token: TextRange,
    out: &mut Vec<Piece<'e>>,
) {
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
                let spec = i.format_spec.as_ref().map(|s| {
                    let mut v = Vec::new();
                    pieces_of(&s.elements, token, &mut v);
                    v
                });
                out.push(Piece::Value {
                    expr: &i.expression,
                    conversion,
                    spec,
                    token,
                    field_start: i.range.start(),
                });
            }
        }
    }
}

impl<'a> Compiler<'a> {
    /// `compiler_call`.
    pub fn call(&mut self, call: &'a ExprCall) -> CResult {
        let args = &call.arguments.args;
        let kws = &call.arguments.keywords;
        if self.maybe_method_call(call)? {
            return Ok(());
        }
        let saved = self.u().loc;
        self.set_loc(call.func.range());
        self.op(Opcode::PUSH_NULL);
        self.um().loc = saved;
        self.visit_expr(&call.func)?;
        self.call_helper(0, args, kws, call.range())
    }

    /// Whether the module binds `name` by an import (`is_import_originated`).
    fn is_import_originated(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => {
                self.table.top().flags_of(n.id.as_str()) & crate::symtable::flags::DEF_IMPORT != 0
            }
            _ => false,
        }
    }

    /// `maybe_optimize_method_call`: `obj.meth(args)` as `LOAD_METHOD` + `CALL`.
    fn maybe_method_call(&mut self, call: &'a ExprCall) -> CResult<bool> {
        let Expr::Attribute(meth) = &*call.func else {
            return Ok(false);
        };
        if meth.ctx != ExprContext::Load || self.is_import_originated(&meth.value) {
            return Ok(false);
        }
        let args = &call.arguments.args;
        let kws = &call.arguments.keywords;
        let kwdsl = kws.len();
        if args.len() + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| a.is_starred_expr()) || kws.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        self.visit_expr(&meth.value)?;
        let saved = self.u().loc;
        self.set_loc(meth.range);
        self.update_start_location_to_match_attr(meth.range, meth.attr.as_str());
        self.op_name(Opcode::LOAD_METHOD, meth.attr.as_str());
        // The arguments restore this location after themselves, so `KW_NAMES` is located
        // at the method, as in CPython; only `PRECALL`/`CALL` take the call's.
        self.visit_exprs(args)?;
        if kwdsl > 0 {
            for k in kws.iter() {
                self.visit_expr(&k.value)?;
            }
            self.kw_names(kws);
        }
        self.um().loc = saved;
        self.update_start_location_to_match_attr(meth.range, meth.attr.as_str());
        let n = (args.len() + kwdsl) as u32;
        self.op_i(Opcode::PRECALL, n);
        self.op_i(Opcode::CALL, n);
        self.um().loc = saved;
        Ok(true)
    }

    fn kw_names(&mut self, kws: &[Keyword]) {
        let names = kws
            .iter()
            .map(|k| Const::str(k.arg.as_ref().map_or("", |a| a.as_str())))
            .collect();
        let i = self.add_const(Const::Tuple(names));
        self.op_i(Opcode::KW_NAMES, i);
    }

    /// `compiler_call_helper`: `n` arguments are already on the stack.
    pub fn call_helper(
        &mut self,
        n: u32,
        args: &'a [Expr],
        kws: &'a [Keyword],
        range: TextRange,
    ) -> CResult {
        let _ = range;
        let nelts = args.len();
        let nkw = kws.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| a.is_starred_expr())
            && !kws.iter().any(|k| k.arg.is_none());
        if simple {
            self.visit_exprs(args)?;
            if nkw > 0 {
                for k in kws {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(kws);
            }
            let total = n + (nelts + nkw) as u32;
            self.op_i(Opcode::PRECALL, total);
            self.op_i(Opcode::CALL, total);
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional arguments as one tuple, keywords as one dict.
        if n == 0 && nelts == 1 {
            if let Expr::Starred(s) = &args[0] {
                self.visit_expr(&s.value)?;
            } else {
                self.starunpack(args, n, Opcode::BUILD_LIST, true)?;
            }
        } else {
            self.starunpack(args, n, Opcode::BUILD_LIST, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, kw) in kws.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&kws[i - nseen..i])?;
                        if have_dict {
                            self.op_i(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.op_i(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.op_i(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&kws[nkw - nseen..])?;
                if have_dict {
                    self.op_i(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.op_i(Opcode::CALL_FUNCTION_EX, u32::from(nkw > 0));
        Ok(())
    }

    /// `compiler_subkwargs`: a dict of named keyword arguments.
    fn subkwargs(&mut self, kws: &'a [Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys = kws
                .iter()
                .map(|k| Const::str(k.arg.as_ref().map_or("", |a| a.as_str())))
                .collect();
            self.load_const(Const::Tuple(keys));
            self.op_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_at(
                crate::flowgraph::ir::Op::Real(Opcode::BUILD_MAP),
                0,
                None,
                Loc::NONE,
            );
        }
        for k in kws {
            self.load_const(Const::str(k.arg.as_ref().map_or("", |a| a.as_str())));
            self.visit_expr(&k.value)?;
            if big {
                self.emit_at(
                    crate::flowgraph::ir::Op::Real(Opcode::MAP_ADD),
                    1,
                    None,
                    Loc::NONE,
                );
            }
        }
        if !big {
            self.op_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    /// An f-string (3.11 `JoinedStr`): pieces, then `BUILD_STRING`.
    pub fn fstring(&mut self, f: &'a ExprFString) -> CResult {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(l) => push_text(&mut pieces, &l.value),
                FStringPart::FString(fs) => pieces_of(&fs.elements, fs.range, &mut pieces),
            }
        }
        self.joined(&pieces, None)
    }

    /// The pieces and the `BUILD_STRING` (or `''.join` for many pieces). For a format spec,
    /// `token` is the string token holding it: 3.11's parser locates the spec node there, and
    /// so its container code and its trailing text, while text flushed before a replacement
    /// field and the fields themselves span the whole f-string (the current location).
    fn joined(&mut self, pieces: &[Piece<'a>], token: Option<TextRange>) -> CResult {
        let whole = self.u().loc;
        if let Some(t) = token {
            self.set_loc(t);
        }
        let n = pieces.len();
        let big = n > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Const::str(""));
            self.op_name(Opcode::LOAD_METHOD, "join");
            self.op_i(Opcode::BUILD_LIST, 0);
        }
        let container = self.u().loc;
        for (i, p) in pieces.iter().enumerate() {
            let trailing_text = i + 1 == n && matches!(p, Piece::Text(_));
            self.um().loc = if trailing_text { container } else { whole };
            self.piece(p)?;
            self.um().loc = container;
            if big {
                self.op_i(Opcode::LIST_APPEND, 1);
            }
        }
        if big {
            self.op_i(Opcode::PRECALL, 1);
            self.op_i(Opcode::CALL, 1);
        } else if n != 1 {
            self.op_i(Opcode::BUILD_STRING, n as u32);
        }
        self.um().loc = whole;
        Ok(())
    }

    /// A replacement field's expression. 3.11 parses it as `(` text `)`, so a bare tuple or
    /// generator expression, which those parentheses delimit, spans from the `{` to one past
    /// the end of the expression text (the `}`, `!`, `:` or `=` that ends it).
    fn field_value(&mut self, expr: &'a Expr, field_start: ruff_text_size::TextSize) -> CResult {
        let bare = match expr {
            Expr::Tuple(t) => !t.parenthesized,
            Expr::Generator(g) => !g.parenthesized,
            _ => false,
        };
        if !bare {
            return self.visit_expr(expr);
        }
        let bytes = self.index.source().as_bytes();
        let mut end = usize::from(expr.end());
        while end < bytes.len() && matches!(bytes[end], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
            end += 1;
        }
        let end =
            ruff_text_size::TextSize::try_from((end + 1).min(bytes.len())).unwrap_or(expr.end());
        self.visit_expr_at(expr, TextRange::new(field_start, end))
    }

    fn piece(&mut self, p: &Piece<'a>) -> CResult {
        match p {
            Piece::Text(t) => {
                self.load_const(Const::Str(t.clone()));
                Ok(())
            }
            Piece::Value {
                expr,
                conversion,
                spec,
                token,
                field_start,
            } => {
                self.field_value(expr, *field_start)?;
                let mut oparg = match conversion {
                    ConversionFlag::None => 0,
                    ConversionFlag::Str => 1,
                    ConversionFlag::Repr => 2,
                    ConversionFlag::Ascii => 3,
                };
                if let Some(spec) = spec {
                    self.joined(spec, Some(*token))?;
                    oparg |= 4;
                }
                self.op_i(Opcode::FORMAT_VALUE, oparg);
                Ok(())
            }
        }
    }
}

/// One piece of a `'...' % (...)` rewritten as an f-string (ast_opt's `optimize_format`).
pub enum FormatPiece<'e> {
    Text(String),
    Value {
        arg: &'e Expr,
        conversion: u32,
        spec: Option<String>,
    },
}

/// `optimize_format`: `'%s and %r' % (a, b)` with only simple `%s`/`%r`/`%a` units becomes
/// an f-string; `None` when 3.11 leaves the expression alone.
pub fn optimize_format<'e>(fmt: &str, args: &'e [Expr]) -> Option<Vec<FormatPiece<'e>>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut cnt = 0;
    let mut out = Vec::new();
    loop {
        // Literal text up to the next lone '%'.
        let start = pos;
        while pos < chars.len() {
            if chars[pos] != '%' {
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            let text: String = chars[start..pos].iter().collect();
            out.push(FormatPiece::Text(text.replace("%%", "%")));
        }
        if pos >= chars.len() {
            break;
        }
        let arg = args.get(cnt)?;
        pos += 1;
        cnt += 1;
        let mut next = || -> Option<char> {
            let c = chars.get(pos).copied();
            pos += 1;
            c
        };
        let mut ch = next()?;
        let mut ljust = false;
        while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
            ljust |= ch == '-';
            ch = next()?;
        }
        let mut width: i32 = -1;
        if ch.is_ascii_digit() {
            width = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                width = width * 10 + (ch as i32 - '0' as i32);
                ch = next()?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        let mut prec: i32 = -1;
        if ch == '.' {
            ch = next()?;
            prec = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = prec * 10 + (ch as i32 - '0' as i32);
                ch = next()?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        let conversion = match ch {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => return None,
        };
        let mut spec = String::new();
        if !ljust && width > 0 {
            spec.push('>');
        }
        if width >= 0 {
            spec.push_str(&width.to_string());
        }
        if prec >= 0 {
            spec.push_str(&format!(".{prec}"));
        }
        out.push(FormatPiece::Value {
            arg,
            conversion,
            spec: (!spec.is_empty()).then_some(spec),
        });
    }
    (cnt == args.len()).then_some(out)
}

impl<'a> Compiler<'a> {
    /// Emit the f-string form of `'...' % (...)`: literal parts have no location, each
    /// value is formatted at its argument's location.
    pub fn format_pieces(&mut self, pieces: &[FormatPiece<'a>]) -> CResult {
        let saved = self.u().loc;
        let n = pieces.len();
        let big = n > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Const::str(""));
            self.op_name(Opcode::LOAD_METHOD, "join");
            self.op_i(Opcode::BUILD_LIST, 0);
        }
        for p in pieces {
            match p {
                FormatPiece::Text(t) => {
                    self.um().loc = Loc::NONE;
                    self.load_const(Const::Str(t.clone()));
                    self.um().loc = saved;
                }
                FormatPiece::Value {
                    arg,
                    conversion,
                    spec,
                } => {
                    self.set_loc(arg.range());
                    self.visit_expr(arg)?;
                    let mut oparg = *conversion;
                    if let Some(spec) = spec {
                        let here = self.u().loc;
                        self.um().loc = Loc::NONE;
                        self.load_const(Const::Str(spec.clone()));
                        self.um().loc = here;
                        oparg |= 4;
                    }
                    self.op_i(Opcode::FORMAT_VALUE, oparg);
                    self.um().loc = saved;
                }
            }
            if big {
                self.op_i(Opcode::LIST_APPEND, 1);
            }
        }
        if big {
            self.op_i(Opcode::PRECALL, 1);
            self.op_i(Opcode::CALL, 1);
        } else if n != 1 {
            self.op_i(Opcode::BUILD_STRING, n as u32);
        }
        Ok(())
    }
}
