#!/usr/bin/env python3.11
"""Show how pyvm's code objects differ from CPython's for one file: for each code object
whose fields differ, a unified diff of `dis` output with positions, plus the other fields.

    python3.11 tools/compile_diff.py FILE [--debug]
"""
import difflib
import dis
import io
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import check_compile_corpus as ccc  # noqa: E402


def listing(code):
    out = io.StringIO()
    for ins in dis.get_instructions(code, show_caches=False):
        pos = ins.positions
        arg = ins.argrepr if not hasattr(ins.argval, "co_code") else ins.argval.co_qualname
        out.write(f"{ins.offset:4d} {ins.opname:<28} {arg:<30} "
                  f"{pos.lineno},{pos.end_lineno},{pos.col_offset},{pos.end_col_offset}\n")
    out.write(f"stacksize {code.co_stacksize}\n")
    for name in ccc.FIELDS:
        if name not in ("co_code", "co_linetable"):
            out.write(f"{name} {ccc.field(code, name)!r}\n")
    return out.getvalue().splitlines()


def main():
    path = pathlib.Path(sys.argv[1])
    profile = "debug" if "--debug" in sys.argv else "release"
    if profile == "release":
        subprocess.run(["cargo", "build", "-q", "--release", "-p", "pyvm-compiler",
                        "--example", "compile_marshal"], cwd=ccc.ROOT, check=True)
    binary = ccc.ROOT / "target" / profile / "examples" / "compile_marshal"
    expected = compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    kind, got = ccc.pyvm_compile([path], binary)[0]
    if kind == "err":
        print("pyvm error:", got)
        return
    have = dict(ccc.walk(got))
    for qual, code in ccc.walk(expected):
        mine = have.get(qual)
        if mine is None:
            print(f"== {qual}: missing in pyvm")
            continue
        if ccc.first_difference(code, mine) is None:
            continue
        print(f"== {qual}: first difference {ccc.first_difference(code, mine)}")
        for line in difflib.unified_diff(listing(code), listing(mine), "cpython", "pyvm",
                                         lineterm="", n=2):
            print(line)


if __name__ == "__main__":
    main()
