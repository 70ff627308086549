//! The `pyvm` binary as a user meets it: `-m dis` output, exit codes and error messages.

mod common;

use std::time::Duration;

use common::{text, without_addresses, Finished};

fn pyvm(args: &[&str]) -> Finished {
    let mut cmd = common::pyvm();
    cmd.args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .env_remove("PYTHONHASHSEED");
    common::run_with_deadline(&mut cmd, b"", Duration::from_secs(60))
        .unwrap_or_else(|| panic!("pyvm {args:?} did not finish within a minute"))
}

#[test]
fn seed_example_disassembles_as_cpython_does() {
    let out = pyvm(&["-m", "dis", "examples/seed.pyc"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let expected = include_str!("golden/seed.dis");
    assert_eq!(without_addresses(&text(&out.stdout)), expected);
    // The seed's point: `num += 1` is four instructions.
    let stdout = text(&out.stdout);
    for needle in [
        "LOAD_GLOBAL              0 (num)",
        "LOAD_CONST               1 (1)",
        "BINARY_OP               13 (+=)",
        "STORE_GLOBAL             0 (num)",
    ] {
        assert!(stdout.contains(needle), "missing {needle}");
    }
}

#[test]
fn several_files_print_in_order_and_show_caches_adds_cache_lines() {
    let one = pyvm(&["-m", "dis", "examples/seed.pyc"]);
    let two = pyvm(&["-m", "dis", "examples/seed.pyc", "examples/seed.pyc"]);
    assert_eq!(two.stdout.len(), 2 * one.stdout.len());
    let caches = pyvm(&["-m", "dis", "-C", "examples/seed.pyc"]);
    assert!(text(&caches.stdout).contains(" CACHE                    0"));
}

#[test]
fn damaged_and_missing_files_fail_with_a_message_and_status_1() {
    let dir = std::env::temp_dir().join(format!("pyvm-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/seed.pyc"
    ))
    .unwrap();
    let mut bad = good.clone();
    bad[16] = 0x07; // unknown type code where the module's code object starts
    let bad_path = dir.join("bad.pyc");
    std::fs::write(&bad_path, &bad).unwrap();
    let truncated_path = dir.join("short.pyc");
    std::fs::write(&truncated_path, &good[..good.len() / 2]).unwrap();

    let out = pyvm(&["-m", "dis", bad_path.to_str().unwrap(), "examples/seed.pyc"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("ValueError: bad marshal data (unknown type code) (at byte offset 16)"),
        "{err}"
    );
    // The good file after the bad one is still printed.
    assert!(text(&out.stdout).contains("Disassembly of <code object increment"));

    let out = pyvm(&["-m", "dis", truncated_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("EOFError"),
        "{}",
        text(&out.stderr)
    );

    // As argparse's FileType in CPython's `dis` main: a file that cannot be opened is a
    // usage error (status 2).
    let out = pyvm(&["-m", "dis", "no/such/file.pyc"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "usage: dis.py [-h] [-C] [infile ...]\ndis.py: error: argument infile: can't open 'no/such/file.pyc': [Errno 2] No such file or directory: 'no/such/file.pyc'\n"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn version_usage_and_unknown_modules() {
    let out = pyvm(&["-V"]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "Python 3.11.7\n");
    let out = pyvm(&["-m", "no_such_module"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("No module named no_such_module"));
    let out = pyvm(&["--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    let out = pyvm(&["-m", "dis", "--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}
