//! The native modules: `sys` and those of the [`NATIVE`] table (`builtins` is made in
//! `crate::builtins`). [`native_module`] creates one on first import.

pub mod array;
pub mod array_methods;
pub mod ast;
pub mod binascii;
pub mod buffer;
pub mod bytes_search;
pub mod cmath;
pub mod descriptors;
pub mod dis;
pub mod embedded;
pub mod errno;
pub mod frame;
pub mod gc;
pub mod hashes;
pub mod io;
pub mod marshal;
pub mod math;
pub mod math_int;
pub mod math_sum;
pub mod memoryview;
pub mod namespace;
pub mod operator_mod;
pub mod posix;
pub mod random;
pub mod reduce;
pub mod stdlib_path;
pub mod struct_format;
pub mod struct_mod;
pub mod structseq;
pub mod sys;
pub mod thread;
pub mod thread_lock;
pub mod time_struct;
pub mod weakref;

use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The native module `name`, created and registered in `sys.modules`, or `None` if pyvm
/// has no native module by that name.
pub fn native_module(vm: &Vm, name: &str) -> PyResult<Option<PyRef>> {
    if let Some(m) = embedded::import(vm, name)? {
        return Ok(Some(m));
    }
    if name == "sys" {
        return Ok(vm.sys_module("sys")?.and_then(|v| v.as_obj().cloned()));
    }
    let Some((_, init)) = NATIVE.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let m = vm.new_module(name);
    let ns = m.dict.clone().expect("module dict");
    init(vm, &ns)?;
    vm.dict_set_str(&vm.interp.modules, name, Value::Obj(m.clone()));
    Ok(Some(m))
}

/// Fills a new native module's namespace.
type Init = fn(&Vm, &PyRef) -> PyResult<()>;

/// An initialiser that cannot fail, as an [`Init`] (with any extra arguments it takes).
macro_rules! infallible {
    ($f:path $(, $arg:expr)*) => {
        |vm, ns| {
            $f(vm, ns $(, $arg)*);
            Ok(())
        }
    };
}

/// The modules pyvm builds in Rust, by import name (`sys` and `builtins` are made apart).
static NATIVE: &[(&str, Init)] = &[
    ("_ast", ast::init),
    ("_dis", infallible!(dis::init)),
    ("gc", infallible!(gc::init)),
    ("time", infallible!(time_init)),
    ("math", infallible!(math::init)),
    ("marshal", infallible!(marshal::init)),
    ("_thread", infallible!(thread::init)),
    ("_weakref", infallible!(weakref::init)),
    ("_posix", infallible!(posix::init)),
    ("_random", infallible!(random::init)),
    ("_io", infallible!(io::init)),
    ("errno", infallible!(errno::init)),
    ("_struct", infallible!(struct_mod::init)),
    ("array", infallible!(array::init)),
    ("binascii", infallible!(binascii::init)),
    ("cmath", infallible!(cmath::init)),
    ("_operator", infallible!(operator_mod::init)),
    ("_md5", infallible!(hashes::init, "_md5")),
    ("_sha1", infallible!(hashes::init, "_sha1")),
    ("_sha256", infallible!(hashes::init, "_sha256")),
    ("_sha512", infallible!(hashes::init, "_sha512")),
    ("_sha3", infallible!(hashes::init, "_sha3")),
    ("_blake2", infallible!(hashes::init, "_blake2")),
];

/// Whether `name` is one of the modules pyvm builds in Rust (their repr says `(built-in)`;
/// a module object made by calling `types.ModuleType` has no such origin).
pub fn is_native_name(name: &str) -> bool {
    matches!(name, "sys" | "builtins") || NATIVE.iter().any(|(n, _)| *n == name)
}

/// `sys.builtin_module_names`: the native modules and the embedded ones CPython builds in,
/// sorted as CPython sorts them.
pub fn builtin_module_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = NATIVE.iter().map(|(n, _)| *n).collect();
    names.extend(["builtins", "sys"]);
    names.extend(embedded::builtin_names());
    names.sort_unstable();
    names
}

/// Creates `sys` and registers it.
pub fn install_sys(vm: &Vm) {
    let m = vm.new_module("sys");
    let ns = m.dict.clone().expect("module dict");
    sys::init(vm, &ns);
    vm.dict_set_str(&vm.interp.modules, "sys", Value::Obj(m));
}

fn time_init(vm: &Vm, ns: &PyRef) {
    use crate::builtins::function;
    use crate::types::function::Args;
    fn now(_vm: &Vm, _args: Args) -> PyResult<Value> {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Ok(Value::Float(d.as_secs_f64()))
    }
    fn now_ns(vm: &Vm, _args: Args) -> PyResult<Value> {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Ok(vm.new_bigint(num_bigint::BigInt::from(d.as_nanos())))
    }
    fn mono(vm: &Vm, _args: Args) -> PyResult<Value> {
        Ok(Value::Float(vm.interp.start.elapsed().as_secs_f64()))
    }
    fn mono_ns(vm: &Vm, _args: Args) -> PyResult<Value> {
        Ok(vm.new_bigint(num_bigint::BigInt::from(
            vm.interp.start.elapsed().as_nanos(),
        )))
    }
    fn sleep(vm: &Vm, args: Args) -> PyResult<Value> {
        let a = args.fixed(vm, "sleep", 1, 1)?;
        let secs = crate::builtins::constructors::to_float(vm, &a[0])?;
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        vm.flush_stdout();
        thread::sleep(vm, secs)?;
        Ok(Value::None)
    }
    function(vm, ns, "time", "time", now);
    function(vm, ns, "time", "time_ns", now_ns);
    function(vm, ns, "time", "perf_counter", mono);
    function(vm, ns, "time", "perf_counter_ns", mono_ns);
    function(vm, ns, "time", "monotonic", mono);
    function(vm, ns, "time", "monotonic_ns", mono_ns);
    function(vm, ns, "time", "process_time", mono);
    function(vm, ns, "time", "sleep", sleep);
    time_struct::init(vm, ns);
}
