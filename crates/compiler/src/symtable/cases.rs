//! Splitting a fixture file into cases: a line starting with `# ---- ` opens a case named by
//! the rest of the line; a file without such lines is one case named `main`. Used by the
//! golden test and the dump example; `tools/symtable_dump.py` splits the same way.

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
