//! Tracebacks: recording where an exception passes (one entry per frame, as CPython's
//! `PyTraceBack_Here`), and printing an uncaught exception exactly as CPython 3.11's
//! `PyErr_Display` does — chained exceptions, source lines, the `^^^^`/`~~~^~~~` position
//! markers from `co_positions`, repeated-frame folding, and the SyntaxError layout.

use std::cell::RefCell;
use std::rc::Rc;

use crate::frame::Frame;
use crate::object::{Payload, PyObject, Traceback};
use crate::types::typeobj::data;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, Vm};

/// How many identical consecutive entries are printed before folding them.
const RECURSIVE_CUTOFF: usize = 3;
/// `sys.tracebacklimit`'s default: only the innermost entries are shown.
const TRACEBACK_LIMIT: usize = 1000;

/// Moves the locals of `f`, which `err` is leaving, into the traceback entry for `f`: CPython's
/// traceback holds the frame, so its locals die with the exception, not before.
pub fn keep_locals(err: &PyErr, f: &mut Frame) {
    let Payload::Exception(d) = &err.0.payload else {
        return;
    };
    let Ok(d) = d.try_borrow() else {
        return;
    };
    let Some(tb) = &d.traceback else {
        return;
    };
    if let Payload::Traceback(t) = &tb.payload {
        if Rc::ptr_eq(&t.code, &f.code) && t.lasti == f.lasti {
            if let Ok(mut l) = t.locals.try_borrow_mut() {
                if l.is_empty() {
                    *l = std::mem::take(&mut f.fast);
                }
            }
        }
    }
}

/// Prepends `frame`'s current position to the exception's traceback.
pub fn add_frame(vm: &Vm, err: &PyErr, f: &Frame) {
    let Payload::Exception(d) = &err.0.payload else {
        return;
    };
    let mut d = d.borrow_mut();
    let tb = Traceback {
        next: d.traceback.take(),
        code: f.code.clone(),
        lasti: f.lasti,
        globals: f.globals.clone(),
        locals: RefCell::new(Vec::new()),
    };
    d.traceback = Some(PyObject::new(
        vm.types().traceback.clone(),
        Payload::Traceback(Box::new(tb)),
    ));
}

/// The full text CPython prints for an uncaught exception.
pub fn format_exception(vm: &Vm, err: &PyErr) -> String {
    let mut out = String::new();
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    format_exc(vm, &err.0, &mut ctx, &mut out);
    out
}

/// An exception as the default `sys.unraisablehook` writes it: its own traceback and
/// message, without the chain of causes and contexts.
pub fn format_unraisable(vm: &Vm, err: &PyErr) -> String {
    let mut out = String::new();
    if let Some(stack) = stack_text(&err.0) {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&stack);
    }
    out.push_str(&exception_only(vm, &err.0));
    out
}

/// Where the printer is inside nested exception groups (`traceback._ExceptionPrintContext`).
struct Ctx {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

/// How many sub-exceptions of a group are printed, and how deep groups are followed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with every line behind the group margin (`| `, or `+ ` for a top-level
    /// group's header).
    fn emit(&self, text: &str, margin: char, out: &mut String) {
        let mut indent = self.indent();
        if self.depth > 0 {
            indent.push(margin);
            indent.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&indent);
            out.push_str(line);
        }
    }
}

/// `(__cause__, __context__, __suppress_context__, __traceback__)`.
type ChainInfo = (Option<Value>, Option<Value>, bool, Option<PyRef>);

fn exc_data(e: &PyRef) -> Option<ChainInfo> {
    match &e.payload {
        Payload::Exception(d) => {
            let d = d.borrow();
            Some((
                d.cause.clone(),
                d.context.clone(),
                d.suppress_context,
                d.traceback.clone(),
            ))
        }
        _ => None,
    }
}

