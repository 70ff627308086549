#!/usr/bin/env python3.11
"""Compare pyvm's compiler with CPython 3.11's compile() over the stdlib corpus.

For each corpus file (tools/corpus.py), CPython compiles it with
compile(src, path, 'exec', dont_inherit=True) and pyvm compiles it with the
crates/compiler example `compile_marshal`, whose marshal output is loaded here. Code objects
are matched by their path of qualified names (a repeated qualname gets `#n`), and compared
field by field. Prints the share of identical code objects and files, the first differing
field of each difference, grouped, and (with -v) each difference.

    python3.11 tools/check_compile_corpus.py [-v] [--limit N] [FILE ...]
"""
import argparse
import collections
import marshal
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = corpus.ROOT
FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags",
          "co_firstlineno", "co_name", "co_qualname", "co_names", "co_localsplusnames",
          "co_localspluskinds", "co_consts", "co_code", "co_stacksize", "co_linetable",
          "co_exceptiontable")


def canon(c):
    """A comparable form of a constant (code objects by qualname, sets sorted)."""
    if isinstance(c, type((lambda: 0).__code__)):
        return ("code", c.co_qualname)
    if isinstance(c, tuple):
        return ("tuple", tuple(canon(x) for x in c))
    if isinstance(c, frozenset):
        return ("frozenset", tuple(sorted(repr(canon(x)) for x in c)))
    if isinstance(c, float):
        return ("float", c.hex() if c == c else "nan")
    if isinstance(c, complex):
        return ("complex", canon(c.real), canon(c.imag))
    return (type(c).__name__, c)


def localsplus(code):
    """(co_localsplusnames, co_localspluskinds) of a 3.11 code object.

    Python 3.11 exposes neither field, but `_varname_from_oparg(i)` (what `dis` uses) reads
    co_localsplusnames[i], and each kind is the union of the CO_FAST_LOCAL (0x20), CELL (0x40)
    and FREE (0x80) bits by the name's membership in co_varnames, co_cellvars, co_freevars
    (an argument that is also a cell is one slot with kind 0x60)."""
    names = []
    while True:
        try:
            names.append(code._varname_from_oparg(len(names)))
        except IndexError:
            break
    kinds = bytes((0x20 if n in code.co_varnames else 0) | (0x40 if n in code.co_cellvars else 0)
                  | (0x80 if n in code.co_freevars else 0) for n in names)
    return tuple(names), kinds


def field(code, name):
    if name == "co_localsplusnames":
        return localsplus(code)[0]
    if name == "co_localspluskinds":
        return localsplus(code)[1]
    if name == "co_consts":
        return tuple(canon(c) for c in code.co_consts)
    return getattr(code, name)


def walk(code, prefix=""):
    """(path, code) for a code object and all nested ones."""
    seen = collections.Counter()
    out = [(prefix or code.co_qualname, code)]

    def rec(c, path):
        for k in c.co_consts:
            if hasattr(k, "co_code"):
                seen[(path, k.co_qualname)] += 1
                n = seen[(path, k.co_qualname)]
                p = f"{path}/{k.co_qualname}" + (f"#{n}" if n > 1 else "")
                out.append((p, k))
                rec(k, p)
    rec(code, out[0][0])
    return out


def first_difference(a, b):
    for f in FIELDS:
        if field(a, f) != field(b, f):
            return f
    return None


def pyvm_compile(paths, binary):
    proc = subprocess.run([str(binary), "-"], input=("\n".join(map(str, paths)) + "\n").encode(),
                          capture_output=True, text=False, check=False)
    data = proc.stdout
    results, pos = [], 0
    for _ in paths:
        nl = data.index(b"\n", pos)
        head = data[pos:nl].decode("utf-8", "replace")
        pos = nl + 1
        if head.startswith("OK "):
            n = int(head[3:])
            results.append(("ok", marshal.loads(data[pos:pos + n])))
            pos += n
        else:
            results.append(("err", head[4:]))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "pyvm-compiler",
                    "--example", "compile_marshal"], cwd=ROOT, check=True)
    binary = ROOT / "target" / "release" / "examples" / "compile_marshal"
    paths = [pathlib.Path(f) for f in args.files] or list(corpus.sources())
    if args.limit:
        paths = paths[:args.limit]
    expected = {}
    for p in paths:
        try:
            src = p.read_bytes()
            expected[p] = compile(src, str(p), "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            expected[p] = None
    paths = [p for p in paths if expected[p] is not None]
    got = pyvm_compile(paths, binary)
    total_codes = same_codes = same_files = 0
    categories = collections.Counter()
    errors = collections.Counter()
    for p, (kind, value) in zip(paths, got):
        exp = dict(walk(expected[p]))
        total_codes += len(exp)
        if kind == "err":
            categories["compile error"] += len(exp)
            errors[value.split(" (")[0][:70]] += 1
            if args.verbose:
                print(f"{p}: ERROR {value}")
            continue
        have = dict(walk(value))
        file_ok = True
        for path, code in exp.items():
            mine = have.get(path)
            if mine is None:
                categories["missing code object"] += 1
                file_ok = False
                if args.verbose:
                    print(f"{p}: {path}: missing")
                continue
            diff = first_difference(code, mine)
            if diff is None:
                same_codes += 1
            else:
                file_ok = False
                categories[diff] += 1
                if args.verbose:
                    print(f"{p}: {path}: {diff}")
        same_files += file_ok
    nfiles = len(paths)
    print(f"identical code objects: {same_codes}/{total_codes} "
          f"({100.0 * same_codes / max(total_codes, 1):.1f}%)")
    print(f"identical files: {same_files}/{nfiles} ({100.0 * same_files / max(nfiles, 1):.1f}%)")
    print("first differing field:")
    for name, n in categories.most_common():
        print(f"  {name}: {n}")
    if errors:
        print("compile errors (files):")
        for msg, n in errors.most_common(15):
            print(f"  {n:5d}  {msg}")


if __name__ == "__main__":
    main()
