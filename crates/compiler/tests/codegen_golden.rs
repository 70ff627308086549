//! Code generation golden tests: each `tests/golden/codegen/*.py` compiled by pyvm must give
//! exactly the code objects CPython 3.11 gave, as recorded in the `.txt` beside it by
//! `tools/regen_codegen_golden.py`.

use bytecode::code::CodeObject;
use bytecode::object::{Obj, Value};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn constant(c: &Obj) -> String {
    match c.value() {
        Value::Code(code) => format!("<code {}>", code.qualname().to_string_lossy()),
        Value::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(constant).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Value::FrozenSet(items) => {
            let mut inner: Vec<String> = items.iter().map(constant).collect();
            inner.sort();
            format!("frozenset({})", inner.join(", "))
        }
        _ => bytecode::repr::repr(c),
    }
}

fn names(objs: &[Obj]) -> String {
    let v: Vec<String> = objs
        .iter()
        .map(|o| o.as_str().map_or(String::new(), |s| s.to_string_lossy()))
        .collect();
    v.join(" ")
}

fn dump(code: &CodeObject, out: &mut Vec<String>) {
    out.push(format!("code {}", code.qualname().to_string_lossy()));
    out.push(format!(
        "  name {} firstlineno {} flags {:#x}",
        code.name().to_string_lossy(),
        code.co_firstlineno,
        code.co_flags
    ));
    out.push(format!(
        "  args {} {} {} stacksize {}",
        code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_stacksize
    ));
    out.push(format!("  names {}", names(code.names())));
    out.push(format!(
        "  localsplus {} | {}",
        names(code.localsplusnames()),
        hex(code.localspluskinds())
    ));
    let consts: Vec<String> = code.consts().iter().map(constant).collect();
    out.push(format!("  consts {}", consts.join(" ; ")));
    out.push(format!("  code {}", hex(code.code())));
    out.push(format!("  linetable {}", hex(code.linetable())));
    out.push(format!("  exceptiontable {}", hex(code.exceptiontable())));
    for nested in code.nested_code() {
        dump(nested, out);
    }
}

#[test]
fn codegen_matches_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/codegen");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for py in paths {
        let source = std::fs::read_to_string(&py).expect("fixture");
        let expected = std::fs::read_to_string(py.with_extension("txt")).expect("golden dump");
        let name = py.file_name().map(|n| n.to_string_lossy().to_string());
        let name = name.unwrap_or_default();
        let got = match compiler::compile_source(&source, &name) {
            Ok(code) => {
                let mut out = Vec::new();
                dump(&code, &mut out);
                out.join("\n") + "\n"
            }
            Err(e) => format!("error: {e}\n"),
        };
        if got != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
