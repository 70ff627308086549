//! `compile()`, `eval()`, `exec()`, `globals()` and `locals()`.
//!
//! Source text is compiled in the mode CPython uses: `'exec'` (a module), `'eval'` (one
//! expression whose code object returns its value) or `'single'` (one interactive statement
//! whose expression values go to `sys.displayhook`).

use std::rc::Rc;

use crate::builtins::argparse::Sig;
use crate::code::Code;
use crate::object::Payload;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The three modes of `compile()`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

impl Vm {
    /// Compiles a source string (`compile()`, `exec()`, `eval()`) in `mode` into a runtime
    /// code object; a `SyntaxError` exception if it is invalid. (Files go through
    /// `compile_source`: their error lines are shown as read.)
    pub fn compile_mode(&self, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
        if source.contains('\0') {
            return Err(self.new_error(
                &self.types().exc.syntax_error,
                "source code string cannot contain null bytes",
            ));
        }
        let compiled = match mode {
            Mode::Exec => compiler::compile_source(source, filename),
            Mode::Eval => compiler::compile_expression_source(source, filename),
            Mode::Single => compiler::compile_interactive_source(source, filename),
        };
        match compiled {
            Ok(code) => crate::code::load_code(
                self,
                &bytecode::object::Obj::new(bytecode::object::Value::Code(Box::new(code))),
            ),
            Err(mut e) => {
                // Source strings are read as if they ended in a newline (CPython's string
                // tokenizer adds one); only eval mode shows the bare last line.
                let last_line = source.split('\n').count() as u32;
                if mode != Mode::Eval && e.lineno == last_line && !source.ends_with('\n') {
                    if let Some(t) = &mut e.text {
                        if !t.ends_with('\n') {
                            t.push('\n');
                        }
                    }
                }
                Err(self.syntax_error_from(&e))
            }
        }
    }
}

/// `exec`/`eval` give globals without `__builtins__` the running frame's builtins dict.
fn run_in(vm: &Vm, code: &Rc<Code>, globals: PyRef, locals: PyRef) -> PyResult<Value> {
    if vm.dict_get_str(&globals, "__builtins__")?.is_none() {
        vm.dict_set_str(&globals, "__builtins__", Value::Obj(vm.builtins_dict()));
    }
    vm.run_code(code, globals, Some(locals))
}

/// Source text of a `str` or UTF-8 `bytes`-like argument; `None` for other objects.
fn source_text(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(Payload::Bytes(b)) => match std::str::from_utf8(b) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) => Err(vm.new_error(
                &vm.types().exc.syntax_error,
                "(unicode error) 'utf-8' codec can't decode bytes",
            )),
        },
        Some(Payload::ByteArray(b)) => match std::str::from_utf8(&b.borrow()) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) => Err(vm.new_error(
                &vm.types().exc.syntax_error,
                "(unicode error) 'utf-8' codec can't decode bytes",
            )),
        },
        _ => Ok(None),
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn compile(vm: &Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new(
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
    );
    let a = SIG.bind(vm, &args)?;
    let (source, filename, mode) = (a[0].unwrap(), a[1].unwrap(), a[2].unwrap());
    let filename = match filename.as_obj().map(|o| &o.payload) {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(filename)
            )))
        }
    };
    let mode = match mode.as_obj().and_then(|o| o.as_str()).map(|s| s.as_str()) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(vm.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(mode)
            )))
        }
    };
    let flags = match a[3] {
        Some(f) => vm.index_arg(f)?,
        None => 0,
    };
    if flags & crate::modules::ast::PYCF_ONLY_AST != 0 {
        let Some(text) = source_text(vm, source)? else {
            return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
        };
        let mode = match mode {
            Mode::Exec => "exec",
            Mode::Eval => "eval",
            Mode::Single => "single",
        };
        return crate::modules::ast::convert::parse_to_ast(vm, &text, &filename, mode);
    }
    if let Some(Payload::Code(_)) = source.as_obj().map(|o| &o.payload) {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    }
    let Some(text) = source_text(vm, source)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let code = vm.compile_mode(&text, &filename, mode)?;
    Ok(Value::Obj(crate::object::PyObject::new(
        vm.types().code.clone(),
        Payload::Code(code),
    )))
}