/// An exception with its chain of causes and contexts, as `TracebackException.format`.
fn format_exc(vm: &Vm, e: &PyRef, ctx: &mut Ctx, out: &mut String) {
    ctx.seen.push(Rc::as_ptr(e) as usize);
    if let Some((cause, context, suppress, _)) = exc_data(e) {
        let unseen = |v: &Value, seen: &Vec<usize>| match v {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
                !seen.contains(&(Rc::as_ptr(o) as usize))
            }
            _ => false,
        };
        if let Some(Value::Obj(co)) = cause.filter(|c| unseen(c, &ctx.seen)) {
            format_exc(vm, &co, ctx, out);
            ctx.emit(
                "\nThe above exception was the direct cause of the following exception:\n\n",
                '|',
                out,
            );
        } else if let Some(Value::Obj(co)) = context.filter(|c| !suppress && unseen(c, &ctx.seen)) {
            format_exc(vm, &co, ctx, out);
            ctx.emit(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
                '|',
                out,
            );
        }
    }
    let Some((_, children)) = crate::builtins::exception_groups::group_parts(e) else {
        if let Some(stack) = stack_text(e) {
            ctx.emit("Traceback (most recent call last):\n", '|', out);
            ctx.emit(&stack, '|', out);
        }
        ctx.emit(&exception_only(vm, e), '|', out);
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
            out,
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if let Some(stack) = stack_text(e) {
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            if toplevel { '+' } else { '|' },
            out,
        );
        ctx.emit(&stack, '|', out);
    }
    ctx.emit(&exception_only(vm, e), '|', out);
    let n = children.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, child) in children.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {title} ----------------\n"));
        ctx.depth += 1;
        if !truncated {
            match child {
                Value::Obj(c) => format_exc(vm, c, ctx, out),
                other => ctx.emit(
                    &format!("{}\n", vm.repr(other).unwrap_or_default()),
                    '|',
                    out,
                ),
            }
        } else {
            let remaining = children.len() - MAX_GROUP_WIDTH;
            ctx.emit(
                &format!(
                    "and {remaining} more exception{}\n",
                    if remaining > 1 { "s" } else { "" }
                ),
                '|',
                out,
            );
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The traceback entries of `e` (without the "Traceback" header), if it has any.
fn stack_text(e: &PyRef) -> Option<String> {
    let (_, _, _, Some(tb)) = exc_data(e)? else {
        return None;
    };
    let mut out = String::new();
    let out = &mut out;
    let mut entries = Vec::new();
    let mut cur = Some(tb);
    while let Some(t) = cur {
        match &t.payload {
            Payload::Traceback(tb) => {
                entries.push((tb.code.clone(), tb.lasti));
                cur = tb.next.clone();
            }
            _ => break,
        }
    }
    let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
    let mut last: Option<(String, Option<i32>, String)> = None;
    let mut repeats = 0;
    for (code, lasti) in entries.into_iter().skip(skip) {
        let pos = code.position(lasti);
        let file = code
            .filename
            .as_str()
            .map_or("", |s| s.as_str())
            .to_string();
        let name = code.name.as_str().map_or("", |s| s.as_str()).to_string();
        let key = (file.clone(), pos[0], name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats >= RECURSIVE_CUTOFF {
                continue;
            }
        } else {
            flush_repeats(out, repeats);
            repeats = 0;
            last = Some(key);
        }
        format_entry(out, &file, &name, pos);
    }
    flush_repeats(out, repeats);
    Some(std::mem::take(out))
}

/// `Type: message` and the exception's notes (`format_exception_only`).
fn exception_only(vm: &Vm, e: &PyRef) -> String {
    let mut out = String::new();
    let out = &mut out;
    let cls = e.class().clone();
    if crate::types::typeobj::is_subtype(&cls, &vm.types().exc.syntax_error) {
        format_syntax_error_location(vm, e, out);
    }
    out.push_str(&exception_line(vm, e));
    out.push('\n');
    if let Some(d) = &e.dict {
        if let Ok(Some(notes)) = vm.dict_get_str(d, "__notes__") {
            if let Ok(items) = vm.collect(&notes) {
                for n in items {
                    out.push_str(&vm.str_of(&n).unwrap_or_default());
                    out.push('\n');
                }
            }
        }
    }
    std::mem::take(out)
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= RECURSIVE_CUTOFF {
        let n = repeats - (RECURSIVE_CUTOFF - 1);
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// `  File "f.py", line 3, in name`, the source line and its markers.
fn format_entry(out: &mut String, file: &str, name: &str, pos: [Option<i32>; 4]) {
    let line_text = match pos[0] {
        Some(l) => l.to_string(),
        None => "None".to_string(),
    };
    out.push_str(&format!("  File \"{file}\", line {line_text}, in {name}\n"));
    let Some(lineno) = pos[0] else { return };
    let Some(source) = source_line(file, lineno) else {
        return;
    };
    let indent = source
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let stripped: String = source.chars().skip(indent).collect();
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    let (Some(end_line), Some(col), Some(end_col)) = (pos[1], pos[2], pos[3]) else {
        return;
    };
    if col < 0 || end_col < 0 || end_line < 0 {
        return;
    }
    let start = byte_to_char(&source, col as usize);
    let mut end = byte_to_char(&source, end_col as usize);
    let mut anchors = None;
    if end_line == lineno {
        anchors = anchors_in(&source, start, end);
    } else {
        // A multi-line expression: up to the last non-blank character of the first line.
        end = source.trim_end_matches([' ', '\t', '\x0c']).chars().count();
    }
    let stripped_len = source.chars().count() - indent;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    let mut line = String::from("    ");
    for i in indent..end.max(indent) {
        if i < start {
            line.push(' ');
        } else {
            let secondary = anchors.is_some_and(|(l, r)| l <= i && i < r);
            line.push(match (anchors.is_some(), secondary) {
                (true, true) => '^',
                (true, false) => '~',
                _ => '^',
            });
        }
    }
    out.push_str(&line);
    out.push('\n');
}

/// The binary-operator or subscript anchors within `line[start..end]` (character offsets):
/// CPython 3.11 marks the operator (or the subscript) with `^` and the rest with `~`.
fn anchors_in(line: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let segment: String = line
        .chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect();
    let (l, r) = compiler::caret::binop_or_subscript_anchors(&segment)?;
    Some((
        start + byte_to_char(&segment, l),
        start + byte_to_char(&segment, r),
    ))
}

fn byte_to_char(s: &str, byte: usize) -> usize {
    let b = byte.min(s.len());
    let mut b2 = b;
    while b2 > 0 && !s.is_char_boundary(b2) {
        b2 -= 1;
    }
    s[..b2].chars().count() + (b - b2).min(1)
}

/// Line `lineno` of `file` without its line ending, if the file can be read.
pub fn source_line(file: &str, lineno: i32) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let text = match crate::modules::embedded::source_of_file(file) {
        Some(embedded) => embedded.as_bytes().to_vec(),
        None => std::fs::read(file).ok()?,
    };
    let text = String::from_utf8_lossy(&text);
    let line = text.split_inclusive('\n').nth(lineno as usize - 1)?;
    Some(line.trim_end_matches(['\n', '\r']).to_string())
}

/// `Type: message` (module-qualified unless builtins or `__main__`).
pub fn exception_line(vm: &Vm, e: &PyRef) -> String {
    let cls = e.class().clone();
    let mut name = String::new();
    match vm.type_module(&cls) {
        Some(m) if m != "builtins" && m != "__main__" => {
            name.push_str(&m);
            name.push('.');
        }
        None => name.push_str("<unknown>"),
        _ => {}
    }
    name.push_str(&data(&cls).qualname.borrow());
    let is_syntax = crate::types::typeobj::is_subtype(&cls, &vm.types().exc.syntax_error);
    let msg = if is_syntax {
        e.dict
            .as_ref()
            .and_then(|d| vm.dict_get_str(d, "msg").ok().flatten())
            .map(|m| vm.str_of(&m).unwrap_or_default())
            .unwrap_or_else(|| vm.str_of(&Value::Obj(e.clone())).unwrap_or_default())
    } else {
        match vm.str_of(&Value::Obj(e.clone())) {
            Ok(s) => s,
            Err(_) => return format!("{name}: <exception str() failed>"),
        }
    };
    let msg = match crate::suggestions::offer(vm, e) {
        Some(s) => format!("{msg}. Did you mean: '{s}'?"),
        None => msg,
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The `File "...", line N` block of a SyntaxError, with the offending text and carets.
fn format_syntax_error_location(vm: &Vm, e: &PyRef, out: &mut String) {
    let Some(d) = &e.dict else { return };
    let get = |k: &str| vm.dict_get_str(d, k).ok().flatten().unwrap_or(Value::None);
    let int = |v: Value| match v {
        Value::Int(i) => Some(i),
        _ => None,
    };
    let filename = match get("filename") {
        Value::None => "<string>".to_string(),
        v => vm.str_of(&v).unwrap_or_default(),
    };
    let Some(lineno) = int(get("lineno")) else {
        return;
    };
    out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
    let text = match get("text") {
        Value::None => return,
        v => vm.str_of(&v).unwrap_or_default(),
    };
    let offset = int(get("offset")).unwrap_or(0);
    let end_offset = int(get("end_offset")).unwrap_or(0);
    let end_lineno = int(get("end_lineno")).unwrap_or(lineno);
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    let mut off = offset - 1;
    let mut end_off = end_offset - 1;
    while start < chars.len() && matches!(chars[start], ' ' | '\t' | '\x0c') {
        start += 1;
        off -= 1;
        end_off -= 1;
    }
    let mut body: Vec<char> = chars[start..].to_vec();
    let mut len = body.len() as i64;
    if len > 0 && body[len as usize - 1] == '\n' {
        len -= 1;
    }
    if off > len {
        off = len;
    }
    // Skip past newlines embedded in the text before the offset.
    while let Some(nl) = body.iter().position(|c| *c == '\n') {
        if nl as i64 >= off {
            break;
        }
        let skip = nl + 1;
        body.drain(..skip);
        len -= skip as i64;
        off -= skip as i64;
        end_off -= skip as i64;
    }
    let line: String = body.iter().collect();
    out.push_str("    ");
    out.push_str(&line);
    if !line.ends_with('\n') {
        out.push('\n');
    }
    if off < 0 {
        return;
    }
    let width = if end_lineno == lineno && end_off > off {
        (end_off - off).min(len - off).max(1)
    } else {
        1
    };
    out.push_str("    ");
    out.push_str(&" ".repeat(off as usize));
    out.push_str(&"^".repeat(width as usize));
    out.push('\n');
}
