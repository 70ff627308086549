//! The conformance corpus: small Python programs whose behaviour under CPython 3.11 is recorded,
//! and pyvm held to it byte for byte.
//!
//! Layout, under `tests/conformance/` (see its README.md):
//! - `CATEGORY/NAME.py`: a program. Every `.py` file directly inside a category directory is
//!   one; helper modules that programs import live in subdirectories (`imports/pkg/`, ...).
//! - `CATEGORY/NAME.stdout`: CPython's stdout, byte for byte (always present);
//!   `NAME.stderr`: its normalised stderr, only when non-empty; `NAME.exit`: its exit status in
//!   decimal, only when non-zero.
//! - `CATEGORY/NAME.cpython-311.pyc`: NAME.py compiled by CPython 3.11 (its code says
//!   `NAME.py`, so its tracebacks match the source run's).
//! - `KNOWN_FAILURES`: the programs pyvm does not pass yet.
//!
//! `python3.11 tools/regen_conformance.py` writes every golden and `.pyc`; never edit them.
//!
//! For each program the test runs `pyvm /abs/CATEGORY/NAME.py` and `pyvm
//! /abs/CATEGORY/NAME.cpython-311.pyc`, with cwd `CATEGORY/`, empty stdin, no `PYTHON*`
//! environment variable but PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and
//! PYTHONIOENCODING=utf-8, and a 10 s timeout (the child is killed). Each run must reproduce
//! stdout, stderr and exit status exactly.
//!
//! Normalisation (the regen script's rule): in stderr, every occurrence of the program's
//! directory followed by `/` is deleted, so tracebacks say `File "NAME.py", line 3`; and the
//! interpreter's stdlib directory followed by `/` becomes `<stdlib>/` (for pyvm too: it runs
//! CPython's pure-Python stdlib files, and its embedded modules are named `<stdlib>/NAME.py`).
//!
//! KNOWN_FAILURES rule: the test fails if a program not listed there fails in either mode (a
//! regression), and also if a listed program now passes in both modes (delete its line: the
//! list only shrinks). `PYVM_CONFORMANCE_UPDATE_KNOWN=1` rewrites the list to the current
//! failures instead (for developers, never for CI). `PYVM_CONFORMANCE_LIVE=1` with `python3.11`
//! on PATH also re-runs CPython on every program (source and `.pyc`) to check the goldens are
//! current.

mod common;

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use std::{env, fs};

/// CPython runs every program in well under a second; a run this long is a hang.
const TIMEOUT: Duration = Duration::from_secs(10);
const TIMED_OUT: &str = "timed out (killed after 10 s)";
const SHOWN_FAILURES: usize = 10;
const REGEN: &str = "python3.11 tools/regen_conformance.py";
const KNOWN_HEADER: &str = "\
# Conformance programs pyvm does not pass yet (as .py or as .pyc), one CATEGORY/NAME a line.
# This list must only shrink: crates/cli/tests/conformance.rs fails when a program that is not
# listed fails, and when a listed program passes in both modes (then delete its line).
# PYVM_CONFORMANCE_UPDATE_KNOWN=1 cargo test -p pyvm --test conformance rewrites it.
";

/// What a run wrote and how it ended; also the content of a program's golden files.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: i32,
}

struct Program {
    /// `CATEGORY/NAME`, as KNOWN_FAILURES names it.
    id: String,
    dir: PathBuf,
    py: PathBuf,
    pyc: PathBuf,
    golden: Outcome,
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.expect("directory entry").path())
        .collect();
    paths.sort();
    paths
}

/// Every `CATEGORY/NAME.py` directly inside a category directory, sorted, with its golden.
fn programs(root: &Path) -> Vec<Program> {
    let mut out = Vec::new();
    for dir in sorted_entries(root).into_iter().filter(|p| p.is_dir()) {
        for py in sorted_entries(&dir) {
            if py.extension() == Some(OsStr::new("py")) && py.is_file() {
                let name = py.file_stem().unwrap().to_string_lossy().into_owned();
                let id = format!("{}/{name}", dir.file_name().unwrap().to_string_lossy());
                let pyc = dir.join(format!("{name}.cpython-311.pyc"));
                let golden = golden(&py, &pyc).unwrap_or_else(|e| panic!("{id}: {e}; run {REGEN}"));
                out.push(Program {
                    id,
                    dir: dir.clone(),
                    py,
                    pyc,
                    golden,
                });
            }
        }
    }
    out
}

