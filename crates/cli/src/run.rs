//! Running Python code: a script, `-c` text or `-m` module on a VM thread with a large
//! stack (deep Python recursion runs deep Rust recursion; the recursion limit, not the
//! thread's stack, is what stops it), with `sys.argv` and `sys.path` set as CPython sets
//! them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::options::{Action, Options};

/// Stack for the interpreter thread: room for `sys.setrecursionlimit(100_000)` worth of
/// nested Python calls.
const VM_STACK: usize = 4 << 30;

pub fn run(opts: Options) -> ExitCode {
    let handle = std::thread::Builder::new()
        .name("pyvm-main".into())
        .stack_size(VM_STACK)
        .spawn(move || run_on_this_thread(opts));
    match handle.map(|h| h.join()) {
        // The C `exit(status)` CPython calls: the OS keeps the low 8 bits (300 -> 44, -1 -> 255).
        Ok(Ok(vm::run::INTERRUPTED)) => {
            // After the KeyboardInterrupt traceback, die by SIGINT as CPython does (a shell
            // then sees status 130); 130 if the signal somehow does not end the process.
            vm::gil::interrupt::exit_by_sigint();
            ExitCode::from(130)
        }
        Ok(Ok(status)) => ExitCode::from((status & 0xff) as u8),
        _ => {
            eprintln!("pyvm: internal error: the interpreter thread failed");
            ExitCode::from(70)
        }
    }
}

fn hash_seed(opts: &Options) -> Option<u32> {
    if opts.ignore_environment || opts.isolated {
        return None;
    }
    std::env::var("PYTHONHASHSEED")
        .ok()
        .and_then(|s| s.parse().ok())
}

/// `-B`, or a non-empty `PYTHONDONTWRITEBYTECODE` (unless `-E`/`-I`).
fn dont_write_bytecode(opts: &Options) -> bool {
    opts.dont_write_bytecode
        || (!opts.ignore_environment
            && std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()))
}

