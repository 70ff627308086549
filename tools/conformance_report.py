#!/usr/bin/env python3
"""Runs a pyvm binary over the conformance corpus and reports what passes.

Usage: python3 tools/conformance_report.py [--pyc] [-v] [PYVM] [CATEGORY[/NAME] ...]

PYVM defaults to target/release/pyvm. With prefixes, only programs whose CATEGORY/NAME starts
with one of them run. -v prints the first differing line of each failure; --pyc runs the
CPython-compiled .pyc instead of the source. The rules (environment, normalisation, timeout)
are those of crates/cli/tests/conformance.rs, which is the test; this script is the quick
developer's view of the same corpus.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "crates/cli/tests/conformance"
TIMEOUT = 10


def programs():
    for cat in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        for py in sorted(cat.glob("*.py")):
            yield f"{cat.name}/{py.stem}", py


def golden(py):
    def read(ext, default=b""):
        f = py.with_suffix(ext)
        return f.read_bytes() if f.exists() else default

    return read(".stdout"), read(".stderr"), int(read(".exit", b"0"))


def first_diff(want, got):
    for name, w, g in (("stdout", want[0], got[0]), ("stderr", want[1], got[1])):
        if w != g:
            wl, gl = w.split(b"\n"), g.split(b"\n")
            for i in range(max(len(wl), len(gl))):
                a = wl[i] if i < len(wl) else None
                b = gl[i] if i < len(gl) else None
                if a != b:
                    return f"{name} line {i + 1}: expected {a!r}, got {b!r}"
    if want[2] != got[2]:
        return f"exit: expected {want[2]}, got {got[2]}"
    return None


def stdlib_of(exe):
    """The directory `exe` imports its stdlib from: written `<stdlib>/` in tracebacks."""
    p = subprocess.run([exe, "-c", "import os; print(os.path.dirname(os.__file__))"],
                       capture_output=True, text=True)
    return p.stdout.strip() if p.returncode == 0 else None


def run(exe, py, use_pyc, stdlib=None):
    target = py.with_name(py.stem + ".cpython-311.pyc") if use_pyc else py
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run([exe, str(target)], cwd=py.parent, env=env, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timed out"
    err = p.stderr.replace(f"{py.parent}/".encode(), b"")
    if stdlib:
        err = err.replace(f"{stdlib}/".encode(), b"<stdlib>/")
    return first_diff(golden(py), (p.stdout, err, p.returncode))


def main(argv):
    verbose = "-v" in argv
    use_pyc = "--pyc" in argv
    args = [a for a in argv if a not in ("-v", "--pyc")]
    exe = str(ROOT / "target/release/pyvm")
    if args and (os.sep in args[0] and Path(args[0]).is_file()):
        exe = str(Path(args.pop(0)).resolve())
    chosen = [(n, p) for n, p in programs() if not args or any(n.startswith(a) for a in args)]
    stdlib = stdlib_of(exe)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda np: (np[0], run(exe, np[1], use_pyc, stdlib)), chosen))
    failed = [(n, d) for n, d in results if d]
    for n, d in failed:
        print(f"FAIL {n}" + (f": {d[:300]}" if verbose else ""))
    print(f"{len(results) - len(failed)}/{len(results)} pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
