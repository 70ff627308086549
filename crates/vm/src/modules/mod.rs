//! The native modules: `sys`, `dis`, `gc`, `time`, `math`, `_thread`, `_io`, `errno` (and `builtins`, made in
//! `crate::builtins`). [`native_module`] creates one on first import.

pub mod array;
pub mod array_methods;
pub mod binascii;
pub mod buffer;
pub mod ast;
pub mod bytes_search;
pub mod cmath;
pub mod descriptors;
pub mod dis;
pub mod embedded;
pub mod errno;
pub mod frame;
pub mod gc;
pub mod io;
pub mod hashes;
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
    let m = vm.new_module(name);
    let ns = m.dict.clone().expect("module dict");
    match name {
        "_ast" => ast::init(vm, &ns)?,
        "_dis" => dis::init(vm, &ns),
        "gc" => gc::init(vm, &ns),
        "time" => time_init(vm, &ns),
        "math" => math::init(vm, &ns),
        "marshal" => marshal::init(vm, &ns),
        "_thread" => thread::init(vm, &ns),
        "_weakref" => weakref::init(vm, &ns),
        "_posix" => posix::init(vm, &ns),
        "_random" => random::init(vm, &ns),
        "_io" => io::init(vm, &ns),
        "errno" => errno::init(vm, &ns),
        "_struct" => struct_mod::init(vm, &ns),
        "array" => array::init(vm, &ns),
        "binascii" => binascii::init(vm, &ns),
        "cmath" => cmath::init(vm, &ns),
        "_operator" => operator_mod::init(vm, &ns),
        "_md5" => hashes::init(vm, &ns, "_md5"),
        "_sha1" => hashes::init(vm, &ns, "_sha1"),
        "_sha256" => hashes::init(vm, &ns, "_sha256"),
        "_sha512" => hashes::init(vm, &ns, "_sha512"),
        "_sha3" => hashes::init(vm, &ns, "_sha3"),
        "_blake2" => hashes::init(vm, &ns, "_blake2"),
        "sys" => return Ok(vm.sys_module("sys")?.and_then(|v| v.as_obj().cloned())),
        _ => return Ok(None),
    }
    vm.dict_set_str(&vm.interp.modules, name, Value::Obj(m.clone()));
    Ok(Some(m))
}

/// Whether `name` is one of the modules pyvm builds in Rust (their repr says `(built-in)`;
/// a module object made by calling `types.ModuleType` has no such origin).
pub fn is_native_name(name: &str) -> bool {
    matches!(
        name,
        "_dis"
            | "gc"
            | "time"
            | "math"
            | "marshal"
            | "_thread"
            | "_weakref"
            | "_posix"
            | "_random"
            | "sys"
            | "builtins"
    )
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