/// `PYTHONPATH` entries (unless `-E`/`-I`).
/// `PYTHONPATH`'s entries followed by the standard-library directory: the part of
/// `sys.path` after the script's directory.
fn python_path(opts: &Options) -> Vec<String> {
    let mut path: Vec<String> = if opts.ignore_environment || opts.isolated {
        Vec::new()
    } else {
        std::env::var("PYTHONPATH")
            .ok()
            .map(|p| {
                p.split(':')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
    };
    if let Some(lib) = vm::modules::stdlib_path::stdlib_dir() {
        path.push(lib.to_string_lossy().to_string());
    }
    path
}

fn run_on_this_thread(opts: Options) -> i32 {
    let switch = vm::gil::SwitchConfig::from_options(&opts.xoptions, |k| std::env::var(k).ok());
    let switch = match switch {
        Ok(cfg) => cfg,
        Err(msg) => {
            eprintln!("pyvm: {msg}");
            return 2;
        }
    };
    let vm = vm::vm::Vm::new(hash_seed(&opts));
    vm.interp
        .dont_write_bytecode
        .set(dont_write_bytecode(&opts));
    vm::gil::sys::configure(&vm, &switch);
    // Ctrl-C raises KeyboardInterrupt in the main thread. The interpreter lives until the
    // process exits; one leaked handle makes its eval breaker `'static` for the handler.
    let interp: &'static std::sync::Arc<vm::vm::Interp> = Box::leak(Box::new(vm.interp.clone()));
    vm::gil::interrupt::install(interp.gil.breaker());
    let cwd = std::env::current_dir().unwrap_or_default();
    match &opts.action {
        Action::Script(path, args) if path == "-" => run_stdin(&vm, &opts, args),
        Action::Script(path, args) => {
            let path = PathBuf::from(path);
            if !path.exists() {
                eprintln!(
                    "pyvm: can't open file {}: [Errno 2] No such file or directory",
                    display_abs(&cwd, &path)
                );
                return 2;
            }
            let dir = std::path::absolute(&path)
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf))
                .unwrap_or(cwd.clone());
            let mut argv = vec![path.to_string_lossy().to_string()];
            argv.extend(args.iter().map(|a| a.to_string_lossy().to_string()));
            let mut sys_path = vec![dir.to_string_lossy().to_string()];
            sys_path.extend(python_path(&opts));
            vm::modules::sys::set_argv_path(&vm, &argv, &sys_path);
            vm.run_main(&path)
        }
        Action::Command(code, args) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(args.iter().map(|a| a.to_string_lossy().to_string()));
            let mut sys_path = vec![String::new()];
            sys_path.extend(python_path(&opts));
            vm::modules::sys::set_argv_path(&vm, &argv, &sys_path);
            vm.run_command(code)
        }
        Action::Module(name, args) => {
            let mut argv = vec![name.clone()];
            argv.extend(args.iter().map(|a| a.to_string_lossy().to_string()));
            let mut sys_path = vec![cwd.to_string_lossy().to_string()];
            sys_path.extend(python_path(&opts));
            vm::modules::sys::set_argv_path(&vm, &argv, &sys_path);
            // `NAME.py`, or a package's `NAME/__main__.py` (run with `__package__` = NAME
            // after the package itself is imported, as runpy does).
            let rel = name.replace('.', "/");
            let found = sys_path.iter().find_map(|d| {
                let file = Path::new(d).join(format!("{rel}.py"));
                let main = Path::new(d).join(&rel).join("__main__.py");
                if file.is_file() {
                    Some((file, None))
                } else if main.is_file() {
                    Some((main, Some(name.clone())))
                } else {
                    None
                }
            });
            match found {
                Some((p, package)) => {
                    if let Some(pkg) = &package {
                        if let Err(e) = vm.import_dotted(pkg) {
                            return vm.finish(Err(e));
                        }
                    }
                    if let Ok(Some(vm::value::Value::Obj(sys))) = vm.sys_module("sys") {
                        if let Some(ns) = &sys.dict {
                            let mut a = vec![vm.new_str(p.to_string_lossy())];
                            a.extend(argv[1..].iter().map(|s| vm.new_str(s.as_str())));
                            vm.dict_set_str(ns, "argv", vm.new_list(a));
                        }
                    }
                    vm.run_main_in_package(&p, package.as_deref())
                }
                None => {
                    eprintln!("pyvm: No module named {name}");
                    1
                }
            }
        }
        Action::Repl => {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal() {
                crate::repl::run(&vm, &opts, python_path(&opts))
            } else {
                run_stdin(&vm, &opts, &[])
            }
        }
        Action::Help | Action::Version(_) => 0,
    }
}

/// The program read from standard input (`pyvm -` or a non-terminal stdin), run as
/// `<stdin>` with `sys.argv[0]` `-` (or `''` without arguments) and `''` on `sys.path`.
fn run_stdin(vm: &vm::vm::Vm, opts: &Options, args: &[std::ffi::OsString]) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
        eprintln!("pyvm: can't read standard input: {e}");
        return 2;
    }
    let dash = matches!(&opts.action, Action::Script(p, _) if p == "-");
    let mut argv = vec![if dash { "-".to_string() } else { String::new() }];
    argv.extend(args.iter().map(|a| a.to_string_lossy().to_string()));
    let mut sys_path = vec![String::new()];
    sys_path.extend(python_path(opts));
    vm::modules::sys::set_argv_path(vm, &argv, &sys_path);
    match compiler::decode::decode_source(&bytes) {
        Ok(source) => vm.run_source_as_main(&source, "<stdin>"),
        Err(e) => {
            let err = compiler::decode::decode_error(e, &bytes, "<stdin>");
            vm.finish(Err(vm.syntax_error_from(&err)))
        }
    }
}

fn display_abs(cwd: &Path, p: &Path) -> String {
    if p.is_absolute() {
        p.display().to_string()
    } else {
        cwd.join(p).display().to_string()
    }
}
