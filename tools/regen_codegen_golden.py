#!/usr/bin/env python3.11
"""Record CPython 3.11's code objects for the code-generation golden fixtures.

For each crates/compiler/tests/golden/codegen/*.py, writes the .txt dump that
crates/compiler/tests/codegen_golden.rs compares pyvm's compiler against: every code object
(depth first, in co_consts order) with all the fields compile() fills in.

    python3.11 tools/regen_codegen_golden.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from check_compile_corpus import localsplus  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "crates" / "compiler" / "tests" / "golden" / "codegen"


def const(c):
    if hasattr(c, "co_code"):
        return f"<code {c.co_qualname}>"
    if isinstance(c, tuple):
        inner = ", ".join(const(x) for x in c)
        return f"({inner},)" if len(c) == 1 else f"({inner})"
    if isinstance(c, frozenset):
        return "frozenset(" + ", ".join(sorted(const(x) for x in c)) + ")"
    return repr(c)


def dump(code, out):
    names, kinds = localsplus(code)
    out.append(f"code {code.co_qualname}")
    out.append(f"  name {code.co_name} firstlineno {code.co_firstlineno} flags {code.co_flags:#x}")
    out.append(f"  args {code.co_argcount} {code.co_posonlyargcount} {code.co_kwonlyargcount}"
               f" stacksize {code.co_stacksize}")
    out.append(f"  names {' '.join(code.co_names)}")
    out.append(f"  localsplus {' '.join(names)} | {kinds.hex()}")
    out.append(f"  consts {' ; '.join(const(c) for c in code.co_consts)}")
    out.append(f"  code {code.co_code.hex()}")
    out.append(f"  linetable {code.co_linetable.hex()}")
    out.append(f"  exceptiontable {code.co_exceptiontable.hex()}")
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            dump(c, out)


def main():
    assert sys.version_info[:2] == (3, 11), "run with python3.11"
    for src in sorted(GOLDEN.glob("*.py")):
        code = compile(src.read_bytes(), src.name, "exec", dont_inherit=True)
        out = []
        dump(code, out)
        src.with_suffix(".txt").write_text("\n".join(out) + "\n")
        print(f"wrote {src.with_suffix('.txt').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
