#!/usr/bin/env python3.11
"""Compiles examples/*.py to examples/*.pyc with CPython 3.11, so `pyvm -m dis` can be shown
on a real CPython .pyc before pyvm has its own compiler, and records CPython's dis.dis of each
as crates/cli/tests/golden/NAME.dis for the CLI test. Run: python3.11 tools/regen_examples.py

The .pyc files use unchecked-hash headers so that re-running gives identical bytes.
"""
import contextlib
import dis
import io
import marshal
import os
import pathlib
import py_compile
import re
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

root = pathlib.Path(__file__).resolve().parent.parent / "examples"
for src in sorted(root.glob("*.py")):
    py_compile.compile(
        str(src),
        cfile=str(src.with_suffix(".pyc")),
        dfile=f"examples/{src.name}",
        doraise=True,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    print("wrote", src.with_suffix(".pyc").relative_to(root.parent))
    code = marshal.loads(src.with_suffix(".pyc").read_bytes()[16:])
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        dis.dis(code)
    golden = root.parent / "crates/cli/tests/golden" / f"{src.stem}.dis"
    golden.parent.mkdir(parents=True, exist_ok=True)
    golden.write_text(re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", buf.getvalue()))