fn golden(py: &Path, pyc: &Path) -> Result<Outcome, String> {
    let missing = |path: &Path| format!("missing {}", path.display());
    let stdout =
        fs::read(py.with_extension("stdout")).map_err(|_| missing(&py.with_extension("stdout")))?;
    if !pyc.is_file() {
        return Err(missing(pyc));
    }
    let stderr = fs::read(py.with_extension("stderr")).unwrap_or_default();
    let exit = fs::read_to_string(py.with_extension("exit")).unwrap_or_else(|_| "0".into());
    let status = exit
        .trim()
        .parse()
        .map_err(|_| format!("bad {exit:?} in .exit"))?;
    Ok(Outcome {
        stdout,
        stderr,
        status,
    })
}

/// `bytes` with every occurrence of `from` (not empty) replaced by `to`.
fn replace(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// The one normalisation: the program's directory + `/` deleted, and (for CPython's output)
/// its stdlib directory + `/` written `<stdlib>/`.
fn normalise(stderr: &[u8], dir: &Path, stdlib: Option<&str>) -> Vec<u8> {
    let out = replace(stderr, format!("{}/", dir.display()).as_bytes(), b"");
    match stdlib {
        Some(lib) => replace(&out, format!("{lib}/").as_bytes(), b"<stdlib>/"),
        None => out,
    }
}

/// `exe` in `dir` with the corpus environment: no PYTHON* variable but the three fixed ones.
fn command(exe: &OsStr, dir: &Path) -> Command {
    let mut cmd = Command::new(exe);
    cmd.current_dir(dir);
    for (key, _) in env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(key);
        }
    }
    cmd.envs([
        ("PYTHONHASHSEED", "0"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
        ("PYTHONIOENCODING", "utf-8"),
    ]);
    cmd
}

/// Runs `exe script` in `dir`, killing it after TIMEOUT; stderr normalised.
fn run(exe: &OsStr, script: &Path, dir: &Path, stdlib: Option<&str>) -> Result<Outcome, String> {
    let mut cmd = command(exe, dir);
    cmd.arg(script);
    let done = common::run_with_deadline(&mut cmd, b"", TIMEOUT).ok_or(TIMED_OUT)?;
    let status = done
        .status
        .code()
        .ok_or_else(|| format!("ended by a signal ({})", done.status))?;
    Ok(Outcome {
        stdout: done.stdout,
        stderr: normalise(&done.stderr, dir, stdlib),
        status,
    })
}

fn shown(line: Option<&[u8]>) -> String {
    let Some(line) = line else {
        return "<end of output>".into();
    };
    let text = format!("{:?}", String::from_utf8_lossy(line));
    match text.char_indices().nth(120) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text,
    }
}

/// Where `actual` first departs from `expected`: the stream, the line and both texts (with the
/// last line of the actual stderr when stdout differs, which usually says why).
fn first_difference(expected: &Outcome, actual: &Outcome) -> Option<String> {
    let streams = [
        ("stdout", &expected.stdout, &actual.stdout),
        ("stderr", &expected.stderr, &actual.stderr),
    ];
    if let Some((name, want, got)) = streams.into_iter().find(|(_, want, got)| want != got) {
        let (mut want_lines, mut got_lines) = (
            want.split_inclusive(|&b| b == b'\n'),
            got.split_inclusive(|&b| b == b'\n'),
        );
        let (n, w, g) = (1..)
            .map(|n| (n, want_lines.next(), got_lines.next()))
            .find(|(_, w, g)| w != g)?;
        let mut diff = format!("{name} line {n}: expected {}, got {}", shown(w), shown(g));
        if name == "stdout" && expected.stderr != actual.stderr {
            let lines = actual.stderr.split(|&b| b == b'\n');
            let last = lines.rev().find(|l| !l.is_empty());
            diff += &format!(" (its stderr ends {})", shown(last));
        }
        return Some(diff);
    }
    let (want, got) = (expected.status, actual.status);
    (want != got).then(|| format!("exit status: expected {want}, got {got}"))
}

/// The first difference from the golden of `exe` running the program's .py and its .pyc (the
/// .pyc is not run when the .py hung, so that a hanging VM costs one timeout per program).
fn check(exe: &OsStr, p: &Program, stdlib: Option<&str>) -> [Option<String>; 2] {
    let py = run(exe, &p.py, &p.dir, stdlib);
    let pyc = match &py {
        Err(e) if e == TIMED_OUT => Err("not run: the .py run timed out".into()),
        _ => run(exe, &p.pyc, &p.dir, stdlib),
    };
    [py, pyc].map(|run| match run {
        Ok(out) => first_difference(&p.golden, &out),
        Err(e) => Some(e),
    })
}

