#!/usr/bin/env python3.11
"""Records CPython 3.11's answers for the conformance corpus in crates/cli/tests/conformance/.

Every program is a file CATEGORY/NAME.py directly inside a category directory (helper modules
live in subdirectories of a category and are not programs). For each program this script:

1. runs `python3.11 /abs/CATEGORY/NAME.py` with cwd = CATEGORY/ and an environment without
   any PYTHON* variable except PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and
   PYTHONIOENCODING=utf-8, twice (the two runs must agree: programs must be deterministic);
2. normalises stderr: every occurrence of the program's directory followed by `/` is removed
   (so tracebacks say `File "NAME.py"`), and CPython's stdlib directory followed by `/` becomes
   `<stdlib>/` (only the seed program has a stdlib frame: dis.py);
3. writes the golden files next to the program:
     NAME.stdout   stdout, byte for byte (always written, possibly empty)
     NAME.stderr   normalised stderr, only when non-empty
     NAME.exit     the exit status as decimal digits and a newline, only when non-zero
4. compiles NAME.py to NAME.cpython-311.pyc (unchecked-hash header, dfile="NAME.py", so its
   tracebacks also say `File "NAME.py"`), runs `python3.11 /abs/CATEGORY/NAME.cpython-311.pyc`
   the same way and checks that it gives the same stdout, stderr and exit status. Helper
   modules imported by a program are imported from source in both runs.

crates/cli/tests/conformance.rs applies the same normalisation to pyvm and compares. The
script is idempotent (files are rewritten only when their bytes change), removes golden and
.pyc files whose program is gone, and exits with status 1 if any check fails.

Run: python3.11 tools/regen_conformance.py
"""
import concurrent.futures
import os
import pathlib
import py_compile
import subprocess
import sys
import tempfile

if os.environ.get("PYTHONHASHSEED") != "0":  # frozenset constants in the .pyc depend on it
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
assert sys.version_info[:2] == (3, 11), "run with python3.11"

ROOT = pathlib.Path(__file__).resolve().parent.parent / "crates/cli/tests/conformance"
STDLIB = os.path.dirname(os.__file__)
TIMEOUT = 60
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
ENV.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
GOLDEN_SUFFIXES = (".stdout", ".stderr", ".exit", ".cpython-311.pyc")


def programs():
    return sorted(p for p in ROOT.glob("*/*.py") if p.is_file())


def pyc_path(src):
    return src.with_name(src.stem + ".cpython-311.pyc")


def run(path, src_dir):
    """(stdout, normalised stderr, exit status) of python3.11 running `path` in `src_dir`."""
    proc = subprocess.run([sys.executable, str(path)], cwd=src_dir, env=ENV, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=TIMEOUT)
    stderr = proc.stderr.replace(f"{src_dir}/".encode(), b"")
    stderr = stderr.replace(f"{STDLIB}/".encode(), b"<stdlib>/")
    return proc.stdout, stderr, proc.returncode


def write_if_changed(path, data):
    """Writes `data` (None: remove the file); returns True when the file changed."""
    old = path.read_bytes() if path.exists() else None
    if old == data:
        return False
    if data is None:
        path.unlink()
    else:
        path.write_bytes(data)
    return True


def record(src):
    """Regenerates one program's golden files; returns (changed, problems)."""
    problems = []
    if src.stem in sys.stdlib_module_names:
        problems.append(f"program name {src.stem!r} shadows a stdlib module")
    with tempfile.TemporaryDirectory() as tmp:
        cfile = os.path.join(tmp, "out.pyc")
        try:
            py_compile.compile(str(src), cfile=cfile, dfile=src.name, doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        except py_compile.PyCompileError as e:
            return False, problems + [f"does not compile: {e.msg.strip()}"], 0
        changed = write_if_changed(pyc_path(src), pathlib.Path(cfile).read_bytes())
    try:
        first = run(src, src.parent)
        if run(src, src.parent) != first:
            problems.append("two runs of the .py gave different output (not deterministic)")
        if run(pyc_path(src), src.parent) != first:
            problems.append("the .pyc run differs from the .py run")
    except subprocess.TimeoutExpired:
        return changed, problems + [f"did not finish in {TIMEOUT} s"], 0
    stdout, stderr, status = first
    if any(path.encode() in out for path in (str(ROOT), STDLIB) for out in (stdout, stderr)):
        problems.append("output contains a machine-specific path")
    if b" at 0x" in stdout or b" at 0x" in stderr:
        problems.append("output contains an object address")
    for suffix, data in [(".stdout", stdout), (".stderr", stderr or None),
                         (".exit", f"{status}\n".encode() if status else None)]:
        changed |= write_if_changed(src.with_name(src.stem + suffix), data)
    return changed, problems, status


def remove_orphans(srcs):
    live = {str(s.with_suffix("")) for s in srcs}
    removed = 0
    for path in ROOT.glob("*/*"):
        for suffix in GOLDEN_SUFFIXES:
            if path.name.endswith(suffix) and str(path)[: -len(suffix)] not in live:
                path.unlink()
                removed += 1
    return removed


def main():
    srcs = programs()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(record, srcs))
    removed = remove_orphans(srcs)
    per_category = {}
    failed = 0
    for src, (changed, problems, status) in zip(srcs, results):
        name = f"{src.parent.name}/{src.stem}"
        counts = per_category.setdefault(src.parent.name, [0, 0, 0])
        counts[0] += 1
        counts[1] += status != 0
        counts[2] += changed
        if changed:
            print("updated", name)
        for problem in problems:
            print(f"PROBLEM {name}: {problem}")
            failed += 1
    print(f"{'category':<16}{'programs':>9}{'non-zero exit':>15}{'updated':>9}")
    for cat, (n, nonzero, changed) in sorted(per_category.items()):
        print(f"{cat:<16}{n:>9}{nonzero:>15}{changed:>9}")
    total = len(srcs)
    nonzero = sum(c[1] for c in per_category.values())
    updated = sum(c[2] for c in per_category.values())
    print(f"{total} programs in {len(per_category)} categories, {nonzero} exit non-zero; "
          f"{updated} updated, {removed} orphaned files removed, {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
