#!/usr/bin/env python3.11
"""Differential check of set iteration order: random sequences of set operations (operators,
in-place forms, methods with sets/lists/dicts/ranges, add/discard/pop) run under python3.11
and pyvm; prints the share of programs whose output is identical and the first differences.

    python3.11 tools/check_set_order.py [--count N] [--pyvm target/release/pyvm]
"""
import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

OPS = ["|", "&", "-", "^"]
METHODS = {
    "union": 2, "intersection": 2, "difference": 2, "update": 2, "intersection_update": 2,
    "difference_update": 2, "symmetric_difference": 1, "symmetric_difference_update": 1,
    "issubset": 1, "issuperset": 1, "isdisjoint": 1, "copy": 0,
}


def literal(r):
    vals = [r.choice([r.randint(-5, 40), r.randint(0, 300), r.randint(0, 10)])
            for _ in range(r.randint(0, 14))]
    kind = r.random()
    if kind < 0.5:
        return "{" + ", ".join(map(str, vals)) + "}" if vals else "set()"
    if kind < 0.65:
        return f"frozenset({vals!r})"
    if kind < 0.8:
        return repr(vals)
    if kind < 0.9:
        return f"dict.fromkeys({vals!r})"
    return f"range({r.randint(0, 5)}, {r.randint(5, 30)})"


def program(seed):
    r = random.Random(seed)
    lines = ["s = set(" + literal(r) + ")"]
    for _ in range(40):
        c = r.random()
        if c < 0.3:
            rhs = literal(r)
            if not rhs.startswith(("{", "frozenset", "set(")):
                rhs = f"set({rhs})"
            op = r.choice(OPS)
            lines.append(f"s {op}= {rhs}" if r.random() < 0.5 else f"print(s {op} {rhs})")
        elif c < 0.7:
            name = r.choice(list(METHODS))
            k = r.randint(0, 2) if METHODS[name] == 2 else METHODS[name]
            lines.append(f"print(s.{name}({', '.join(literal(r) for _ in range(k))}))")
        elif c < 0.8:
            lines.append(f"s.add({r.randint(-5, 300)})")
        elif c < 0.9:
            lines.append(f"s.discard({r.randint(-5, 40)})")
        else:
            lines.append("print(s.pop() if s else None)")
        lines.append("print(s)")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--pyvm", default="target/release/pyvm")
    args = ap.parse_args()
    same, shown = 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.count):
            path = Path(tmp) / f"p{seed}.py"
            path.write_text(program(seed))
            runs = [subprocess.run([exe, str(path)], capture_output=True, text=True)
                    for exe in ("python3.11", args.pyvm)]
            if (runs[0].stdout, runs[0].stderr) == (runs[1].stdout, runs[1].stderr):
                same += 1
            elif shown < 3:
                shown += 1
                print(f"seed {seed} differs:\n{program(seed)}")
    print(f"identical: {same}/{args.count}")
    return 0 if same == args.count else 1


if __name__ == "__main__":
    sys.exit(main())
