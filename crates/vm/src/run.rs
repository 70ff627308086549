//! Running code: a code object in a namespace, a source file or `.pyc` as `__main__`, and
//! what happens at the top when an exception escapes (the traceback, `SystemExit`'s exit
//! code), as CPython's `pymain_run_file` and `PyErr_Print` do.

use std::path::Path;
use std::rc::Rc;

use crate::code::Code;
use crate::eval::{run_frame, Exit};
use crate::frame::Frame;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The status of a program ended by an uncaught KeyboardInterrupt: not a real exit status
/// (those are taken modulo 256), a request to die by SIGINT
/// (`crate::gil::interrupt::exit_by_sigint`).
pub const INTERRUPTED: i32 = i32::MIN;

pub use crate::bytecode_cache::{cache_path, CACHE_TAG};

impl Vm {
    /// Runs a module-level or class-body code object with `globals` and `locals`.
    pub fn run_code(
        &self,
        code: &Rc<Code>,
        globals: PyRef,
        locals: Option<PyRef>,
    ) -> PyResult<Value> {
        let builtins = self.builtins_dict();
        if self.dict_get_str(&globals, "__builtins__")?.is_none() {
            if let Some(b) = self.interp.builtins.borrow().clone() {
                self.dict_set_str(&globals, "__builtins__", Value::Obj(b));
            }
        }
        let mut frame = Frame::new(code.clone(), globals, builtins, locals);
        self.enter_call()?;
        let r = run_frame(self, &mut frame);
        self.leave_call();
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// The `builtins` module's namespace.
    pub fn builtins_dict(&self) -> PyRef {
        self.interp
            .builtins
            .borrow()
            .as_ref()
            .and_then(|m| m.dict.clone())
            .unwrap_or_else(|| self.new_dict())
    }

    /// Compiles source text into a runtime code object; a `SyntaxError` exception if it is
    /// invalid.
    pub fn compile_source(&self, source: &str, filename: &str) -> PyResult<Rc<Code>> {
        match compiler::compile_source(source, filename) {
            Ok(code) => crate::code::load_code(
                self,
                &bytecode::object::Obj::new(bytecode::object::Value::Code(Box::new(code))),
            ),
            Err(e) => Err(self.syntax_error_from(&e)),
        }
    }

    /// A Python `SyntaxError` (or subclass) from the compiler's error.
    pub fn syntax_error_from(&self, e: &compiler::SyntaxError) -> PyErr {
        let class = match e.kind {
            compiler::ErrorKind::SyntaxError => &self.types().exc.syntax_error,
            compiler::ErrorKind::IndentationError => &self.types().exc.indentation_error,
            compiler::ErrorKind::TabError => &self.types().exc.tab_error,
        };
        let opt_int = |v: u32| Value::Int(compiler::SyntaxError::py_column(v));
        let text = e
            .text
            .as_ref()
            .map_or(Value::None, |t| self.new_str(t.as_str()));
        let details = self.new_tuple(vec![
            self.new_str(e.filename.as_str()),
            opt_int(e.lineno),
            opt_int(e.offset),
            text.clone(),
            opt_int(e.end_lineno),
            opt_int(e.end_offset),
        ]);
        let exc = self.new_exception(class, vec![self.new_str(e.msg.as_str()), details]);
        if let Some(d) = &exc.dict {
            self.dict_set_str(d, "msg", self.new_str(e.msg.as_str()));
            self.dict_set_str(d, "filename", self.new_str(e.filename.as_str()));
            self.dict_set_str(d, "lineno", opt_int(e.lineno));
            self.dict_set_str(d, "offset", opt_int(e.offset));
            self.dict_set_str(d, "text", text);
            self.dict_set_str(d, "end_lineno", opt_int(e.end_lineno));
            self.dict_set_str(d, "end_offset", opt_int(e.end_offset));
            self.dict_set_str(d, "print_file_and_line", Value::None);
        }
        PyErr(exc)
    }

    /// Runs `path` (source or `.pyc`) as `__main__`; returns the process exit status.
    pub fn run_main(&self, path: &Path) -> i32 {
        self.run_main_in_package(path, None)
    }

    /// As [`Vm::run_main`], with `__package__` set (`-m pkg` runs `pkg/__main__.py` so).
    pub fn run_main_in_package(&self, path: &Path, package: Option<&str>) -> i32 {
        let main = self.new_module("__main__");
        let d = main.dict.clone().expect("module dict");
        if let Some(p) = package {
            self.dict_set_str(&d, "__package__", self.new_str(p));
        }
        let shown = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.dict_set_str(&d, "__file__", self.new_str(shown.to_string_lossy()));
        self.dict_set_str(&d, "__cached__", Value::None);
        self.dict_set_str(&self.interp.modules, "__main__", Value::Obj(main.clone()));
        let is_pyc = path.extension().is_some_and(|e| e == "pyc");
        let code = if is_pyc {
            load_pyc_code(self, path)
        } else {
            load_source_code(self, &shown)
        };
        let r = code.and_then(|c| self.run_code(&c, d.clone(), Some(d)));
        self.finish(r)
    }

    /// Runs `-c` text as `__main__`.
    pub fn run_command(&self, source: &str) -> i32 {
        self.run_source_as_main(source, "<string>")
    }

    /// Runs source text named `filename` (`<string>` for `-c`, `<stdin>`) as `__main__`.
    pub fn run_source_as_main(&self, source: &str, filename: &str) -> i32 {
        let main = self.new_module("__main__");
        let d = main.dict.clone().expect("module dict");
        self.dict_set_str(&self.interp.modules, "__main__", Value::Obj(main));
        let r = self
            .compile_source(source, filename)
            .and_then(|c| self.run_code(&c, d.clone(), Some(d)));
        self.finish(r)
    }

    /// The exit status for how the main program ended, printing an uncaught exception.
    /// [`INTERRUPTED`] asks the caller to end the process by SIGINT, as CPython does after an
    /// uncaught KeyboardInterrupt.
    pub fn finish(&self, r: PyResult<Value>) -> i32 {
        let status = match r {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(&e),
        };
        crate::gc::run_pending(self);
        // As CPython's finalisation: wait for the non-daemon threads (daemon threads never
        // get the GIL back: the main thread keeps it until the process exits).
        crate::modules::thread::shutdown(self);
        crate::modules::io::at_exit(self);
        self.flush_stdout();
        status
    }

    /// `SystemExit` gives its code; anything else is printed as a traceback, status 1.
    pub fn handle_uncaught(&self, e: &PyErr) -> i32 {
        if self.err_matches(e, &self.types().exc.system_exit) {
            return self.system_exit_status(e);
        }
        self.flush_stdout();
        let text = crate::traceback::format_exception(self, e);
        self.write_stderr(&text);
        if self.err_matches(e, &self.types().exc.keyboard_interrupt) {
            return INTERRUPTED;
        }
        1
    }

    /// Writes text to the process's stderr (unbuffered, as CPython's stderr is).
    pub fn write_stderr(&self, text: &str) {
        use std::io::Write;
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    /// The status `SystemExit` asks for, as CPython's `_Py_HandleSystemExit`: its `code`
    /// attribute; `None` is 0, an int is the C `int` of it (-1 when it does not fit a C
    /// long), anything else is written to stderr and gives 1.
    fn system_exit_status(&self, e: &PyErr) -> i32 {
        let exc = Value::Obj(e.0.clone());
        let code = match self.getattr_opt(&exc, "code") {
            Ok(Some(c)) => c,
            _ => exc,
        };
        match &code {
            Value::None => 0,
            Value::Int(i) => *i as i32,
            Value::Bool(b) => *b as i32,
            Value::Obj(o) if crate::types::typeobj::is_subtype(o.class(), &self.types().int) => {
                match crate::builtins::constructors::to_int(self, &code) {
                    Ok(Value::Int(i)) => i as i32,
                    Ok(Value::Bool(b)) => b as i32,
                    _ => -1,
                }
            }
            other => {
                self.flush_stdout();
                let text = self.str_of(other).unwrap_or_default();
                self.write_stderr(&format!("{text}\n"));
                1
            }
        }
    }
}

/// Reads and compiles a source file.
pub fn load_source_code(vm: &Vm, path: &Path) -> PyResult<Rc<Code>> {
    let bytes = std::fs::read(path).map_err(|e| vm.os_error_from(&e, Some(path)))?;
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            return Err(vm.new_error(
                &vm.types().exc.syntax_error,
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    e.as_bytes()[bad],
                    path.display(),
                    e.as_bytes()[..bad].iter().filter(|b| **b == b'\n').count() + 1
                ),
            ));
        }
    };
    vm.compile_source(&source, &path.to_string_lossy())
}

