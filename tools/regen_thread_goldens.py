#!/usr/bin/env python3.11
"""Records CPython 3.11's output of the thread programs in crates/cli/tests/threads/.

Run: python3.11 tools/regen_thread_goldens.py
For each NAME.py it writes NAME.stdout, NAME.stderr (only when not empty) and NAME.exit (only
when not 0), with the programs' directory removed from stderr, CPython's stdlib directory
written `<stdlib>/` and object addresses written `0xADDR`, the normalisation
crates/cli/tests/threads.rs applies to pyvm's output. Each program runs twice and must give
the same output both times (the programs are written to be deterministic under any thread
interleaving).
"""
import pathlib
import re
import subprocess
import sys
import sysconfig

assert sys.version_info[:2] == (3, 11), "run with python3.11"
here = pathlib.Path(__file__).resolve().parent.parent / "crates/cli/tests/threads"
stdlib = sysconfig.get_paths()["stdlib"]


def normalise(text):
    text = text.replace(str(here) + "/", "").replace(stdlib + "/", "<stdlib>/")
    return re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", text)


failed = False
for prog in sorted(here.glob("*.py")):
    runs = []
    for _ in range(2):
        p = subprocess.run([sys.executable, prog.name], cwd=here, capture_output=True,
                           text=True, timeout=60)
        runs.append((p.stdout, normalise(p.stderr), p.returncode))
    if runs[0] != runs[1]:
        print(f"{prog.name}: not deterministic")
        failed = True
        continue
    out, err, code = runs[0]
    base = prog.with_suffix("")
    base.with_suffix(".stdout").write_text(out)
    for suffix, content in ((".stderr", err), (".exit", f"{code}\n" if code else "")):
        path = base.with_suffix(suffix)
        if content:
            path.write_text(content)
        elif path.exists():
            path.unlink()
sys.exit(1 if failed else 0)
