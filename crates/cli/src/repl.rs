//! The interactive prompt (`pyvm` with a terminal on stdin): `>>> ` and `... ` prompts, an
//! input is run once it is complete (a simple statement, or a compound one closed by an empty
//! line), a lone expression's value is echoed with `repr` and kept in `builtins._`, and an
//! exception prints its traceback and the prompt comes back. End of input (Ctrl-D) leaves.
//!
//! pyvm's compiler has no `'single'` mode yet, so an input that is one expression is compiled
//! as an assignment of that expression to a private name, which is then shown as
//! `sys.displayhook` would; other inputs run as module code. Line editing and history are not
//! there yet (plain line reading).

use std::io::{BufRead, Write};

use crate::options::Options;

/// What the lines typed so far make.
#[derive(Debug, PartialEq)]
pub enum Input {
    /// More lines are needed (an open bracket or string, or a block not yet closed by an
    /// empty line).
    Incomplete,
    /// Run it.
    Complete,
}

/// CPython's `codeop` rule, approximately: a compound statement waits for an empty line;
/// otherwise the input is complete unless the parser fails at its very end.
pub fn classify(buffer: &str) -> Input {
    let Some(first) = buffer.lines().next() else {
        return Input::Complete;
    };
    let closed =
        buffer.ends_with("\n\n") || buffer.lines().last().is_some_and(|l| l.trim().is_empty());
    if parse_error_at_end(buffer, closed) || (opens_block(first) && !closed) {
        return Input::Incomplete;
    }
    Input::Complete
}

fn opens_block(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or("").trim_end();
    code.ends_with(':') || code.ends_with('\\')
}

/// True when the source fails to parse only because it ends too early (an unclosed bracket
/// or triple-quoted string, a line continuation).
fn parse_error_at_end(source: &str, closed: bool) -> bool {
    match compiler::parse_module(source, "<stdin>") {
        Ok(_) => false,
        Err(e) => {
            e.msg.contains("was never closed")
                || e.msg.contains("unterminated triple-quoted")
                || e.msg.contains("unexpected EOF")
                || (!closed && e.msg.contains("expected an indented block"))
        }
    }
}

/// The source to run for one complete input, and whether its value is to be shown.
pub fn prepare(buffer: &str) -> (String, bool) {
    let is_expression = compiler::parse_module(buffer, "<stdin>")
        .map(|m| {
            let body = &m.syntax().body;
            body.len() == 1 && matches!(body[0], ruff_python_ast::Stmt::Expr(_))
        })
        .unwrap_or(false);
    if is_expression {
        (format!("{RESULT} = ({}\n)\n", buffer.trim_end()), true)
    } else {
        (buffer.to_string(), false)
    }
}

const RESULT: &str = "__pyvm_interactive_result__";

pub fn run(vm: &vm::vm::Vm, opts: &Options, python_path: Vec<String>) -> i32 {
    let mut sys_path = vec![String::new()];
    sys_path.extend(python_path);
    vm::modules::sys::set_argv_path(vm, &[String::new()], &sys_path);
    if !opts.quiet {
        eprintln!(
            "Python 3.11.7 (pyvm {}) on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        );
    }
    let main = vm.new_module("__main__");
    let globals = main.dict.clone().expect("module dict");
    vm.dict_set_str(
        &vm.interp.modules,
        "__main__",
        vm::value::Value::Obj(main.clone()),
    );
    let stdin = std::io::stdin();
    let mut buffer = String::new();
    loop {
        vm.flush_stdout();
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let mut out = std::io::stdout();
        let _ = out.write_all(prompt.as_bytes());
        let _ = out.flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => {
                let _ = out.write_all(b"\n");
                break;
            }
            Ok(_) => {}
        }
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        buffer.push_str(&line);
        if classify(&buffer) == Input::Incomplete {
            continue;
        }
        let (source, show) = prepare(&buffer);
        buffer.clear();
        let result = vm
            .compile_source(&source, "<stdin>")
            .and_then(|code| vm.run_code(&code, globals.clone(), Some(globals.clone())));
        match result {
            Ok(_) if show => {
                if let Ok(Some(value)) = vm.dict_get_str(&globals, RESULT) {
                    if let Some(cell) = globals.as_dict() {
                        let _ = vm::dict::remove(vm, cell, &vm.new_str(RESULT));
                    }
                    show_value(vm, value);
                }
            }
            Ok(_) => {}
            Err(e) => {
                if vm.err_matches(&e, &vm.types().exc.system_exit) {
                    return vm.finish(Err(e));
                }
                vm.flush_stdout();
                vm.write_stderr(&vm::traceback::format_exception(vm, &e));
            }
        }
    }
    vm.finish(Ok(vm::value::Value::None))
}

/// `sys.displayhook`: `repr(value)` on stdout and `builtins._ = value`, nothing for `None`.
fn show_value(vm: &vm::vm::Vm, value: vm::value::Value) {
    if value.is_none() {
        return;
    }
    match vm.repr(&value) {
        Ok(text) => {
            vm.write_stdout(&text);
            vm.write_stdout("\n");
            let builtins = vm.builtins_dict();
            vm.dict_set_str(&builtins, "_", value);
        }
        Err(e) => vm.write_stderr(&vm::traceback::format_exception(vm, &e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_wait_for_brackets_and_blocks() {
        assert_eq!(classify("1 + 2\n"), Input::Complete);
        assert_eq!(classify("x = (1,\n"), Input::Incomplete);
        assert_eq!(classify("x = (1,\n 2)\n"), Input::Complete);
        assert_eq!(classify("def f():\n"), Input::Incomplete);
        assert_eq!(classify("def f():\n    return 1\n"), Input::Incomplete);
        assert_eq!(classify("def f():\n    return 1\n\n"), Input::Complete);
        assert_eq!(classify("s = '''a\n"), Input::Incomplete);
        // A syntax error is complete: it is reported at once.
        assert_eq!(classify("1 +* 2\n"), Input::Complete);
    }

    #[test]
    fn lone_expressions_are_shown() {
        assert!(prepare("1 + 2\n").1);
        assert!(prepare("f(x)  # call\n").1);
        assert!(!prepare("x = 1\n").1);
        assert!(!prepare("import os\n").1);
        assert!(!prepare("def f():\n    pass\n\n").1);
    }
}
