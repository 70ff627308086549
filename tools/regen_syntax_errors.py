"""Record CPython 3.11's SyntaxErrors for pyvm's invalid-source golden corpus.

crates/compiler/tests/golden/syntax_errors/cases.py holds many small invalid programs, each
opened by a line `# ---- NAME` (the same splitting as the symtable fixtures). For each case
this runs `compile(source, '<case>', 'exec')` and writes to cases.txt:

    === case NAME
    CLASS
    MSG
    LINENO OFFSET END_LINENO END_OFFSET
    TEXT

where a missing position is 0 (CPython's None) and TEXT is `SyntaxError.text` as a JSON
string (`null` for None). A case that compiles is recorded as `OK`.
crates/compiler/tests/syntax_errors.rs compares pyvm with this file.

Run with python3.11: python3.11 tools/regen_syntax_errors.py
"""
import json
import os
import sys
import warnings

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "compiler",
                      "tests", "golden", "syntax_errors")
MARKER = "# ---- "


def split_cases(text):
    """Cases as (name, source); lines split on '\\n' only, like pyvm's `split_cases`."""
    cases = []
    current = None
    for line in text.split("\n"):
        line += "\n"
        if line.startswith(MARKER):
            if current is not None:
                cases.append(current)
            current = [line[len(MARKER):].strip(), ""]
        elif current is not None:
            current[1] += line
    if current is not None:
        cases.append(current)
    # text.split adds a "\n" to the final piece that the file did not have.
    if cases and not text.endswith("\n"):
        cases[-1][1] = cases[-1][1][:-1]
    elif cases:
        cases[-1][1] = cases[-1][1][:-1]
    return cases


def record(name, source):
    with warnings.catch_warnings():
        # Invalid escapes and `1if` are warnings in 3.11, not errors: keep them quiet.
        warnings.simplefilter("ignore")
        try:
            compile(source, "<case>", "exec")
        except SyntaxError as e:
            pos = " ".join(str(v or 0) for v in (e.lineno, e.offset, e.end_lineno, e.end_offset))
            return (f"=== case {name}\n{type(e).__name__}\n{e.msg}\n{pos}\n"
                    f"{json.dumps(e.text, ensure_ascii=False)}\n")
    return f"=== case {name}\nOK\n"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with Python 3.11: the golden file records 3.11's errors")
    path = os.path.join(GOLDEN, "cases.py")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    cases = split_cases(text)
    names = [n for n, _ in cases]
    if len(set(names)) != len(names):
        sys.exit("duplicate case names")
    out = "".join(record(name, source) for name, source in cases)
    with open(os.path.join(GOLDEN, "cases.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(out)
    print(f"wrote cases.txt ({len(cases)} cases, {out.count(chr(10) + 'OK' + chr(10))} compile)")


if __name__ == "__main__":
    main()
