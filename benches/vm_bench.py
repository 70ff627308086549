#!/usr/bin/env python3.11
"""Benchmark: pyvm against CPython 3.11 on the programs in benches/vm/.

Each program runs under `pyvm` (release build) and `python3.11`, --repeat times each in this
one run; the outputs must be identical. Printed per program: the best wall time of each, the
ratio (pyvm time / CPython time: below 1.0 means pyvm is faster) and each side's peak RSS.
Ratios measured in one run are what to compare; absolute times depend on the machine.

Run: python3.11 benches/vm_bench.py [--pyvm target/release/pyvm] [--repeat 3] [NAME ...]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "vm"


def timed(cmd, env):
    """Wall time, peak RSS (KiB, from GNU time's %M when available) and stdout of one run."""
    measure = ["/usr/bin/time", "-f", "%M"] if os.path.exists("/usr/bin/time") else []
    start = time.perf_counter()
    r = subprocess.run(measure + cmd, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed with status {r.returncode}:\n{r.stderr.decode()}")
    lines = r.stderr.decode().split()
    return elapsed, int(lines[-1]) if measure and lines else 0, r.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyvm", default=str(ROOT / "target/release/pyvm"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not os.path.exists(args.pyvm):
        sys.exit(f"no pyvm binary at {args.pyvm}: run `cargo build --release` first")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    progs = sorted(PROGRAMS.glob("*.py"))
    if args.names:
        progs = [p for p in progs if p.stem in args.names]
    print(f"{'program':<16}{'pyvm s':>9}{'cpython s':>11}{'ratio':>8}{'pyvm MiB':>10}{'cpy MiB':>9}")
    worst = 0.0
    for prog in progs:
        pv, cp = [], []
        for _ in range(args.repeat):
            pv.append(timed([args.pyvm, str(prog)], env))
            cp.append(timed([sys.executable, str(prog)], env))
        if pv[0][2] != cp[0][2]:
            sys.exit(f"{prog.name}: outputs differ\npyvm:    {pv[0][2]!r}\ncpython: {cp[0][2]!r}")
        tp, tc = min(t for t, _, _ in pv), min(t for t, _, _ in cp)
        mp, mc = max(m for _, m, _ in pv), max(m for _, m, _ in cp)
        worst = max(worst, tp / tc)
        print(f"{prog.stem:<16}{tp:>9.3f}{tc:>11.3f}{tp / tc:>8.2f}{mp / 1024:>10.1f}{mc / 1024:>9.1f}")
    print(f"slowest ratio: {worst:.2f} (pyvm time / CPython time)")


if __name__ == "__main__":
    main()
