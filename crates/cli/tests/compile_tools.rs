//! `pyvm -m dis FILE.py` against goldens recorded from `python3.11 -m dis`
//! (tools/regen_dis_source_golden.py), `-m py_compile`, `-m compileall`, the import system's
//! bytecode cache, and the command line as python3.11 has it (stdin programs, `-m pkg`).

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{text, without_addresses, Finished};

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/dis_source");

fn pyvm_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Finished {
    let mut cmd = common::pyvm();
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONHASHSEED")
        .env_remove("PYTHONDONTWRITEBYTECODE");
    let input = stdin.unwrap_or("").as_bytes();
    common::run_with_deadline(&mut cmd, input, Duration::from_secs(120))
        .unwrap_or_else(|| panic!("pyvm {args:?} did not finish within two minutes"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyvm-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn dis_of_source_files_matches_python311() {
    let mut n = 0;
    for entry in std::fs::read_dir(GOLDEN).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let expected = std::fs::read_to_string(path.with_extension("dis")).unwrap();
        let out = pyvm_in(Path::new(GOLDEN), &["-m", "dis", name], None);
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        assert_eq!(without_addresses(&text(&out.stdout)), expected, "{name}");
        n += 1;
    }
    assert!(n >= 3);
    // Source from standard input is compiled as `<stdin>`.
    let out = pyvm_in(Path::new(GOLDEN), &["-m", "dis"], Some("x = 1\n"));
    assert_eq!(
        text(&out.stdout),
        "  0           0 RESUME                   0\n\n  1           2 LOAD_CONST               0 (1)\n              4 STORE_NAME               0 (x)\n              6 LOAD_CONST               1 (None)\n              8 RETURN_VALUE\n"
    );
}

#[test]
fn dis_errors_as_python311() {
    let dir = temp_dir("dis-errors");
    std::fs::write(dir.join("bad.py"), "def f(:\n  pass\n").unwrap();
    let out = pyvm_in(&dir, &["-m", "dis", "bad.py"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "  File \"bad.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"
    );
    std::fs::write(dir.join("enc.py"), "# coding: foo\nx = 1\n").unwrap();
    let out = pyvm_in(&dir, &["-m", "dis", "enc.py"], None);
    assert_eq!(
        text(&out.stderr),
        "  File \"enc.py\", line 0\nSyntaxError: unknown encoding: foo\n"
    );
    std::fs::write(
        dir.join("latin.py"),
        b"# -*- coding: latin-1 -*-\nz = '\xff'\n",
    )
    .unwrap();
    let out = pyvm_in(&dir, &["-m", "dis", "latin.py"], None);
    assert!(text(&out.stdout).contains("LOAD_CONST               0 ('\u{ff}')"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn py_compile_writes_pyvm_cache_files() {
    let dir = temp_dir("py-compile");
    std::fs::write(dir.join("good.py"), "print('hi')\n").unwrap();
    std::fs::write(dir.join("bad.py"), "def f(:\n").unwrap();
    let out = pyvm_in(&dir, &["-m", "py_compile", "good.py"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let pyc = std::fs::read(dir.join("__pycache__/good.pyvm-311.pyc")).unwrap();
    assert_eq!(&pyc[..8], &[0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0]);
    assert_eq!(u32::from_le_bytes(pyc[12..16].try_into().unwrap()), 12);
    // pyvm runs its own .pyc.
    let out = pyvm_in(&dir, &["__pycache__/good.pyvm-311.pyc"], None);
    assert_eq!(text(&out.stdout), "hi\n");

    let out = pyvm_in(&dir, &["-m", "py_compile", "bad.py"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "  File \"bad.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"
    );
    let out = pyvm_in(&dir, &["-m", "py_compile", "-q", "bad.py"], None);
    assert_eq!((out.status.code(), out.stderr.len()), (Some(1), 0));
    let out = pyvm_in(&dir, &["-m", "py_compile", "nope.py"], None);
    assert_eq!(
        text(&out.stderr),
        "[Errno 2] No such file or directory: 'nope.py'"
    );
    let out = pyvm_in(&dir, &["-m", "py_compile"], None);
    assert_eq!(out.status.code(), Some(2));
    // `-`: file names from standard input.
    std::fs::remove_dir_all(dir.join("__pycache__")).unwrap();
    let out = pyvm_in(&dir, &["-m", "py_compile", "-"], Some("good.py\n"));
    assert!(out.status.success());
    assert!(dir.join("__pycache__/good.pyvm-311.pyc").is_file());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn compileall_lists_compiles_and_skips_fresh_files() {
    let dir = temp_dir("compileall");
    std::fs::create_dir_all(dir.join("d/sub")).unwrap();
    std::fs::write(dir.join("d/a.py"), "x = 1\n").unwrap();
    std::fs::write(dir.join("d/sub/bad.py"), "def f(:\n  pass\n").unwrap();
    std::fs::write(dir.join("d/notes.txt"), "not python\n").unwrap();
    let out = pyvm_in(&dir, &["-m", "compileall", "d"], None);
    assert_eq!(out.status.code(), Some(1));
    // What python3.11 -m compileall d prints for this tree.
    assert_eq!(
        text(&out.stdout),
        "Listing 'd'...\nCompiling 'd/a.py'...\nListing 'd/sub'...\nCompiling 'd/sub/bad.py'...\n***   File \"d/sub/bad.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n\n"
    );
    assert!(dir.join("d/__pycache__/a.pyvm-311.pyc").is_file());
    let out = pyvm_in(&dir, &["-m", "compileall", "-q", "d"], None);
    assert_eq!(
        text(&out.stdout),
        "*** Error compiling 'd/sub/bad.py'...\n  File \"d/sub/bad.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n\n"
    );
    let out = pyvm_in(&dir, &["-m", "compileall", "-l", "-b", "-f", "d"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "Listing 'd'...\nCompiling 'd/a.py'...\n");
    assert!(dir.join("d/a.pyc").is_file());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn imports_write_and_reuse_the_bytecode_cache() {
    let dir = temp_dir("import-cache");
    std::fs::write(dir.join("m.py"), "X = 41\n").unwrap();
    std::fs::write(
        dir.join("main.py"),
        "import m\nprint(m.X + 1, m.__cached__.endswith('__pycache__/m.pyvm-311.pyc'))\n",
    )
    .unwrap();
    let cached = dir.join("__pycache__/m.pyvm-311.pyc");
    let out = pyvm_in(&dir, &["-B", "main.py"], None);
    assert_eq!(text(&out.stdout), "42 True\n");
    assert!(!cached.exists(), "-B must not write the cache");
    let out = pyvm_in(&dir, &["main.py"], None);
    assert_eq!(text(&out.stdout), "42 True\n");
    assert!(cached.is_file());
    // A cache whose header matches the source is used as is: replace its code and see it run.
    let source_meta = std::fs::metadata(dir.join("m.py")).unwrap();
    let mut pyc = std::fs::read(&cached).unwrap();
    let other_dir = temp_dir("import-cache-other");
    std::fs::write(other_dir.join("m.py"), "X = 99\n").unwrap();
    let out = pyvm_in(&other_dir, &["-m", "py_compile", "m.py"], None);
    assert!(out.status.success());
    let other = std::fs::read(other_dir.join("__pycache__/m.pyvm-311.pyc")).unwrap();
    pyc.truncate(16);
    pyc.extend_from_slice(&other[16..]);
    std::fs::write(&cached, &pyc).unwrap();
    let out = pyvm_in(&dir, &["main.py"], None);
    assert_eq!(text(&out.stdout), "100 True\n");
    // A changed source (size differs) is recompiled.
    std::fs::write(dir.join("m.py"), "X = 1000\n").unwrap();
    assert_ne!(
        std::fs::metadata(dir.join("m.py")).unwrap().len(),
        source_meta.len()
    );
    let out = pyvm_in(&dir, &["main.py"], None);
    assert_eq!(text(&out.stdout), "1001 True\n");
    std::fs::remove_dir_all(&dir).ok();
    std::fs::remove_dir_all(&other_dir).ok();
}

#[test]
fn programs_from_stdin_packages_and_usage_errors() {
    let dir = temp_dir("cli-flags");
    let out = pyvm_in(&dir, &[], Some("import sys\nprint(sys.argv)\n"));
    assert_eq!(text(&out.stdout), "['']\n");
    let out = pyvm_in(&dir, &["-", "a"], Some("import sys\nprint(sys.argv)\n"));
    assert_eq!(text(&out.stdout), "['-', 'a']\n");
    let out = pyvm_in(&dir, &[], Some("raise ValueError(1)\n"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nValueError: 1\n"
    );
    std::fs::create_dir_all(dir.join("pk")).unwrap();
    std::fs::write(dir.join("pk/__init__.py"), "print('init')\n").unwrap();
    std::fs::write(
        dir.join("pk/__main__.py"),
        "print('main', __name__, __package__)\n",
    )
    .unwrap();
    let out = pyvm_in(&dir, &["-m", "pk"], None);
    assert_eq!(text(&out.stdout), "init\nmain __main__ pk\n");
    let out = pyvm_in(&dir, &["-z"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("Unknown option: -z\nusage: "), "{err}");
    assert!(err.ends_with(
        " [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
    ));
    let out = pyvm_in(&dir, &["-X"], None);
    assert!(text(&out.stderr).starts_with("Argument expected for the -X option\n"));
    let out = pyvm_in(&dir, &["-u", "-q", "-s", "-S", "-c", "print(1)"], None);
    assert_eq!(text(&out.stdout), "1\n");
    std::fs::remove_dir_all(&dir).ok();
}
