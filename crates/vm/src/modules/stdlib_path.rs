//! Finding CPython 3.11's pure-Python standard library (`Lib/`) on disk.
//!
//! pyvm implements the C modules natively and runs the rest of the standard library
//! (`collections`, `functools`, `re`, ...) from CPython's own `.py` files, appended to
//! `sys.path` after the script directory and `PYTHONPATH`, as CPython's own path is built.
//!
//! The directory is, in order: `$PYVM_STDLIB`; the `lib/python3.11` beside a `python3.11`
//! found on `PATH` (through a pyenv shim directory to its `versions/3.11.*`); then the usual
//! install locations. A directory counts only if it holds `os.py`. Probing is a handful of
//! `stat` calls, so nothing is cached on disk; the answer is cached for the process.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const LIB: &str = "python3.11";

/// The standard-library directory, if one was found.
pub fn stdlib_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(find).as_deref()
}

fn is_stdlib(dir: &Path) -> bool {
    dir.join("os.py").is_file()
}

fn find() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("PYVM_STDLIB") {
        let d = PathBuf::from(d);
        // An explicit setting wins even when wrong: pyvm then simply has no stdlib.
        return is_stdlib(&d).then_some(d);
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let exe = dir.join(LIB);
            if !exe.is_file() {
                continue;
            }
            if let Some(found) = beside_executable(&dir, &exe) {
                return Some(found);
            }
        }
    }
    ["/usr/local/lib", "/usr/lib"]
        .iter()
        .map(|p| Path::new(p).join(LIB))
        .find(|d| is_stdlib(d))
}

/// The stdlib belonging to the `python3.11` at `exe` in `dir`.
fn beside_executable(dir: &Path, exe: &Path) -> Option<PathBuf> {
    // A pyenv shim is a shell script; its versions live beside the shims directory.
    if dir.file_name().is_some_and(|n| n == "shims") {
        let versions = dir.parent()?.join("versions");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&versions)
            .ok()?
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with("3.11"))
            .map(|e| e.path().join("lib").join(LIB))
            .filter(|d| is_stdlib(d))
            .collect();
        names.sort();
        return names.pop();
    }
    let real = std::fs::canonicalize(exe).ok()?;
    let lib = real.parent()?.parent()?.join("lib").join(LIB);
    is_stdlib(&lib).then_some(lib)
}
