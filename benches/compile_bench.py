#!/usr/bin/env python3.11
"""Compiling the stdlib corpus (tools/corpus.py): pyvm's compiler against CPython 3.11's
compile(), each over the same files in one process, in the same run.

Both sides read every file first and time only the compiling (source bytes to a module code
object, `compile(src, path, "exec", dont_inherit=True)` for CPython; pyvm's
`compiler::decode::compile_bytes` in the `compile_bench` example). Each side runs --repeat
times (default 3) and the best time counts. Prints wall-clock and CPU times and the ratios
(on a loaded machine the CPU-time ratio is the steadier figure).

    python3.11 benches/compile_bench.py [--repeat N]
"""
import argparse
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import corpus  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "pyvm-compiler", "--example",
                    "compile_bench"], cwd=ROOT, check=True)
    paths = list(corpus.sources())
    sources = [(str(p), p.read_bytes()) for p in paths]
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        start, cpu = time.perf_counter(), time.process_time()
        for name, src in sources:
            try:
                compile(src, name, "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                pass
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    binary = ROOT / "target" / "release" / "examples" / "compile_bench"
    out = subprocess.run([str(binary), "--repeat", str(args.repeat)],
                         input="\n".join(str(p) for p in paths) + "\n", text=True,
                         capture_output=True, check=True).stdout
    fields = dict(kv.split("=") for kv in out.split())
    mine, mine_cpu = float(fields["seconds"]), float(fields["cpu_seconds"])
    print(f"files: {len(paths)} ({sum(len(s) for _, s in sources) / 1e6:.1f} MB), "
          f"pyvm failures: {fields['failed']}")
    print(f"CPython compile(): {best:.3f} s wall, {best_cpu:.3f} s CPU")
    print(f"pyvm compiler:     {mine:.3f} s wall, {mine_cpu:.3f} s CPU")
    print(f"pyvm is {best / mine:.2f}x CPython's speed (wall), {best_cpu / max(mine_cpu, 1e-9):.2f}x (CPU)")


if __name__ == "__main__":
    main()
