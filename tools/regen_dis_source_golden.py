#!/usr/bin/env python3.11
"""Record `python3.11 -m dis NAME.py` for every NAME.py in crates/cli/tests/golden/dis_source
as NAME.dis (run in that directory, so the file name is the relative NAME.py; code object
addresses written as 0xADDR), the expected output of `pyvm -m dis NAME.py`.

    python3.11 tools/regen_dis_source_golden.py
"""
import os
import pathlib
import re
import subprocess
import sys

DIR = pathlib.Path(__file__).resolve().parent.parent / "crates" / "cli" / "tests" / "golden" / "dis_source"
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
env["PYTHONHASHSEED"] = "0"
for src in sorted(DIR.glob("*.py")):
    out = subprocess.run([sys.executable, "-m", "dis", src.name], cwd=DIR, env=env,
                         capture_output=True, text=True, check=True).stdout
    out = re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", out)
    dest = src.with_suffix(".dis")
    if not dest.exists() or dest.read_text() != out:
        dest.write_text(out)
        print(f"wrote {dest.relative_to(DIR.parent.parent.parent.parent.parent)}")
