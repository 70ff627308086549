#!/usr/bin/env python3.11
"""Regenerates the golden dis fixtures in crates/bytecode/tests/golden/dis/.

For every NAME.py there (fixtures written for pyvm) and every generated case below, writes
NAME.pyc (CPython 3.11's compilation, unchecked-hash header so re-running is byte-stable),
NAME.dis (CPython's dis.dis of the module code object under PYTHONHASHSEED=0, code-object
addresses replaced by ` at 0xADDR`), NAME.caches.dis (show_caches=True) and, where CPython's
dis raises part-way, NAME.err with the exception text (NAME.dis then holds what was printed
before it). Then reports which opcodes the fixtures never use.

Run: python3.11 tools/regen_dis_golden.py
"""
import contextlib
import dis
import importlib._bootstrap_external as bootstrap
import io
import marshal
import opcode
import os
import pathlib
import re
import sys
import types

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
assert sys.version_info[:2] == (3, 11), "run with python3.11"

DIR = pathlib.Path(__file__).resolve().parent.parent / "crates/bytecode/tests/golden/dis"
ADDR = re.compile(r" at 0x[0-9a-f]+")


def write_pyc(name, code):
    data = bootstrap._code_to_hash_pyc(code, b"\0" * 8, checked=False)
    (DIR / f"{name}.pyc").write_bytes(data)


def record(name, code, caches=False):
    write_pyc(name, code)
    code = marshal.loads((DIR / f"{name}.pyc").read_bytes()[16:])
    variants = [("dis", False)] + ([("caches.dis", True)] if caches else [])
    err_path = DIR / f"{name}.err"
    if err_path.exists():
        err_path.unlink()
    for suffix, show in variants:
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                dis.dis(code, show_caches=show)
        except Exception as e:  # damaged fixtures: keep the partial output and the exception
            err_path.write_text(f"{type(e).__name__}: {e}\n")
        (DIR / f"{name}.{suffix}").write_text(ADDR.sub(" at 0xADDR", buf.getvalue()))


def source_fixtures():
    for src in sorted(DIR.glob("*.py")):
        code = compile(src.read_text(), f"fixtures/{src.name}", "exec")
        record(src.stem, code, caches=src.stem in ("expressions", "functions"))


def generated_fixtures():
    # Line numbers past 999 and 9999 widen the line column.
    src = "\n" * 1200 + "x = 1\n" + "\n" * 9000 + "def f():\n    return x\n"
    record("gen_wide_lines", compile(src, "fixtures/gen_wide_lines.py", "exec"))
    # More than 256 constants and names (EXTENDED_ARG), offsets past 9999, long jumps.
    body = "".join(f"    v{i} = {i}.5 + g{i}\n" for i in range(1400))
    src = f"def big(flag):\n    while flag:\n{body}        flag = 0\n    return flag\n"
    src = src.replace("    v", "        v")
    record("gen_big_function", compile(src, "fixtures/gen_big_function.py", "exec"))
    # Interactive mode: expression statements print (PRINT_EXPR).
    record("gen_interactive", compile("1 + 2\n", "<stdin>", "single"))
    # No location table at all: dis drops the line-number column.
    code = compile("a = 1\nb = a\n", "fixtures/gen_no_lines.py", "exec")
    record("gen_no_lines", code.replace(co_linetable=b""))
    # Lines that go backwards and entries with no line (a loop's condition re-tested).
    src = "for i in range(3):\n    if i:\n        pass\n    else:\n        i = (\n1)\n"
    record("gen_line_order", compile(src, "fixtures/gen_line_order.py", "exec"))
    # Damaged code where CPython's dis raises part-way: LOAD_CONST past co_consts ...
    code = compile("a = 1\nb = 2\n", "fixtures/gen_bad_const.py", "exec")
    co = bytearray(code.co_code)
    for i in range(0, len(co), 2):
        if co[i] == opcode.opmap["LOAD_CONST"] and i > 4:
            co[i + 1] = 200
            break
    record("gen_bad_const", code.replace(co_code=bytes(co)))
    # ... a local past co_varnames, and a stray byte that dis names by a specialised form.
    def f(x):
        return x
    co = bytearray(f.__code__.co_code)
    for i in range(0, len(co), 2):
        if co[i] == opcode.opmap["LOAD_FAST"]:
            co[i + 1] = 9
    bad = f.__code__.replace(co_code=bytes(co))
    record("gen_bad_local", bad)
    co = bytearray(f.__code__.co_code)
    co[2:4] = bytes([3, 0])  # a byte in an empty slot: BINARY_OP_ADAPTIVE, with a cache
    record("gen_stray_byte", f.__code__.replace(co_code=bytes(co)))


def coverage():
    used = set()

    def walk(co):
        for ins in dis.get_instructions(co):
            used.add(ins.opname)
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                walk(c)
    for pyc in DIR.glob("*.pyc"):
        if not (DIR / f"{pyc.stem}.err").exists():
            walk(marshal.loads(pyc.read_bytes()[16:]))
    # CACHE entries are listed only with show_caches (the .caches.dis files).
    return sorted(set(opcode.opmap) - used - {"CACHE"})


def main():
    for stale in DIR.glob("*.pyc"):
        stale.unlink()
    source_fixtures()
    generated_fixtures()
    missing = coverage()
    n = len(list(DIR.glob("*.pyc")))
    print(f"wrote {n} fixtures in {DIR}")
    print("opcodes no fixture uses:", ", ".join(missing) or "none")


if __name__ == "__main__":
    main()
