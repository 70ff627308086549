//! `pyvm -m py_compile` and `pyvm -m compileall`: source files compiled by pyvm's compiler
//! into timestamp-based `.pyc` files (CPython 3.11's format, magic 3495) under pyvm's cache
//! tag, `__pycache__/NAME.pyvm-311.pyc` (`-b`: `NAME.pyc` beside the source). Output, error
//! text and exit status follow CPython 3.11's `py_compile` and `compileall` command lines.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use vm::bytecode_cache;

/// `str(OSError)` for a failed open of `name`: `[Errno 2] No such file or directory: 'x'`.
pub fn os_error_text(e: &std::io::Error, name: &str) -> String {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    format!("[Errno {errno}] {text}: {}", py_str_repr(name))
}

/// Python's `repr()` of a str, for file names in messages (the bytecode crate's, which
/// `dis` uses for string constants).
fn py_str_repr(s: &str) -> String {
    let mut out = String::new();
    bytecode::repr::push_str_repr(&mut out, &bytecode::object::PyStr::new(s, false));
    out
}

/// `traceback.format_exception_only` of a compile error, as CPython prints it.
pub fn format_syntax_error(e: &compiler::SyntaxError) -> String {
    let vm = vm::vm::Vm::new(None);
    let err = vm.syntax_error_from(e);
    vm::traceback::format_exception(&vm, &err)
}

/// Why a file did not compile: CPython's `PyCompileError.msg` or `str(OSError)`.
enum CompileFailure {
    Syntax(String),
    Os(String),
}

impl CompileFailure {
    fn text(&self) -> &str {
        match self {
            CompileFailure::Syntax(s) | CompileFailure::Os(s) => s,
        }
    }
}

/// `py_compile.compile(file, cfile, dfile, doraise=True)` with timestamp invalidation.
fn compile_to_pyc(source: &Path, cfile: &Path, dfile: Option<&str>) -> Result<(), CompileFailure> {
    let name = source.to_string_lossy();
    let meta =
        std::fs::metadata(source).map_err(|e| CompileFailure::Os(os_error_text(&e, &name)))?;
    let bytes = std::fs::read(source).map_err(|e| CompileFailure::Os(os_error_text(&e, &name)))?;
    let shown = dfile.map_or(name.to_string(), str::to_string);
    let code = compiler::decode::compile_bytes(&bytes, &shown)
        .map_err(|e| CompileFailure::Syntax(format_syntax_error(&e)))?;
    let data = bytecode_cache::pyc_bytes(code, bytecode_cache::source_stamp(&meta));
    bytecode_cache::write_atomic(cfile, &data)
        .map_err(|e| CompileFailure::Os(os_error_text(&e, &cfile.to_string_lossy())))
}

const PY_COMPILE_USAGE: &str = "usage: py_compile.py [-h] [-q] filenames [filenames ...]";

