//! Compile Python files with pyvm's compiler and write each module code object as marshal
//! bytes, for `tools/check_compile_corpus.py` (which loads them with CPython's `marshal`).
//!
//! Usage: `compile_marshal FILE...` (or `-` to read file names from stdin, one per line).
//! For each file, stdout gets `OK <n>\n` followed by `n` marshal bytes, or `ERR <message>\n`.

use std::io::{BufRead, Write};

use bytecode::object::{Obj, Value};

fn compile_one(path: &str, out: &mut impl Write) -> std::io::Result<()> {
    let result = std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| String::from_utf8(bytes).map_err(|e| e.to_string()))
        .and_then(|src| compiler::compile_source(&src, path).map_err(|e| e.to_string()));
    match result {
        Ok(code) => {
            let data = bytecode::marshal::dumps(&Obj::new(Value::Code(Box::new(code))));
            writeln!(out, "OK {}", data.len())?;
            out.write_all(&data)?;
        }
        Err(msg) => writeln!(out, "ERR {}", msg.replace('\n', " "))?,
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() == 1 && args[0] == "-" {
        for line in std::io::stdin().lock().lines() {
            compile_one(line?.trim_end(), &mut out)?;
        }
    } else {
        for path in &args {
            compile_one(path, &mut out)?;
        }
    }
    out.flush()
}
