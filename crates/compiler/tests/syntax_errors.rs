//! pyvm's compile errors against CPython 3.11's, case by case: every case of
//! `tests/golden/syntax_errors/cases.py` (opened by `# ---- NAME`) goes through pyvm's front
//! end (parse, symbol table, validation) and the error must equal the one recorded in
//! `cases.txt` by `tools/regen_syntax_errors.py`: class, message, positions and `text`.
//!
//! Every mismatch is reported. Cases pyvm cannot match yet are listed in [`KNOWN_DIFFERENCES`]
//! with the reason; they are still run (a panic fails the test) and the test fails when one
//! of them starts to match, so the list never goes stale.

use std::fs;
use std::path::Path;

use compiler::symtable::cases::{split_cases, split_golden};
use compiler::validate::check_source;
use compiler::SyntaxError;

/// Cases whose error differs from CPython's, with why.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[
    (
        "fstring_starred",
        "3.11 compiles each f-string replacement field by parsing `(expr)` on its own and \
         reports errors with `f-string: ` and columns inside that text; pyvm reports the \
         compiler's error at the expression's place in the file",
    ),
    (
        "fstring_lambda",
        "same: 3.11's sub-parse of `(lambda x)` fails at its `)`",
    ),
    (
        "fstring_missing_comma",
        "same: 3.11's sub-parse of `(a b)` gives the missing-comma error inside that text",
    ),
];

/// pyvm's outcome in the golden file's format.
fn render(result: Result<(), SyntaxError>) -> String {
    match result {
        Ok(()) => "OK\n".to_string(),
        Err(e) => format!(
            "{}\n{}\n{} {} {} {}\n{}\n",
            e.kind.name(),
            e.msg,
            e.lineno,
            SyntaxError::py_column(e.offset),
            e.end_lineno,
            SyntaxError::py_column(e.end_offset),
            e.text.as_deref().map_or("null".to_string(), json_string)
        ),
    }
}

/// `json.dumps(s, ensure_ascii=False)`.
fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn syntax_errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/syntax_errors");
    let source = fs::read_to_string(dir.join("cases.py")).expect("cases.py");
    let golden = fs::read_to_string(dir.join("cases.txt"))
        .expect("cases.txt; run tools/regen_syntax_errors.py");
    let cases = split_cases(&source);
    let expected = split_golden(&golden);
    assert_eq!(
        cases.len(),
        expected.len(),
        "case count differs; regenerate the golden file"
    );
    let (mut passed, mut failures, mut fixed) = (0, Vec::new(), Vec::new());
    for ((name, case), (golden_name, want)) in cases.iter().zip(&expected) {
        assert_eq!(
            name, golden_name,
            "case order differs; regenerate the golden file"
        );
        let got = render(check_source(case, "<case>"));
        let known = KNOWN_DIFFERENCES.iter().find(|(n, _)| n == name);
        if &got == want {
            passed += 1;
            if known.is_some() {
                fixed.push(name.clone());
            }
        } else if known.is_some() && want != "OK\n" && got == "OK\n" {
            failures.push(format!(
                "--- case {name} (known difference, but pyvm now raises nothing)\n{case}"
            ));
        } else if known.is_none() {
            failures.push(format!(
                "--- case {name}\n{case}--- expected (CPython)\n{want}--- got (pyvm)\n{got}"
            ));
        }
    }
    let total = cases.len();
    eprintln!("syntax errors: {passed} of {total} cases match CPython 3.11");
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ ({passed} match):\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "cases now matching CPython; remove them from KNOWN_DIFFERENCES: {fixed:?}"
    );
    for (name, _) in KNOWN_DIFFERENCES {
        assert!(cases.iter().any(|(n, _)| n == name), "unknown case {name}");
    }
}

/// Pathologically deep or long input is refused with an error, never a stack overflow or a
/// panic (the passes recurse once per nesting level).
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    const N: usize = 100_000;
    let mut nested_if = String::new();
    for depth in 0..N.min(5_000) {
        nested_if.push_str(&" ".repeat(depth));
        nested_if.push_str("if x:\n");
    }
    let cases: Vec<(&str, String)> = vec![
        (
            "parentheses",
            format!("x = {}1{}\n", "(".repeat(N), ")".repeat(N)),
        ),
        ("unclosed parentheses", "(".repeat(N)),
        ("brackets", format!("x = {}\n", "[".repeat(N))),
        ("minus", format!("x = {}1\n", "-".repeat(N))),
        ("not", format!("x = {}1\n", "not ".repeat(N))),
        ("if levels", nested_if),
        ("attribute chain", format!("x = a{}\n", ".b".repeat(N))),
        ("sum", format!("x = 1{}\n", "+1".repeat(N))),
        ("power", format!("x = 2{}\n", "**2".repeat(N))),
        ("lambda", format!("f = {}1\n", "lambda: ".repeat(N))),
        ("subscripts", format!("x = a{}\n", "[0]".repeat(N))),
        ("calls", format!("x = f{}\n", "()".repeat(N))),
    ];
    for (name, source) in cases {
        let result = check_source(&source, "<deep>");
        assert!(result.is_err(), "{name}: expected an error");
    }
}
