#!/usr/bin/env python3.11
"""Checks `pyvm -m dis` and the marshal round trip over the whole stdlib corpus.

For every corpus .pyc (see tools/corpus.py), CPython's `dis.dis` of the module code object
(PYTHONHASHSEED=0) must equal pyvm's output, with code-object addresses (` at 0x...`) replaced
by a fixed token, and `pyc::write(pyc::read(bytes))` must give back the same bytes. Prints
the counts of identical files and code objects, and the first differences.

Run: python3.11 tools/check_dis_corpus.py [--pyvm target/release/pyvm] [--show 10]
"""
import argparse
import concurrent.futures
import difflib
import io
import marshal
import os
import pathlib
import re
import subprocess
import sys
import types

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import corpus  # noqa: E402

ADDR = re.compile(rb" at 0x[0-9a-f]+")


def count_code(co):
    return 1 + sum(count_code(c) for c in co.co_consts if isinstance(c, types.CodeType))


def cpython_outputs(pairs):
    """One CPython process with PYTHONHASHSEED=0 writes every expected output."""
    script = r"""
import dis, io, marshal, sys, types
def count(co):
    return 1 + sum(count(c) for c in co.co_consts if isinstance(c, types.CodeType))
for line in sys.stdin:
    pyc, out = line.rstrip("\n").split("\t")
    code = marshal.loads(open(pyc, "rb").read()[16:])
    buf = io.StringIO()
    dis.dis(code, file=buf)
    open(out, "w", encoding="utf-8", errors="surrogateescape").write(buf.getvalue())
    print(count(code), flush=True)
"""
    env = dict(os.environ, PYTHONHASHSEED="0")
    jobs = "".join(f"{pyc}\t{pyc}.dis\n" for _, pyc in pairs)
    r = subprocess.run([sys.executable, "-c", script], input=jobs, capture_output=True,
                       text=True, env=env, check=True)
    return [int(n) for n in r.stdout.split()]


def main():
    root = corpus.ROOT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyvm", default=str(root / "target/release/pyvm"))
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    if not os.path.exists(args.pyvm):
        sys.exit(f"no pyvm binary at {args.pyvm}: run `cargo build --release` first")
    pairs = corpus.build()
    counts = cpython_outputs(pairs)
    env = dict(os.environ, PYTHONHASHSEED="0")

    def run(pair):
        _, pyc = pair
        r = subprocess.run([args.pyvm, "-m", "dis", str(pyc)], capture_output=True, env=env)
        expected = pathlib.Path(f"{pyc}.dis").read_bytes()
        got = ADDR.sub(b" at 0xADDR", r.stdout)
        return pyc, r.returncode, got == ADDR.sub(b" at 0xADDR", expected), got, expected, r.stderr

    same_files = same_code = 0
    shown = 0
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for (pyc, rc, same, got, expected, err), n in zip(pool.map(run, pairs), counts):
            if same and rc == 0:
                same_files += 1
                same_code += n
            elif shown < args.show:
                shown += 1
                print(f"--- differs: {pyc} (exit {rc}) {err.decode(errors='replace').strip()}")
                diff = difflib.unified_diff(
                    ADDR.sub(b" at 0xADDR", expected).decode(errors="replace").splitlines(),
                    got.decode(errors="replace").splitlines(), "cpython", "pyvm", lineterm="", n=1)
                for line in list(diff)[:12]:
                    print(line)
    total_code = sum(counts)
    print(f"dis: {same_files}/{len(pairs)} files identical, "
          f"{same_code}/{total_code} code objects in identical files")

    rt = subprocess.run(["cargo", "run", "--quiet", "--release", "-p", "pyvm-bytecode",
                         "--example", "marshal_roundtrip", "--", str(corpus.CACHE)],
                        cwd=root, capture_output=True, text=True)
    print("marshal round trip:", (rt.stdout.strip() or rt.stderr.strip()).splitlines()[-1])
    ok = same_files == len(pairs) and rt.returncode == 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
