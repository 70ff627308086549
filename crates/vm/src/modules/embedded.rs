//! Standard-library modules pyvm writes in Python (`crates/vm/lib/*.py`), built into the
//! binary and compiled when first imported.
//!
//! Their code objects are named `<stdlib>/NAME.py`, the way pyvm's tests write CPython's
//! standard-library directory, so a traceback through `threading` reads as CPython's does;
//! [`source_of_file`] lets the traceback printer show their source lines.

use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The prefix of an embedded module's file name.
pub const STDLIB: &str = "<stdlib>/";

/// `(module name, built in, source)`: "built in" marks the modules CPython 3.11 builds into
/// its binary (they are in `sys.builtin_module_names`); the others stand in for files of
/// CPython's standard library.
static MODULES: &[(&str, bool, &str)] = &[
    ("threading", false, include_str!("../../lib/threading.py")),
    ("queue", false, include_str!("../../lib/queue.py")),
    (
        "_pyvm_import",
        false,
        include_str!("../../lib/_pyvm_import.py"),
    ),
    ("itertools", true, include_str!("../../lib/itertools.py")),
    (
        "_collections",
        true,
        include_str!("../../lib/_collections.py"),
    ),
    ("_string", true, include_str!("../../lib/_string.py")),
    ("posix", true, include_str!("../../lib/posix.py")),
    ("_sre", true, include_str!("../../lib/_sre.py")),
    ("_codecs", true, include_str!("../../lib/_codecs.py")),
    (
        "_contextvars",
        false,
        include_str!("../../lib/_contextvars.py"),
    ),
    ("dis", false, include_str!("../../lib/dis.py")),
    ("atexit", true, include_str!("../../lib/atexit.py")),
    ("_imp", true, include_str!("../../lib/_imp.py")),
];

/// The embedded modules CPython builds in.
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().filter(|(_, b, _)| *b).map(|(n, ..)| *n)
}

/// The source of an embedded module's file (`<stdlib>/threading.py`).
pub fn source_of_file(file: &str) -> Option<&'static str> {
    let name = file.strip_prefix(STDLIB)?.strip_suffix(".py")?;
    MODULES.iter().find(|(n, ..)| *n == name).map(|(.., s)| *s)
}

/// Imports embedded module `name` (registered in `sys.modules` while it runs, so circular
/// imports see the partial module, and removed again if it fails), or `None` if pyvm has no
/// such module.
pub fn import(vm: &Vm, name: &str) -> PyResult<Option<PyRef>> {
    let Some(&(.., source)) = MODULES.iter().find(|(n, ..)| *n == name) else {
        return Ok(None);
    };
    let file = format!("{STDLIB}{name}.py");
    let m = vm.new_module(name);
    let d = m.dict.clone().expect("module dict");
    vm.dict_set_str(&d, "__file__", vm.new_str(file.as_str()));
    vm.dict_set_str(&d, "__package__", vm.new_str(""));
    vm.dict_set_str(&vm.interp.modules, name, Value::Obj(m.clone()));
    let r = vm
        .compile_source(source, &file)
        .and_then(|code| vm.run_code(&code, d.clone(), Some(d.clone())));
    if let Err(e) = r {
        if let Some(cell) = vm.interp.modules.as_dict() {
            let _ = crate::dict::remove(vm, cell, &vm.new_str(name));
        }
        return Err(e);
    }
    // The module may have replaced itself in sys.modules while executing.
    match vm.sys_module(name)? {
        Some(Value::Obj(o)) => Ok(Some(o)),
        _ => Ok(Some(m)),
    }
}