/// `pyvm -m py_compile [-q] FILE... | -`.
pub fn py_compile_main(args: &[OsString]) -> ExitCode {
    let mut quiet = false;
    let mut names: Vec<String> = Vec::new();
    let mut only_files = false;
    for arg in args {
        let a = arg.to_string_lossy().into_owned();
        match a.as_str() {
            "-h" | "--help" if !only_files => {
                println!("{PY_COMPILE_USAGE}\n\nA simple command-line interface for py_compile module.\n\npositional arguments:\n  filenames    Files to compile\n\noptions:\n  -h, --help   show this help message and exit\n  -q, --quiet  Suppress error output");
                return ExitCode::SUCCESS;
            }
            "-q" | "--quiet" if !only_files => quiet = true,
            "--" if !only_files => only_files = true,
            s if s.starts_with('-') && s.len() > 1 && !only_files => {
                eprintln!("{PY_COMPILE_USAGE}\npy_compile.py: error: unrecognized arguments: {s}");
                return ExitCode::from(2);
            }
            _ => names.push(a),
        }
    }
    if names.is_empty() {
        eprintln!(
            "{PY_COMPILE_USAGE}\npy_compile.py: error: the following arguments are required: filenames"
        );
        return ExitCode::from(2);
    }
    if names == ["-"] {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text);
        names = text.lines().map(str::to_string).collect();
    }
    for name in &names {
        let source = Path::new(name);
        if let Err(failure) = compile_to_pyc(source, &bytecode_cache::cache_path(source), None) {
            // `parser.exit(1, msg)`: the message as is, no newline added.
            if !quiet {
                eprint!("{}", failure.text());
            }
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

/// The `compileall` options pyvm supports.
struct CompileAll {
    maxlevels: Option<usize>,
    force: bool,
    quiet: u32,
    legacy: bool,
    ddir: Option<String>,
}

const COMPILEALL_USAGE: &str = "usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR] [-i FILE] [-j WORKERS] [FILE|DIR ...]";

/// `pyvm -m compileall [-l] [-r N] [-f] [-q] [-b] [-d DESTDIR] [-i FILE] [-j N] FILE|DIR...`.
pub fn compileall_main(args: &[OsString]) -> ExitCode {
    let mut opts = CompileAll {
        maxlevels: None,
        force: false,
        quiet: 0,
        legacy: false,
        ddir: None,
    };
    let mut recursion: Option<usize> = None;
    let mut dests: Vec<String> = Vec::new();
    let mut flist: Option<String> = None;
    let usage_error = |msg: String| {
        eprintln!("{COMPILEALL_USAGE}\ncompileall.py: error: {msg}");
        ExitCode::from(2)
    };
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        // Options with a value: `-r 3` or `-r3`.
        let mut value = |flag: &str| -> Result<String, ExitCode> {
            if a.len() > 2 {
                Ok(a[2..].to_string())
            } else if i < args.len() {
                i += 1;
                Ok(args[i - 1].clone())
            } else {
                Err(usage_error(format!(
                    "argument {flag}: expected one argument"
                )))
            }
        };
        match a {
            "-h" | "--help" => {
                println!("{COMPILEALL_USAGE}\n\nUtilities to support installing Python libraries (pyvm: writes __pycache__/NAME.pyvm-311.pyc).\n\npositional arguments:\n  FILE|DIR       zero or more file and directory names to compile\n\noptions:\n  -h, --help     show this help message and exit\n  -l             don't recurse into subdirectories\n  -r RECURSION   control the maximum recursion level\n  -f             force rebuild even if timestamps are up to date\n  -q             output only error messages; -qq will suppress the error messages as well.\n  -b             use legacy (pre-PEP3147) compiled file locations\n  -d DESTDIR     directory to prepend to file paths for use in compile-time tracebacks\n  -i FILE        add all the files and directories listed in FILE; if \"-\", names are read from stdin\n  -j WORKERS     accepted; pyvm compiles in one process");
                return ExitCode::SUCCESS;
            }
            "-l" => opts.maxlevels = Some(0),
            "-f" => opts.force = true,
            "-b" => opts.legacy = true,
            s if s.starts_with("-q") && s[1..].bytes().all(|b| b == b'q') => {
                opts.quiet += s.len() as u32 - 1
            }
            s if s.starts_with("-r") || s.starts_with("-j") => {
                let flag = &s[..2];
                let v = match value(flag) {
                    Ok(v) => v,
                    Err(code) => return code,
                };
                match v.parse::<i64>() {
                    Ok(n) if flag == "-r" => recursion = Some(n.max(0) as usize),
                    Ok(_) => {}
                    Err(_) => {
                        return usage_error(format!("argument {flag}: invalid int value: '{v}'"))
                    }
                }
            }
            s if s.starts_with("-d") => match value("-d") {
                Ok(v) => opts.ddir = Some(v),
                Err(code) => return code,
            },
            s if s.starts_with("-i") => match value("-i") {
                Ok(v) => flist = Some(v),
                Err(code) => return code,
            },
            s if s.starts_with('-') && s.len() > 1 => {
                return usage_error(format!("unrecognized arguments: {s}"))
            }
            _ => dests.push(a.to_string()),
        }
    }
    if recursion.is_some() {
        opts.maxlevels = recursion;
    }
    if let Some(list) = flist {
        let text = if list == "-" {
            let mut t = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut t).map(|_| t)
        } else {
            std::fs::read_to_string(&list)
        };
        match text {
            Ok(t) => dests.extend(t.lines().map(|l| l.trim().to_string())),
            Err(_) => {
                if opts.quiet < 2 {
                    println!("Error reading file list {list}");
                }
                return ExitCode::from(1);
            }
        }
    }
    if dests.is_empty() {
        return usage_error(
            "pyvm needs FILE|DIR arguments (compiling sys.path is not supported)".into(),
        );
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut success = true;
    for dest in &dests {
        let path = Path::new(dest);
        let ok = if path.is_file() {
            compile_file(&opts, dest, &mut out)
        } else {
            let levels = opts.maxlevels.unwrap_or(1000);
            walk_dir(&opts, dest, levels, &mut out)
        };
        success &= ok;
    }
    let _ = out.flush();
    ExitCode::from(u8::from(!success))
}

/// `compileall.compile_dir`: the files under `dir` compiled in the order `_walk_dir` yields
/// them (sorted by name, `__pycache__` skipped, subdirectories but not symlinks entered while
/// `levels` allows); `false` when one failed.
fn walk_dir(opts: &CompileAll, dir: &str, levels: usize, out: &mut impl Write) -> bool {
    if opts.quiet == 0 {
        let _ = writeln!(out, "Listing {}...", py_str_repr(dir));
    }
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => {
            if opts.quiet < 2 {
                let _ = writeln!(out, "Can't list {}", py_str_repr(dir));
            }
            Vec::new()
        }
    };
    names.sort();
    let mut ok = true;
    for name in names {
        if name == "__pycache__" {
            continue;
        }
        let full = Path::new(dir).join(&name).to_string_lossy().into_owned();
        let p = Path::new(&full);
        if !p.is_dir() {
            ok &= compile_file(opts, &full, out);
        } else if levels > 0 && !p.is_symlink() {
            ok &= walk_dir(opts, &full, levels - 1, out);
        }
    }
    ok
}

