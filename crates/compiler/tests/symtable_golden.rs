//! pyvm's symbol tables against CPython 3.11's, case by case: every fixture
//! `tests/golden/symtable/NAME.py` is split into cases, dumped by pyvm, and compared with
//! `NAME.txt`, recorded from CPython's `symtable` module by `tools/regen_symtable_golden.py`.

use std::fs;
use std::path::Path;

use compiler::symtable::{
    cases::{split_cases, split_golden},
    dump_source,
};

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
        let expected = split_golden(&golden);
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
