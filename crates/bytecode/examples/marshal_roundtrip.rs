//! Loads every `.pyc` given (files, or directories searched recursively) and dumps it again:
//! prints `N files, M identical, K differ` and the first files that differ or fail to load.
//! Exit status 1 if any does. Used by `tools/check_dis_corpus.py` over the stdlib corpus.
//!
//! Run: cargo run --release -p pyvm-bytecode --example marshal_roundtrip -- PATH...

use std::path::{Path, PathBuf};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        let mut children: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        children.sort();
        for child in children {
            collect(&child, out);
        }
    } else if path.extension().is_some_and(|e| e == "pyc") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args_os().skip(1) {
        collect(Path::new(&arg), &mut files);
    }
    let (mut same, mut bad) = (0, Vec::new());
    for file in &files {
        let result = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                let pyc = bytecode::pyc::read(&bytes).map_err(|e| e.to_string())?;
                if bytecode::pyc::write(&pyc) == bytes {
                    Ok(())
                } else {
                    Err("dump differs from the file".to_string())
                }
            });
        match result {
            Ok(()) => same += 1,
            Err(why) => bad.push(format!("{}: {why}", file.display())),
        }
    }
    for line in bad.iter().take(10) {
        eprintln!("{line}");
    }
    println!(
        "{} files, {same} identical, {} differ",
        files.len(),
        bad.len()
    );
    if !bad.is_empty() {
        std::process::exit(1);
    }
}
