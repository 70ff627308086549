//! Splitting a fixture file into cases: a line starting with `# ---- ` opens a case named by
//! the rest of the line; a file without such lines is one case named `main`. Used by the
//! golden test and the dump example; `tools/symtable_dump.py` splits the same way.
//! Golden outputs are split by [`split_golden`].

/// `(name, source)` for each case of a fixture file.
pub fn split_cases(text: &str) -> Vec<(String, String)> {
    const MARKER: &str = "# ---- ";
    let mut cases: Vec<(String, String)> = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(MARKER) {
            if let Some(case) = current.take() {
                cases.push(case);
            }
            current = Some((rest.trim().to_string(), String::new()));
        } else if let Some((_, source)) = &mut current {
            source.push_str(line);
        } else if !line.trim().is_empty() {
            current = Some(("main".to_string(), line.to_string()));
        }
    }
    cases.extend(current);
    if cases.is_empty() {
        cases.push(("main".to_string(), text.to_string()));
    }
    cases
}

/// `(name, expected text)` for each `=== case NAME` section of a golden output file (the
/// form `tools/regen_symtable_golden.py` and `tools/regen_syntax_errors.py` write).
pub fn split_golden(text: &str) -> Vec<(String, String)> {
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
