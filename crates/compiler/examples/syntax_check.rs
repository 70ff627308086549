//! Parse a file as pyvm does and print `OK` or the SyntaxError's fields, one per line, in
//! the order of CPython's `SyntaxError.args[1]` (used to compare with `python3.11`).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: syntax_check FILE");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match compiler::parse_module(&source, &path) {
        Ok(_) => println!("OK"),
        Err(e) => {
            println!(
                "{}\n{}\n{} {} {} {}",
                e.kind.name(),
                e.msg,
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            );
            println!("{:?}", e.text);
        }
    }
}
