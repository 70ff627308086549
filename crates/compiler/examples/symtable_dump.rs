//! Print pyvm's symbol table dump (see `compiler::symtable::dump`) for each file named on
//! the command line, each after a `== PATH` line. With `--cases`, fixture files are split
//! into cases, each after a `=== case NAME` line.

fn main() {
    let mut split = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--cases" {
            split = true;
        } else {
            paths.push(arg);
        }
    }
    let mut out = String::new();
    for path in paths {
        out.push_str(&format!("== {path}\n"));
        let source = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                out.push_str(&format!("unreadable: {e}\n"));
                continue;
            }
        };
        if split {
            for (name, case) in compiler::symtable::cases::split_cases(&source) {
                out.push_str(&format!("=== case {name}\n"));
                out.push_str(&compiler::symtable::dump_source(&case, &path));
            }
        } else {
            out.push_str(&compiler::symtable::dump_source(&source, &path));
        }
    }
    print!("{out}");
}