/// The directory `exe` imports its standard library from (written `<stdlib>/` in
/// tracebacks, for CPython's output and pyvm's alike: pyvm runs the same files).
fn stdlib_of(exe: &OsStr) -> Option<String> {
    let out = command(exe, Path::new("."))
        .args(["-c", "import os; print(os.path.dirname(os.__file__))"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// With PYVM_CONFORMANCE_LIVE=1: CPython's output today against the goldens; the stale ones.
fn live_check(programs: &[Program]) -> Vec<String> {
    let python = OsStr::new("python3.11");
    let Some(stdlib) = stdlib_of(python) else {
        println!("conformance: python3.11 does not run; live check skipped");
        return Vec::new();
    };
    let diffs = common::parallel_map(programs, |p| check(python, p, Some(&stdlib)));
    let mut stale = Vec::new();
    for (p, diff) in programs.iter().zip(diffs) {
        for (mode, diff) in [".py", ".pyc"].into_iter().zip(diff) {
            if let Some(diff) = diff {
                stale.push(format!(
                    "{}{mode}: golden differs from python3.11 ({diff}); run {REGEN}",
                    p.id
                ));
            }
        }
    }
    println!(
        "conformance: live check against python3.11: {} stale",
        stale.len()
    );
    stale
}

#[test]
fn conformance() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let root = root.canonicalize().expect("tests/conformance exists");
    let programs = programs(&root);
    assert!(
        programs.len() >= 200,
        "only {} conformance programs",
        programs.len()
    );
    let pyvm = OsStr::new(env!("CARGO_BIN_EXE_pyvm"));
    // For each program, the first difference of the .py run and of the .pyc run (None: pass).
    let stdlib = stdlib_of(pyvm);
    let diffs = common::parallel_map(&programs, |p| check(pyvm, p, stdlib.as_deref()));
    let n = programs.len();
    let py_pass = diffs.iter().filter(|d| d[0].is_none()).count();
    let pyc_pass = diffs.iter().filter(|d| d[1].is_none()).count();
    println!("conformance: {py_pass}/{n} .py pass, {pyc_pass}/{n} .pyc pass");

    let failed = |i: &usize| diffs[*i].iter().any(Option::is_some);
    let failing: BTreeSet<&str> = (0..n)
        .filter(failed)
        .map(|i| programs[i].id.as_str())
        .collect();
    let known_path = root.join("KNOWN_FAILURES");
    if env::var_os("PYVM_CONFORMANCE_UPDATE_KNOWN").is_some_and(|v| v == "1") {
        let list: String = failing.iter().map(|id| format!("{id}\n")).collect();
        fs::write(&known_path, format!("{KNOWN_HEADER}{list}")).expect("write KNOWN_FAILURES");
        println!(
            "conformance: KNOWN_FAILURES rewritten: {} programs",
            failing.len()
        );
        return;
    }
    let text = fs::read_to_string(&known_path).unwrap_or_default();
    let lines = text.lines().map(str::trim);
    let known: BTreeSet<&str> = lines
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();

    // The first few failures, regressions first, with where each mode first differs.
    let mut shown_first: Vec<usize> = (0..n).filter(failed).collect();
    shown_first.sort_by_key(|&i| known.contains(programs[i].id.as_str()));
    for &i in shown_first.iter().take(SHOWN_FAILURES) {
        let tag = if known.contains(programs[i].id.as_str()) {
            "known"
        } else {
            "REGRESSION"
        };
        for (mode, diff) in [".py", ".pyc"].iter().zip(&diffs[i]) {
            if let Some(diff) = diff {
                println!("  [{tag}] {}{mode}: {diff}", programs[i].id);
            }
        }
    }
    if shown_first.len() > SHOWN_FAILURES {
        println!(
            "  ... and {} more failing programs",
            shown_first.len() - SHOWN_FAILURES
        );
    }

    let ids: BTreeSet<&str> = programs.iter().map(|p| p.id.as_str()).collect();
    let mut problems = Vec::new();
    for id in failing.difference(&known) {
        problems.push(format!(
            "{id}: fails and is not in KNOWN_FAILURES (a regression)"
        ));
    }
    for id in known.intersection(&ids).filter(|id| !failing.contains(*id)) {
        problems.push(format!(
            "{id}: now passes as .py and .pyc; delete it from KNOWN_FAILURES"
        ));
    }
    for id in known.difference(&ids) {
        problems.push(format!(
            "{id}: in KNOWN_FAILURES but there is no such program"
        ));
    }
    if env::var_os("PYVM_CONFORMANCE_LIVE").is_some_and(|v| v == "1") {
        problems.extend(live_check(&programs));
    }
    assert!(problems.is_empty(), "conformance:\n{}", problems.join("\n"));
}
