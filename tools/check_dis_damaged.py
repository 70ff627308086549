#!/usr/bin/env python3.11
"""Compares pyvm and CPython on damaged code objects: same partial output, same exception.

CPython's `dis` raises part-way through some damaged code objects (an argument indexing past
co_consts, say). pyvm must print exactly what CPython printed before raising, then report the
same exception and exit 1; where CPython succeeds, pyvm must print the same text and exit 0.

The damage is applied inside valid code objects (co_code bytes, co_linetable,
co_exceptiontable replaced with mutated bytes via code.replace), so marshal stays valid and
the comparison exercises dis itself. Deterministic for a given --seed.

Run: python3.11 tools/check_dis_damaged.py [--pyvm target/release/pyvm] [--count 2000]
"""
import argparse
import contextlib
import dis
import io
import marshal
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import types

ROOT = pathlib.Path(__file__).resolve().parent.parent
ADDR = re.compile(r" at 0x[0-9a-f]+")


def mutate_bytes(rng, data, even_len):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if data and kind < 0.6:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif data and kind < 0.8:
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        elif kind < 0.9:
            del data[rng.randrange(len(data) + 1):]
        else:
            i = rng.randrange(len(data) + 1)
            data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 6)))
    if even_len and len(data) % 2:
        data.append(0)
    return bytes(data)


def damage(rng, code):
    field = rng.choice(["co_code", "co_code", "co_linetable", "co_exceptiontable"])
    if field == "co_code":
        new = mutate_bytes(rng, code.co_code, True)
    elif field == "co_linetable":
        new = mutate_bytes(rng, code.co_linetable, False)
    else:
        new = mutate_bytes(rng, code.co_exceptiontable, False)
    consts = tuple(damage(rng, c) if isinstance(c, types.CodeType) and rng.random() < 0.3 else c
                   for c in code.co_consts)
    try:
        return code.replace(**{field: new}, co_consts=consts)
    except Exception:
        return code.replace(co_consts=consts)


def cpython_dis(code):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            dis.dis(code)
        return out.getvalue(), None
    except Exception as e:  # what CPython's dis raises part-way
        return out.getvalue(), f"{type(e).__name__}: {e}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyvm", default=str(ROOT / "target/release/pyvm"))
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not os.path.exists(args.pyvm):
        sys.exit(f"no pyvm binary at {args.pyvm}: run cargo build --release first")
    os.environ["PYTHONHASHSEED"] = "0"
    sources = sorted((ROOT / "crates/bytecode/tests/golden/dis").glob("*.py"))
    sources += [pathlib.Path(dis.__file__)]
    rng = random.Random(args.seed)
    base = [compile(p.read_text(), str(p), "exec") for p in sources]
    same = raised = 0
    diffs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.count):
            code = damage(rng, rng.choice(base))
            path = os.path.join(tmp, f"d{i}.pyc")
            with open(path, "wb") as f:
                f.write(b"\xa7\r\r\n" + bytes(12) + marshal.dumps(code))
            expected, exc = cpython_dis(code)
            r = subprocess.run([args.pyvm, "-m", "dis", path], capture_output=True)
            got = r.stdout.decode("utf-8", "replace")
            ok = ADDR.sub(" at 0xADDR", got) == ADDR.sub(" at 0xADDR", expected)
            if exc is None:
                ok = ok and r.returncode == 0
            else:
                raised += 1
                ok = ok and r.returncode == 1 and exc.split(":")[0] in r.stderr.decode()
            if ok:
                same += 1
            elif len(diffs) < 5:
                diffs.append((i, exc, r.returncode, r.stderr.decode()[-300:]))
    print(f"{same} of {args.count} damaged code objects identical ({raised} where CPython's dis raised)")
    for d in diffs:
        print("differs:", d)
    sys.exit(0 if same == args.count else 1)


if __name__ == "__main__":
    main()