/// Reads a `.pyc` file's code object.
pub fn load_pyc_code(vm: &Vm, path: &Path) -> PyResult<Rc<Code>> {
    let bytes = std::fs::read(path).map_err(|e| vm.os_error_from(&e, Some(path)))?;
    match bytecode::pyc::read(&bytes) {
        Ok(pyc) => crate::code::load_code(vm, &pyc.code),
        Err(e) => Err(vm.runtime_error(format!("Bad code object in .pyc file: {e}"))),
    }
}

impl Vm {
    /// An `OSError` subclass for an I/O error, as CPython maps errno values.
    pub fn os_error_from(&self, e: &std::io::Error, path: Option<&Path>) -> PyErr {
        use std::io::ErrorKind as K;
        let exc = &self.types().exc;
        let class = match e.kind() {
            K::NotFound => &exc.file_not_found_error,
            K::PermissionDenied => &exc.permission_error,
            K::AlreadyExists => &exc.file_exists_error,
            K::IsADirectory => &exc.is_a_directory_error,
            K::NotADirectory => &exc.not_a_directory_error,
            _ => &exc.os_error,
        };
        let errno = e.raw_os_error().unwrap_or(0);
        let msg = strerror(errno, e);
        let mut args = vec![Value::Int(errno as i64), self.new_str(msg)];
        if let Some(p) = path {
            args.push(self.new_str(p.to_string_lossy()));
        }
        PyErr(self.new_exception(class, args))
    }
}

/// C's `strerror` text for the common errno values.
fn strerror(errno: i32, e: &std::io::Error) -> String {
    match errno {
        2 => "No such file or directory".into(),
        13 => "Permission denied".into(),
        17 => "File exists".into(),
        20 => "Not a directory".into(),
        21 => "Is a directory".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}
