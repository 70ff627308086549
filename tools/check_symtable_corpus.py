"""Live check of pyvm's symbol tables against CPython 3.11's over the stdlib corpus.

Builds crates/compiler's `symtable_dump` example, dumps every corpus file with it and with
CPython's `symtable` module (tools/symtable_dump.py), and prints the share of files whose
dumps are identical, plus the first differing line of each file that differs.

Run with python3.11 from the repository root: python3.11 tools/check_symtable_corpus.py
Options: --no-build (use the existing binary), --verbose (print whole differing dumps).
"""
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus import sources  # noqa: E402
from symtable_dump import dump_source  # noqa: E402

ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, "target", "release", "examples", "symtable_dump")
BATCH = 100


def pyvm_dumps(paths):
    """{path: dump} from the Rust example, run over the files in batches."""
    out = {}
    for i in range(0, len(paths), BATCH):
        batch = paths[i:i + BATCH]
        text = subprocess.run([BINARY, *batch], check=True, capture_output=True).stdout
        current = None
        for line in text.decode("utf-8", "replace").splitlines(keepends=True):
            if line.startswith("== ") and line[3:].rstrip("\n") in batch:
                current = line[3:].rstrip("\n")
                out[current] = ""
            elif current is not None:
                out[current] += line
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with Python 3.11")
    if "--no-build" not in sys.argv:
        subprocess.run(["cargo", "build", "--release", "-p", "pyvm-compiler", "--example",
                        "symtable_dump"], cwd=ROOT, check=True)
    paths = [str(p) for p in sources()]
    ours = pyvm_dumps(paths)
    same = 0
    for path in paths:
        with open(path, "rb") as f:
            source = f.read().decode("utf-8", "replace")
        want = dump_source(source, path)
        got = ours.get(path, "<missing>\n")
        if got == want:
            same += 1
            continue
        diff = list(difflib.unified_diff(want.splitlines(), got.splitlines(), "cpython", "pyvm",
                                         lineterm="", n=2))
        print(f"DIFF {path}")
        print("\n".join(diff if "--verbose" in sys.argv else diff[2:12]))
    print(f"identical: {same}/{len(paths)} ({100.0 * same / len(paths):.1f}%)")
    return 0 if same == len(paths) else 1


if __name__ == "__main__":
    sys.exit(main())
