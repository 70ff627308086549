"""Regenerate pyvm's symbol table golden files with CPython 3.11's `symtable` module.

For each fixture crates/compiler/tests/golden/symtable/NAME.py this writes NAME.txt: for
every case of the fixture, `=== case CASE` then the canonical dump (tools/symtable_dump.py).
crates/compiler/tests/symtable_golden.rs compares pyvm's dumps with these files.

Run with python3.11: python3.11 tools/regen_symtable_golden.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from symtable_dump import dump_cases  # noqa: E402

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "compiler",
                      "tests", "golden", "symtable")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with Python 3.11: the golden files record 3.11's symbol tables")
    for name in sorted(os.listdir(GOLDEN)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(GOLDEN, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # The filename recorded is the fixture's bare name so output does not depend on cwd.
        out = dump_cases(text, name)
        with open(path[:-3] + ".txt", "w", encoding="utf-8") as f:
            f.write(out)
        print(f"wrote {name[:-3]}.txt")


if __name__ == "__main__":
    main()
