#!/usr/bin/env python3.11
"""The stdlib corpus shared by the checks and benchmarks.

The corpus is every .py under CPython 3.11's stdlib directory except test/, idlelib/,
tkinter/, turtledemo/, lib2to3/tests/, site-packages/ and ensurepip/. `build()` compiles each
into a mirrored .pyc under target/corpus/ (reused while newer than its source) with
python3.11, and returns (source, pyc) pairs. Files CPython itself cannot compile are skipped
and reported.

Run directly to (re)build it: python3.11 tools/corpus.py
"""
import pathlib
import py_compile
import sys
import sysconfig

ROOT = pathlib.Path(__file__).resolve().parent.parent
STDLIB = pathlib.Path(sysconfig.get_paths()["stdlib"])
EXCLUDED = ("test/", "idlelib/", "tkinter/", "turtledemo/", "lib2to3/tests/",
            "site-packages/", "ensurepip/")
CACHE = ROOT / "target" / "corpus"


def sources():
    for path in sorted(STDLIB.rglob("*.py")):
        rel = path.relative_to(STDLIB).as_posix()
        if not rel.startswith(EXCLUDED):
            yield path


def build(cache=CACHE, quiet=False):
    assert sys.version_info[:2] == (3, 11), "run with python3.11"
    pairs, failed = [], []
    for src in sources():
        rel = src.relative_to(STDLIB)
        pyc = cache / rel.with_suffix(".pyc")
        if not pyc.exists() or pyc.stat().st_mtime < src.stat().st_mtime:
            pyc.parent.mkdir(parents=True, exist_ok=True)
            try:
                py_compile.compile(str(src), cfile=str(pyc), dfile=str(src), doraise=True)
            except py_compile.PyCompileError as e:
                failed.append((rel, str(e).splitlines()[-1]))
                continue
        pairs.append((src, pyc))
    if failed and not quiet:
        for rel, why in failed:
            print(f"corpus: CPython cannot compile {rel}: {why}", file=sys.stderr)
    return pairs


if __name__ == "__main__":
    pairs = build()
    print(f"{len(pairs)} files in {CACHE}")
