#!/usr/bin/env python3.11
"""Do .pyc files written by pyvm run on CPython 3.11 as CPython's own do?

For every program of the conformance corpus (crates/cli/tests/conformance/*/*.py), its
category directory is copied twice into a temporary directory; one copy is compiled by
`pyvm -m compileall -b` (pyvm's compiler), the other by `python3.11 -m compileall -b`, both
with `-d /conformance/CATEGORY` so the code objects carry the same file names. Then
`python3.11 NAME.pyc` runs in each copy (cwd = the copy, the conformance environment), and
stdout, stderr and the exit status are compared. Prints the figures and each difference.

    python3.11 tools/check_pyc_on_cpython.py [--pyvm target/release/pyvm] [-v] [PREFIX ...]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "crates" / "cli" / "tests" / "conformance"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
ENV.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")


def run(pyc, cwd, tmp):
    try:
        p = subprocess.run([sys.executable, pyc.name], cwd=cwd, env=ENV, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=60)
    except subprocess.TimeoutExpired:
        return ("timeout", b"", b"")
    norm = lambda b: b.replace(str(cwd).encode(), b"<dir>").replace(str(tmp).encode(), b"<tmp>")
    return (p.returncode, norm(p.stdout), norm(p.stderr))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyvm", default=str(ROOT / "target" / "release" / "pyvm"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("prefixes", nargs="*")
    args = ap.parse_args()
    programs = sorted(p for p in CORPUS.glob("*/*.py")
                      if not args.prefixes or any(
                          str(p.relative_to(CORPUS)).startswith(x) for x in args.prefixes))
    same = differ = no_pyc = 0
    with tempfile.TemporaryDirectory(prefix="pyvm-pyc-check-") as tmp:
        tmp = pathlib.Path(tmp)
        for cat in sorted({p.parent for p in programs}):
            for who, cmd in (("pyvm", [args.pyvm]), ("cpython", [sys.executable])):
                dest = tmp / who / cat.name
                shutil.copytree(cat, dest, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))
                subprocess.run(cmd + ["-m", "compileall", "-q", "-q", "-b", "-d",
                                      f"/conformance/{cat.name}", str(dest)],
                               env=ENV, capture_output=True)
        for prog in programs:
            rel = prog.relative_to(CORPUS)
            mine = tmp / "pyvm" / rel.with_suffix(".pyc")
            theirs = tmp / "cpython" / rel.with_suffix(".pyc")
            if not theirs.exists():
                continue  # CPython cannot compile it either (a SyntaxError program)
            if not mine.exists():
                no_pyc += 1
                print(f"NO PYC  {rel}: pyvm did not compile it")
                continue
            a = run(mine, mine.parent, tmp / "pyvm")
            b = run(theirs, theirs.parent, tmp / "cpython")
            if a == b:
                same += 1
                if args.verbose:
                    print(f"same    {rel}")
            else:
                differ += 1
                what = [n for n, x, y in zip(("exit", "stdout", "stderr"), a, b) if x != y]
                print(f"DIFFER  {rel}: {', '.join(what)}")
    total = same + differ + no_pyc
    print(f"pyvm-compiled .pyc run by python3.11 like CPython's own: {same}/{total} "
          f"({100.0 * same / max(total, 1):.1f}%); differing {differ}, not compiled {no_pyc}")
    return 0 if same == total else 1


if __name__ == "__main__":
    sys.exit(main())
