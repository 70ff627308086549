#!/usr/bin/env python3.11
"""Compares pyvm and CPython on damaged code objects.

CPython's `dis` raises part-way through some damaged code objects (an argument indexing past
co_consts, say). pyvm must print exactly what CPython printed before raising, then report the
same exception and exit 1; where CPython succeeds, pyvm must print the same text and exit 0;
where CPython crashes (it reads past damaged tables), pyvm must still exit normally.

The damage goes inside valid code objects (co_code, co_linetable or co_exceptiontable of the
module or a nested code object replaced by mutated bytes), so marshal stays valid and dis
itself is exercised. CPython builds, dumps and disassembles each case in a child process,
because any of those steps can crash it. Deterministic for a given --seed.

Run: python3.11 tools/check_dis_damaged.py [--pyvm target/release/pyvm] [--count 1000]
"""
import argparse
import dis
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

# Builds the damaged code object, writes it as a .pyc, then disassembles it.
CPYTHON_CHILD = r"""
import dis, marshal, sys
src, out, field, path, new = sys.argv[1:6]
path = [int(i) for i in path.split(",") if i]
def damaged(code, path):
    if not path:
        return code.replace(**{field: bytes.fromhex(new)})
    consts = list(code.co_consts)
    consts[path[0]] = damaged(consts[path[0]], path[1:])
    return code.replace(co_consts=tuple(consts))
code = damaged(compile(open(src).read(), src, "exec"), path)
data = b"\xa7\r\r\n" + bytes(12) + marshal.dumps(code)
open(out, "wb").write(data)
code = marshal.loads(data[16:])
try:
    dis.dis(code)
except Exception as e:
    sys.stdout.flush()
    print(f"{type(e).__name__}: {e}", file=sys.stderr)
    sys.exit(1)
"""


def mutate_bytes(rng, data, even_len):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if data and kind < 0.6:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif data and kind < 0.8:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif kind < 0.9:
            del data[rng.randrange(len(data) + 1):]
        else:
            i = rng.randrange(len(data) + 1)
            data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 6)))
    if even_len and len(data) % 2:
        data.append(0)
    return bytes(data)


def plan_damage(rng, code):
    """Chooses a code object (by its path of co_consts indices) and a field to damage."""
    path = []
    while rng.random() < 0.4:
        nested = [i for i, c in enumerate(code.co_consts) if isinstance(c, types.CodeType)]
        if not nested:
            break
        i = rng.choice(nested)
        path.append(i)
        code = code.co_consts[i]
    field = rng.choice(["co_code", "co_code", "co_linetable", "co_exceptiontable"])
    return path, field, mutate_bytes(rng, getattr(code, field), field == "co_code")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyvm", default=str(ROOT / "target/release/pyvm"))
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not os.path.exists(args.pyvm):
        sys.exit(f"no pyvm binary at {args.pyvm}: run cargo build --release first")
    os.environ["PYTHONHASHSEED"] = "0"
    sources = sorted((ROOT / "crates/bytecode/tests/golden/dis").glob("*.py"))
    sources.append(pathlib.Path(dis.__file__))
    compiled = [compile(p.read_text(), str(p), "exec") for p in sources]
    rng = random.Random(args.seed)
    same = raised = crashed = skipped = 0
    diffs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.count):
            k = rng.randrange(len(sources))
            path, field, new = plan_damage(rng, compiled[k])
            pyc = os.path.join(tmp, f"d{i}.pyc")
            r = subprocess.run([sys.executable, "-c", CPYTHON_CHILD, str(sources[k]), pyc, field,
                                ",".join(map(str, path)), new.hex()], capture_output=True)
            if not os.path.exists(pyc):
                skipped += 1  # CPython crashed or refused while building this code object
                continue
            expected = r.stdout.decode("utf-8", "replace")
            exc = r.stderr.decode().strip().splitlines()[-1] if r.returncode > 0 else None
            p = subprocess.run([args.pyvm, "-m", "dis", pyc], capture_output=True)
            got = p.stdout.decode("utf-8", "replace")
            if r.returncode < 0:
                crashed += 1  # CPython crashed disassembling it; pyvm must finish normally
                ok = p.returncode in (0, 1)
            else:
                ok = ADDR.sub(" at 0xADDR", got) == ADDR.sub(" at 0xADDR", expected)
                if exc is None:
                    ok = ok and p.returncode == 0
                else:
                    raised += 1
                    ok = ok and p.returncode == 1 and exc.split(":")[0] in p.stderr.decode()
            if ok:
                same += 1
            elif len(diffs) < 5:
                diffs.append((i, sources[k].name, field, path, exc, p.returncode,
                              p.stderr.decode()[-200:]))
    tried = args.count - skipped
    print(f"{same} of {tried} damaged code objects handled like CPython ({raised} where "
          f"CPython's dis raised, {crashed} where CPython crashed and pyvm exited normally); "
          f"{skipped} skipped: CPython could not build them")
    for d in diffs:
        print("differs:", d)
    sys.exit(0 if same == tried else 1)


if __name__ == "__main__":
    main()
