//! Memory and stack limits of the VM, measured on the `pyvm` binary:
//!
//! - a loop creating reference cycles keeps peak RSS (`VmHWM`) bounded, because the cycle
//!   collector reclaims them (without it every iteration would leak its objects);
//! - unbounded recursion through special methods under a 100000 recursion limit ends in
//!   `RecursionError`, never a crash (CPython itself overflows its C stack there, so these
//!   cases cannot be conformance programs with recorded output).
//!
//! `PYVM_CYCLES` overrides the number of iterations (e.g. 10000000 with a release build).

use std::process::{Command, Stdio};
use std::time::Duration;

/// Peak resident set size of process `pid` in kB, while it runs.
fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Runs `source` with pyvm, sampling its peak RSS until it exits; (stdout, peak kB).
fn run_sampling(source: &str) -> (String, u64) {
    let dir = std::env::temp_dir().join(format!("pyvm-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("prog{}.py", source.len()));
    std::fs::write(&path, source).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut peak = 0;
    let start = std::time::Instant::now();
    loop {
        if let Some(kb) = vm_hwm(child.id()) {
            peak = peak.max(kb);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(600) {
            let _ = child.kill();
            panic!("pyvm did not finish within ten minutes");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pyvm failed: {:?}", out.status);
    (String::from_utf8_lossy(&out.stdout).into_owned(), peak)
}

#[test]
fn reference_cycles_keep_memory_flat() {
    let n: u64 = std::env::var("PYVM_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300_000);
    // Each iteration leaves a self-referencing list and two instances pointing at each other
    // (5 heap objects with their dicts): about 1.2 kB per iteration if nothing were freed.
    let source = format!(
        "import gc\n\
         class Node:\n    pass\n\
         for i in range({n}):\n    \
             a = []\n    a.append(a)\n    \
             x = Node()\n    y = Node()\n    x.other = y\n    y.other = x\n\
         print('done', gc.isenabled())\n"
    );
    let (out, peak_kb) = run_sampling(&source);
    assert_eq!(out, "done True\n");
    eprintln!("{n} cycles: peak RSS {peak_kb} kB");
    assert!(peak_kb > 0, "could not read VmHWM");
    assert!(
        peak_kb < 64 * 1024,
        "peak RSS {peak_kb} kB for {n} reference cycles: cycles are not collected"
    );
}

#[test]
fn deep_recursion_through_dunders_raises() {
    let source = "import sys\n\
        sys.setrecursionlimit(100000)\n\
        class R:\n    def __repr__(self): return repr(self)\n\
        class E:\n    def __eq__(self, o): return self == o\n\
        class G:\n    def __getattr__(self, n): return getattr(self, n)\n\
        class L:\n    def __len__(self): return len(self)\n\
        class H:\n    def __hash__(self): return hash(self)\n\
        def plain(n): return plain(n + 1)\n\
        for f in (lambda: repr(R()), lambda: E() == E(), lambda: G().x, lambda: len(L()),\n\
                  lambda: hash(H()), lambda: plain(0)):\n    \
            try:\n        f()\n    \
            except RecursionError as e:\n        \
                print(str(e).startswith('maximum recursion depth exceeded'))\n";
    let (out, _) = run_sampling(source);
    assert_eq!(out, "True\n".repeat(6));
}
