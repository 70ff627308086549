#!/usr/bin/env python3.11
"""Compiles examples/*.py to examples/*.pyc with CPython 3.11, so `pyvm -m dis` can be shown
on a real CPython .pyc before pyvm has its own compiler. Run: python3.11 tools/regen_examples.py

The .pyc files use unchecked-hash headers so that re-running gives identical bytes.
"""
import pathlib
import py_compile

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