/// `compileall.compile_file` for one `.py` file (other files are skipped): skipped when its
/// `.pyc`'s first 12 bytes already match (magic, flags, mtime) unless `-f`.
fn compile_file(opts: &CompileAll, full: &str, out: &mut impl Write) -> bool {
    let source = Path::new(full);
    if !full.ends_with(".py") || !source.is_file() {
        return true;
    }
    let cfile: PathBuf = if opts.legacy {
        PathBuf::from(format!("{full}c"))
    } else {
        bytecode_cache::cache_path(source)
    };
    if !opts.force {
        if let Ok(meta) = std::fs::metadata(source) {
            let (mtime, _) = bytecode_cache::source_stamp(&meta);
            let mut expect = bytecode::pyc::MAGIC.to_vec();
            expect.extend_from_slice(&0u32.to_le_bytes());
            expect.extend_from_slice(&mtime.to_le_bytes());
            if let Ok(data) = std::fs::read(&cfile) {
                if data.len() >= 12 && data[..12] == expect[..] {
                    return true;
                }
            }
        }
    }
    if opts.quiet == 0 {
        let _ = writeln!(out, "Compiling {}...", py_str_repr(full));
    }
    let dfile = opts.ddir.as_ref().map(|d| {
        let name = source.file_name().unwrap_or_default();
        Path::new(d).join(name).to_string_lossy().into_owned()
    });
    match compile_to_pyc(source, &cfile, dfile.as_deref()) {
        Ok(()) => true,
        Err(failure) => {
            if opts.quiet >= 2 {
                return false;
            }
            if opts.quiet == 1 {
                let _ = writeln!(out, "*** Error compiling {}...", py_str_repr(full));
            } else {
                let _ = write!(out, "*** ");
            }
            match failure {
                CompileFailure::Syntax(msg) => {
                    let _ = writeln!(out, "{msg}");
                }
                CompileFailure::Os(msg) => {
                    let _ = writeln!(out, "{msg}");
                }
            }
            false
        }
    }
}
