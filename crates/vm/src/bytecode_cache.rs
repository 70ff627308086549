//! pyvm's bytecode cache: `.pyc` files in CPython 3.11's format (magic 3495, the
//! timestamp-based PEP 552 header: flags 0, source mtime, source size) written under pyvm's
//! own cache tag, `__pycache__/NAME.pyvm-311.pyc`, and reused when the header still matches
//! the source's mtime and size — the rule importlib's `SourceLoader` applies.
//!
//! Used by the import system, `pyvm -m py_compile` and `pyvm -m compileall`.

use std::path::{Path, PathBuf};

use bytecode::code::CodeObject;
use bytecode::object::{Obj, Value as Const};
use bytecode::pyc::{self, Pyc};

/// pyvm's bytecode-cache tag (as PyPy has `pypy39`): CPython and pyvm never overwrite each
/// other's caches.
pub const CACHE_TAG: &str = "pyvm-311";

/// Where the cached bytecode of `source` lives: `DIR/__pycache__/STEM.pyvm-311.pyc`.
pub fn cache_path(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new(""));
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    dir.join("__pycache__")
        .join(format!("{stem}.{CACHE_TAG}.pyc"))
}

/// The source's mtime (whole seconds, low 32 bits) and size (low 32 bits), as the header
/// stores them.
pub fn source_stamp(meta: &std::fs::Metadata) -> (u32, u32) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    (mtime as u32, meta.len() as u32)
}

/// The bytes of a timestamp-based `.pyc` for `code`.
pub fn pyc_bytes(code: CodeObject, stamp: (u32, u32)) -> Vec<u8> {
    pyc::write(&Pyc {
        flags: 0,
        validation: validation(stamp),
        code: Obj::new(Const::Code(Box::new(code))),
    })
}

/// Header bytes 8..16 for `stamp`.
pub fn validation(stamp: (u32, u32)) -> [u8; 8] {
    let mut v = [0u8; 8];
    v[..4].copy_from_slice(&stamp.0.to_le_bytes());
    v[4..].copy_from_slice(&stamp.1.to_le_bytes());
    v
}

/// Writes `data` to `path` atomically (a temporary file renamed into place, as importlib's
/// `_write_atomic`), creating `__pycache__` when needed.
pub fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)?;
        }
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    if let Err(e) = std::fs::write(&tmp, data).and_then(|_| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(())
}

/// The cached code object for a source with `stamp`, when `cached` exists, is a valid
/// timestamp-based `.pyc` and its header matches; `None` otherwise (the caller recompiles).
pub fn read_if_fresh(cached: &Path, stamp: (u32, u32)) -> Option<Obj> {
    let data = std::fs::read(cached).ok()?;
    let pyc = pyc::read(&data).ok()?;
    if pyc.is_hash_based() || pyc.mtime()? != stamp.0 || pyc.source_size()? != stamp.1 {
        return None;
    }
    pyc.code.as_code().is_some().then_some(pyc.code)
}