/// The code object for `exec`/`eval`: a code object, or source text compiled now.
fn code_arg(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<Code>> {
    if let Some(Payload::Code(c)) = v.as_obj().map(|o| &o.payload) {
        return Ok(c.clone());
    }
    let Some(text) = source_text(vm, v)? else {
        return Err(vm.type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        )));
    };
    if name == "eval" {
        // eval() ignores leading spaces and tabs (the expression grammar has no indentation).
        let text = text.trim_start_matches([' ', '\t']);
        vm.compile_mode(text, "<string>", Mode::Eval)
    } else {
        vm.compile_mode(&text, "<string>", Mode::Exec)
    }
}

fn is_dict(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.as_dict().is_some())
}

/// Whether `v` can serve as a locals mapping (CPython's `PyMapping_Check`).
fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v.as_obj() {
        Some(o) if o.as_dict().is_some() => true,
        Some(o) => crate::ops::number::user_method(vm, o.class(), "__getitem__").is_some(),
        None => false,
    }
}

/// The namespaces `exec`/`eval` run in: explicit ones, or the caller's.
fn namespaces(
    vm: &Vm,
    name: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(PyRef, PyRef)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    if let Some(g) = globals {
        if !is_dict(g) {
            return Err(vm.type_error(if name == "eval" {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            }));
        }
    }
    if let Some(l) = locals {
        if !is_mapping(vm, l) {
            return Err(vm.type_error(if name == "eval" {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            }));
        }
    }
    // The caller's locals are taken even when unused so no snapshot is left behind.
    let caller_locals = vm.current_locals();
    let globals = match globals {
        Some(Value::Obj(g)) => g.clone(),
        _ => vm.current_globals().unwrap_or_else(|| vm.new_dict()),
    };
    let locals = match locals {
        Some(Value::Obj(l)) => l.clone(),
        _ => caller_locals.unwrap_or_else(|| globals.clone()),
    };
    Ok((globals, locals))
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub fn exec(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "exec", &["closure"])?;
    let pos = args.pos();
    if pos.is_empty() {
        let _ = vm.current_locals();
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if pos.len() > 3 {
        let _ = vm.current_locals();
        return Err(vm.type_error(format!(
            "exec() takes at most 3 positional arguments ({} given)",
            pos.len()
        )));
    }
    let (g, l) = explicit_or_caller(vm, "exec", pos)?;
    let code = code_arg(vm, &pos[0], "exec")?;
    run_in(vm, &code, g, l)?;
    Ok(Value::None)
}

/// With explicit globals only, they are the locals too (not the caller's locals).
fn explicit_or_caller(vm: &Vm, name: &str, pos: &[Value]) -> PyResult<(PyRef, PyRef)> {
    let (g, l) = namespaces(vm, name, pos.get(1), pos.get(2))?;
    let globals_explicit = pos.get(1).is_some_and(|g| !g.is_none());
    let locals_explicit = pos.get(2).is_some_and(|l| !l.is_none());
    if globals_explicit && !locals_explicit {
        return Ok((g.clone(), g));
    }
    Ok((g, l))
}

/// `eval(source, globals=None, locals=None, /)`.
pub fn eval(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        let _ = vm.current_locals();
        return Err(vm.type_error("eval() takes no keyword arguments"));
    }
    let pos = match args.count(vm, "eval", 1, 3) {
        Ok(p) => p,
        Err(e) => {
            let _ = vm.current_locals();
            return Err(e);
        }
    };
    let (g, l) = explicit_or_caller(vm, "eval", pos)?;
    let code = code_arg(vm, &pos[0], "eval")?;
    run_in(vm, &code, g, l)
}

/// `globals()`.
pub fn globals(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "globals", 0, 0)?;
    Ok(vm.current_globals().map_or(Value::None, Value::Obj))
}

/// `locals()`.
pub fn locals(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = vm.current_locals();
    args.fixed(vm, "locals", 0, 0)?;
    Ok(l.map_or(Value::None, Value::Obj))
}
