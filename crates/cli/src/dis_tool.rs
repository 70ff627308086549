//! `pyvm -m dis`: disassembles `.pyc` files as CPython 3.11's `dis.dis(code)` prints them.
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

const USAGE: &str = "usage: pyvm -m dis [-h] [-C] [infile ...]";

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
                println!("{USAGE}\n\npositional arguments:\n  infile\n\noptions:\n  -h, --help         show this help message and exit\n  -C, --show-caches  show inline caches");
                return ExitCode::SUCCESS;
            }
            Some("-C") | Some("--show-caches") if !only_files => opts.show_caches = true,
            Some("--") if !only_files => only_files = true,
            Some(s) if s.starts_with('-') && s.len() > 1 && !only_files => {
                eprintln!("{USAGE}\npyvm -m dis: error: unrecognized arguments: {s}");
                return ExitCode::from(2);
            }
            _ => files.push(arg.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}\npyvm -m dis: error: reading source from standard input is not available yet; pass .pyc files");
        return ExitCode::from(2);
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let mut text = String::new();
    for file in &files {
        text.clear();
        let result = disassemble_file(file, &opts, &mut text);
        if out.write_all(text.as_bytes()).is_err() {
            // The reader went away (`| head`): stop quietly, as there is no one to tell.
            return ExitCode::from(1);
        }
        if let Err(message) = result {
            let _ = out.flush();
            eprintln!("pyvm -m dis: {}: {message}", file.to_string_lossy());
            status = ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    status
}

fn disassemble_file(file: &OsString, opts: &DisOptions, out: &mut String) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| e.to_string())?;
    let pyc = bytecode::pyc::read(&bytes).map_err(|e| e.to_string())?;
    let Some(code) = pyc.code.as_code() else {
        return Err(format!(
            "the .pyc holds a {} object, not a code object",
            pyc.code.type_name()
        ));
    };
    dis::dis_into(out, code, opts).map_err(|e| e.to_string())
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
