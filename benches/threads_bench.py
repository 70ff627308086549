#!/usr/bin/env python3.11
"""Benchmark: threads and the GIL, pyvm against CPython 3.11 in the same run.

The programs in benches/threads/ time their own work (time.perf_counter inside the program,
so start-up is excluded) and print `seconds S result R`; results must agree between pyvm and
CPython. Each runs --repeat times under each interpreter, interleaved; the best time counts
(the median for the latency program, which already reports a median of 15 rounds).

Printed:
* the single-threaded work alone and with a second (idle, blocked) thread alive — what a
  program pays once threads exist — as times, pyvm/CPython ratios, and each interpreter's
  own with/without ratio;
* two CPU-bound threads sharing the same total work, against one thread doing it all (under
  a GIL the ratio is about 1.0 at best: the threads take turns);
* the time a thread made runnable waits for the GIL while another thread computes (CPython
  3.11's is about one switch interval, 5 ms);
* pyvm only: the two-thread split under `-X switch=instruction -X switch_seed=1`, where the
  GIL changes hands every ~1000 instructions, against pyvm's one-thread time.

Run: python3.11 benches/threads_bench.py [--pyvm target/release/pyvm] [--repeat 5]
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "threads"


def measure(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True,
                       env=dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1"))
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed with status {r.returncode}:\n{r.stderr}")
    words = r.stdout.split()
    return float(words[1]), words[3]


def run(cmds, repeat, pick):
    """Runs each command `repeat` times, interleaved; returns pick(times) for each."""
    times = [[] for _ in cmds]
    results = [set() for _ in cmds]
    for _ in range(repeat):
        for i, cmd in enumerate(cmds):
            t, r = measure(cmd)
            times[i].append(t)
            results[i].add(r)
    return [pick(t) for t in times], results


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyvm", default=str(ROOT / "target/release/pyvm"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not os.path.exists(args.pyvm):
        sys.exit(f"no pyvm binary at {args.pyvm}: run `cargo build --release` first")
    prog = {p.stem: str(p) for p in PROGRAMS.glob("*.py")}
    impls = {"pyvm": [args.pyvm], "cpython": [sys.executable]}
    best = {}
    for name in ("single_plain", "single_with_thread", "two_threads", "gil_latency"):
        pick = statistics.median if name == "gil_latency" else min
        cmds = [impls["pyvm"] + [prog[name]], impls["cpython"] + [prog[name]]]
        (tp, tc), (rp, rc) = run(cmds, args.repeat, pick)
        if name != "gil_latency" and rp != rc:
            sys.exit(f"{name}: results differ: pyvm {rp}, cpython {rc}")
        best[name] = (tp, tc)
    (inst,), _ = run([impls["pyvm"] + ["-X", "switch=instruction", "-X", "switch_seed=1",
                                        prog["two_threads"]]], args.repeat, min)

    print(f"{'measure':<42}{'pyvm':>10}{'cpython':>10}{'ratio':>8}")
    for name, label in (("single_plain", "work, one thread (s)"),
                        ("single_with_thread", "work, a second thread alive (s)"),
                        ("two_threads", "work split over two threads (s)"),
                        ("gil_latency", "runnable thread waits for the GIL (s)")):
        tp, tc = best[name]
        print(f"{label:<42}{tp:>10.4f}{tc:>10.4f}{tp / tc:>8.2f}")
    for name, label in (("single_with_thread", "cost of a second thread (x one thread)"),
                        ("two_threads", "two threads vs one thread (x)")):
        (tp, tc), (bp, bc) = best[name], best["single_plain"]
        print(f"{label:<42}{tp / bp:>10.2f}{tc / bc:>10.2f}")
    print(f"{'two threads, pyvm -X switch=instruction (x)':<42}{inst / best['single_plain'][0]:>10.2f}")
    print("ratio = pyvm / CPython; (x) rows: each interpreter against its own one-thread time")


if __name__ == "__main__":
    main()
