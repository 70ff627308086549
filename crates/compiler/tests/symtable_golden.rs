//! pyvm's symbol tables against CPython 3.11's, case by case: every fixture
//! `tests/golden/symtable/NAME.py` is split into cases, dumped by pyvm, and compared with
//! `NAME.txt`, recorded from CPython's `symtable` module by `tools/regen_symtable_golden.py`.

use std::fs;
use std::path::Path;

use compiler::symtable::{cases::split_cases, dump_source};

/// Split a golden file into its `=== case NAME` sections.
fn golden_cases(text: &str) -> Vec<(String, String)> {
    let mut cases: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("=== case ") {
            cases.push((name.trim().to_string(), String::new()));
        } else if let Some((_, body)) = cases.last_mut() {
            body.push_str(line);
        }
    }
    cases
}

#[test]
fn symtables_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/symtable");
    let mut fixtures: Vec<_> = fs::read_dir(&dir)
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    fixtures.sort();
    assert!(!fixtures.is_empty(), "no fixtures in {}", dir.display());
    let (mut total, mut failures) = (0, Vec::new());
    for fixture in fixtures {
        let file_name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let source = fs::read_to_string(&fixture).expect("fixture");
        let golden = fs::read_to_string(fixture.with_extension("txt")).unwrap_or_else(|_| {
            panic!("{file_name}: missing golden; run tools/regen_symtable_golden.py")
        });
        let expected = golden_cases(&golden);
        let cases = split_cases(&source);
        assert_eq!(
            cases.len(),
            expected.len(),
            "{file_name}: case count differs from the golden file; regenerate it"
        );
        for ((name, case), (golden_name, want)) in cases.iter().zip(&expected) {
            assert_eq!(name, golden_name, "{file_name}: case order differs");
            total += 1;
            let got = dump_source(case, &file_name);
            if &got != want {
                failures.push(format!(
                    "--- {file_name} case {name}\n--- expected (CPython)\n{want}--- got (pyvm)\n{got}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
