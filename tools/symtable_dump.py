"""CPython's side of pyvm's symbol table comparison: the canonical dump of a source's
symbol tables made with the `symtable` module, in exactly the format of
`crates/compiler/src/symtable/dump.rs` (see that file for the format)."""
import symtable

SCOPE_OFF = 11
DEF_BITS = (1 << SCOPE_OFF) - 1
MARKER = "# ---- "


def split_cases(text):
    """Split a fixture into (name, source) cases, as `symtable::cases::split_cases`."""
    cases, current = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith(MARKER):
            if current:
                cases.append(current)
            current = [line[len(MARKER):].strip(), ""]
        elif current is not None:
            current[1] += line
        elif line.strip():
            current = ["main", line]
    if current:
        cases.append(current)
    return [tuple(c) for c in cases] or [("main", text)]


def _dump_table(table, depth, out):
    raw = table._table
    indent = "  " * depth
    kind = table.get_type()
    out.append(f"{indent}scope {kind} {table.get_name()} line={table.get_lineno()} "
               f"optimized={int(table.is_optimized())} nested={int(table.is_nested())} "
               f"children={len(raw.children)}")
    if kind == "function":
        out.append(f"{indent}  params: {', '.join(raw.varnames)}")
    items = list(raw.symbols.items())
    declared = [(n, f) for n, f in items if f & DEF_BITS]
    passing = sorted((n, f) for n, f in items if not f & DEF_BITS)
    for name, flags in declared + passing:
        sym = table.lookup(name)
        bits = [sym.is_referenced(), sym.is_assigned(), sym.is_global(),
                sym.is_declared_global(), sym.is_local(), sym.is_free(), sym.is_parameter(),
                sym.is_imported(), sym.is_annotated(), sym.is_nonlocal()]
        out.append(f"{indent}  sym {name} flags={flags & DEF_BITS} scope={flags >> SCOPE_OFF} "
                   + "".join("1" if b else "0" for b in bits))
    for child in table.get_children():
        _dump_table(child, depth + 1, out)


def dump_source(source, filename):
    try:
        top = symtable.symtable(source, filename, "exec")
    except SyntaxError as e:
        end = "None" if e.end_offset is None else e.end_offset
        return f"error {type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{end}\n"
    out = []
    _dump_table(top, 0, out)
    return "\n".join(out) + "\n"


def dump_cases(text, filename):
    return "".join(f"=== case {name}\n" + dump_source(src, filename)
                   for name, src in split_cases(text))
