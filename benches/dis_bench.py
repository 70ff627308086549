#!/usr/bin/env python3.11
"""Benchmark: `pyvm -m dis` against CPython's `dis` over the whole stdlib corpus.

One pyvm process disassembles every corpus .pyc (output to /dev/null), against one python3.11
process doing marshal.load + dis.dis(code) over the same files (output to /dev/null). Each
side runs --repeat times in this one run; the best times and their ratio are printed, with
each side's peak memory (max RSS). Ratios, not absolute times, are what to compare across
machines.

Run: python3.11 benches/dis_bench.py [--pyvm target/release/pyvm] [--repeat 3]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import corpus  # noqa: E402

CPYTHON_DIS = r"""
import dis, marshal, sys
with open("/dev/null", "w") as sink:
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            f.read(16)
            dis.dis(marshal.load(f), file=sink)
"""


def timed(cmd, env):
    """Wall time and peak RSS (KiB) of one child process. The RSS comes from GNU time's %M
    when /usr/bin/time exists: `wait4`'s figure would include the forking Python process."""
    measure = ["/usr/bin/time", "-f", "%M"] if os.path.exists("/usr/bin/time") else []
    start = time.perf_counter()
    r = subprocess.run(measure + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       env=env)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"{cmd[0]} failed with status {r.returncode}")
    lines = r.stderr.decode().split()
    return elapsed, int(lines[-1]) if measure and lines else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyvm", default=str(ROOT / "target/release/pyvm"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not os.path.exists(args.pyvm):
        sys.exit(f"no pyvm binary at {args.pyvm}: run `cargo build --release` first")
    pycs = [str(pyc) for _, pyc in corpus.build(quiet=True)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    runs = {"pyvm": [], "cpython": []}
    for _ in range(args.repeat):
        runs["pyvm"].append(timed([args.pyvm, "-m", "dis", *pycs], env))
        runs["cpython"].append(timed([sys.executable, "-c", CPYTHON_DIS, *pycs], env))
    best = {k: min(t for t, _ in v) for k, v in runs.items()}
    rss = {k: max(m for _, m in v) for k, v in runs.items()}
    print(f"dis over {len(pycs)} corpus files, best of {args.repeat}:")
    print(f"  cpython  {best['cpython']:.3f} s  peak RSS {rss['cpython'] / 1024:.1f} MiB")
    print(f"  pyvm     {best['pyvm']:.3f} s  peak RSS {rss['pyvm'] / 1024:.1f} MiB")
    print(f"  pyvm is {best['cpython'] / best['pyvm']:.1f}x faster "
          f"(target: at least 10x)")


if __name__ == "__main__":
    main()
