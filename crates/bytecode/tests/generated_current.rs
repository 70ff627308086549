//! Generated sources are current: re-running their generators (with `python3.11`, when it
//! is installed) reproduces the checked-in files exactly. Without Python the check is
//! skipped with a message; the golden tests still cover the tables' behaviour.

use std::process::Command;

fn python311() -> Option<&'static str> {
    let ok = Command::new("python3.11")
        .arg("-c")
        .arg("import sys; assert sys.version_info[:2] == (3, 11)")
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some("python3.11")
}

#[test]
fn unicode_printable_table_is_current() {
    let Some(python) = python311() else {
        eprintln!("skipped: python3.11 is not installed");
        return;
    };
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tools/gen_unicode_printable.py"
    );
    let status = Command::new(python)
        .arg(script)
        .arg("--check")
        .status()
        .expect("run generator");
    assert!(
        status.success(),
        "src/unicode_printable.rs is stale: run python3.11 tools/gen_unicode_printable.py"
    );
    assert_eq!(bytecode::unicode_printable::UNICODE_VERSION, "14.0.0");
}
