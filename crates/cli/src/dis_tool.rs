//! `pyvm -m dis`: as `python3.11 -m dis [FILE]`: the source (standard input without a
//! file) compiled by pyvm's compiler and printed as CPython 3.11's `dis.dis(code)` prints
//! it. pyvm extensions: several files, `-C`/`--show-caches`, and `.pyc` files (recognised
//! by their magic number), whose module code object is printed.
//!
//! Each file's module code object is printed in turn. A damaged file gets an error naming
//! the file, what is wrong and where, and the exit status is 1; the other files are still
//! printed. Frozenset constants are ordered as a CPython process with the same
//! `PYTHONHASHSEED` orders them (seed 0 when it is unset or `random`, so output is stable).

use bytecode::dis::{self, DisOptions};
use bytecode::hash::HashSecret;
use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: dis.py [-h] [-C] [infile ...]";

/// One input: its bytes and the name `compile()` gets (`<stdin>` for standard input).
struct Input {
    name: String,
    bytes: Vec<u8>,
}

pub fn main(args: &[OsString]) -> ExitCode {
    let mut opts = DisOptions {
        show_caches: false,
        hash_secret: hash_secret_from_env(),
    };
    let mut files = Vec::new();
    let mut only_files = false;
    for arg in args {
        match arg.to_str() {
            Some("-h") | Some("--help") if !only_files => {
                println!("{USAGE}\n\npositional arguments:\n  infile\n\noptions:\n  -h, --help         show this help message and exit\n  -C, --show-caches  show inline caches (pyvm)");
                return ExitCode::SUCCESS;
            }
            Some("-C") | Some("--show-caches") if !only_files => opts.show_caches = true,
            Some("--") if !only_files => only_files = true,
            Some(s) if s.starts_with('-') && s.len() > 1 && !only_files => {
                eprintln!("{USAGE}\ndis.py: error: unrecognized arguments: {s}");
                return ExitCode::from(2);
            }
            _ => files.push(arg.clone()),
        }
    }
    if files.is_empty() {
        files.push(OsString::from("-"));
    }
    // As argparse's FileType: every file is opened before anything is printed.
    let mut inputs = Vec::new();
    for file in &files {
        let name = file.to_string_lossy().into_owned();
        let read = if name == "-" {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map(|_| buf)
        } else {
            std::fs::read(file)
        };
        match read {
            Ok(bytes) => inputs.push(Input {
                name: if name == "-" { "<stdin>".into() } else { name },
                bytes,
            }),
            Err(e) => {
                eprintln!(
                    "{USAGE}\ndis.py: error: argument infile: can't open '{name}': {}",
                    crate::compile_tools::os_error_text(&e, &name)
                );
                return ExitCode::from(2);
            }
        }
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let mut text = String::new();
    for input in &inputs {
        text.clear();
        let result = disassemble(input, &opts, &mut text);
        if out.write_all(text.as_bytes()).is_err() {
            // The reader went away (`| head`): stop quietly, as there is no one to tell.
            return ExitCode::from(1);
        }
        match result {
            Ok(()) => {}
            Err(Failure::Syntax(e)) => {
                let _ = out.flush();
                eprint!("{}", crate::compile_tools::format_syntax_error(&e));
                return ExitCode::from(1);
            }
            Err(Failure::Pyc(message)) => {
                let _ = out.flush();
                eprintln!("pyvm -m dis: {}: {message}", input.name);
                status = ExitCode::from(1);
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    status
}

enum Failure {
    Syntax(compiler::SyntaxError),
    Pyc(String),
}

/// Source is compiled by pyvm's compiler as `compile(source, name, "exec")`; a file that
/// starts with the 3.11 `.pyc` magic is read as a `.pyc` instead (a pyvm extension).
fn disassemble(input: &Input, opts: &DisOptions, out: &mut String) -> Result<(), Failure> {
    if input.bytes.starts_with(&bytecode::pyc::MAGIC) {
        let pyc = bytecode::pyc::read(&input.bytes).map_err(|e| Failure::Pyc(e.to_string()))?;
        let Some(code) = pyc.code.as_code() else {
            return Err(Failure::Pyc(format!(
                "the .pyc holds a {} object, not a code object",
                pyc.code.type_name()
            )));
        };
        return dis::dis_into(out, code, opts).map_err(|e| Failure::Pyc(e.to_string()));
    }
    let code =
        compiler::decode::compile_bytes(&input.bytes, &input.name).map_err(Failure::Syntax)?;
    dis::dis_into(out, &code, opts).map_err(|e| Failure::Pyc(e.to_string()))
}

/// `PYTHONHASHSEED` as CPython reads it: a number from 0 to 4294967295, or `random`.
fn hash_secret_from_env() -> HashSecret {
    match std::env::var("PYTHONHASHSEED") {
        Ok(v) => match v.trim().parse::<u32>() {
            Ok(seed) => HashSecret::from_seed(seed),
            Err(_) => HashSecret::default(),
        },
        Err(_) => HashSecret::default(),
    }
}
