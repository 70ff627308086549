//! The native `sys` module: `argv`, `path`, `modules`, `exit`, the recursion limit,
//! `stdout`/`stderr` (objects with `write` and `flush`), version information and
//! `exc_info`.

use crate::builtins::{function, method, rest, self_arg};
use crate::object::PyObject;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    function(vm, ns, "sys", "exit", exit);
    function(vm, ns, "sys", "getrecursionlimit", getrecursionlimit);
    function(vm, ns, "sys", "setrecursionlimit", setrecursionlimit);
    function(vm, ns, "sys", "exc_info", exc_info);
    function(vm, ns, "sys", "exception", exception);
    function(vm, ns, "sys", "intern", intern);
    function(vm, ns, "sys", "getsizeof", getsizeof);
    function(
        vm,
        ns,
        "sys",
        "getfilesystemencoding",
        getfilesystemencoding,
    );
    function(
        vm,
        ns,
        "sys",
        "getfilesystemencodeerrors",
        getfilesystemencodeerrors,
    );
    function(vm, ns, "sys", "getdefaultencoding", getfilesystemencoding);
    crate::gil::sys::init(vm, ns);
    vm.dict_set_str(ns, "modules", Value::Obj(vm.interp.modules.clone()));
    vm.dict_set_str(ns, "maxsize", Value::Int(i64::MAX));
    vm.dict_set_str(ns, "byteorder", vm.new_str("little"));
    vm.dict_set_str(ns, "platform", vm.new_str("linux"));
    vm.dict_set_str(ns, "version", vm.new_str("3.11.7 (pyvm)"));
    vm.dict_set_str(ns, "hexversion", Value::Int(0x030b07f0));
    vm.dict_set_str(ns, "implementation_name", vm.new_str("pyvm"));
    let vi = struct_sequences(vm, ns);
    let ns_type = crate::modules::namespace::make_type(vm);
    let implementation = crate::modules::namespace::new(
        vm,
        &ns_type,
        &[
            ("name", vm.new_str("pyvm")),
            // pyvm's own .pyc tag (`run::CACHE_TAG`), as PyPy has `pypy39`.
            ("cache_tag", vm.new_str(crate::run::CACHE_TAG)),
            ("version", vi),
            ("hexversion", Value::Int(0x030b07f0)),
            ("_multiarch", vm.new_str("x86_64-linux-gnu")),
        ],
    );
    vm.dict_set_str(ns, "implementation", implementation);
    let builtin_names = super::builtin_module_names();
    let names = builtin_names.iter().map(|n| vm.new_str(*n)).collect();
    vm.dict_set_str(ns, "builtin_module_names", vm.new_tuple(names));
    vm.dict_set_str(ns, "warnoptions", vm.new_list(Vec::new()));
    vm.dict_set_str(ns, "_xoptions", Value::Obj(vm.new_dict()));
    vm.dict_set_str(ns, "float_repr_style", vm.new_str("short"));
    vm.dict_set_str(ns, "prefix", vm.new_str("/usr/local"));
    vm.dict_set_str(ns, "exec_prefix", vm.new_str("/usr/local"));
    // No virtual environments: the base prefixes are the prefixes (what `venv`, `site` and
    // `argparse`'s import chain read).
    vm.dict_set_str(ns, "base_prefix", vm.new_str("/usr/local"));
    vm.dict_set_str(ns, "base_exec_prefix", vm.new_str("/usr/local"));
    vm.dict_set_str(ns, "platlibdir", vm.new_str("lib"));
    vm.dict_set_str(ns, "pycache_prefix", Value::None);
    let executable = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    vm.dict_set_str(ns, "executable", vm.new_str(executable.as_str()));
    vm.dict_set_str(ns, "_base_executable", vm.new_str(executable));
    vm.dict_set_str(ns, "maxunicode", Value::Int(0x10FFFF));
    vm.dict_set_str(ns, "dont_write_bytecode", Value::Bool(false));
    // The stream type, with `write` and `flush` (the rest in `io::stdio`); its special
    // methods dispatch through its namespace (`__repr__`).
    let stream_type =
        super::weakref::native_class(vm, "TextIOWrapper", "_io", &vm.types().object, false);
    method(vm, &stream_type, "write", stream_write);
    method(vm, &stream_type, "flush", stream_flush);
    method(vm, &stream_type, "readline", stream_readline);
    method(vm, &stream_type, "read", stream_read);
    super::io::stdio::extend_stream_type(vm, &stream_type);
    for (name, fd) in [
        ("stdin", 0),
        ("stdout", 1),
        ("stderr", 2),
        ("__stdin__", 0),
        ("__stdout__", 1),
        ("__stderr__", 2),
    ] {
        let d = vm.new_dict();
        vm.dict_set_str(&d, "_fd", Value::Int(fd));
        vm.dict_set_str(&d, "encoding", vm.new_str("utf-8"));
        vm.dict_set_str(&d, "errors", vm.new_str("strict"));
        super::io::stdio::init_stream(vm, &d, fd);
        let s = PyObject::with_dict(stream_type.clone(), crate::object::Payload::Object, d);
        vm.dict_set_str(ns, name, Value::Obj(s));
    }
}

/// Fills `sys.argv` and `sys.path` for a run.
pub fn set_argv_path(vm: &Vm, argv: &[String], path: &[String]) {
    *vm.interp.argv.borrow_mut() = argv.to_vec();
    *vm.interp.path.borrow_mut() = path.to_vec();
    if let Ok(Some(Value::Obj(sys))) = vm.sys_module("sys") {
        if let Some(ns) = &sys.dict {
            let a = argv.iter().map(|s| vm.new_str(s.as_str())).collect();
            vm.dict_set_str(ns, "argv", vm.new_list(a));
            let p = path.iter().map(|s| vm.new_str(s.as_str())).collect();
            vm.dict_set_str(ns, "path", vm.new_list(p));
        }
    }
}

fn exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "exit", 0, 1)?;
    let items = a.to_vec();
    Err(PyErr(vm.new_exception(&vm.types().exc.system_exit, items)))
}

fn getrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.index_arg(&a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "exc_info", 0, 0)?;
    let e = vm.handled_exception();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e).clone());
    let tb = vm.traceback_of(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn exception(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "exception", 0, 0)?;
    Ok(vm.handled_exception())
}

fn intern(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "intern", 1, 1)?;
    match a[0].as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(Value::Obj(vm.intern(s.as_str()))),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

fn getsizeof(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "getsizeof", 1, 2)?;
    let _ = a;
    Ok(Value::Int(
        std::mem::size_of::<crate::object::PyObject>() as i64
    ))
}

fn stream_fd(vm: &Vm, args: &Args, name: &str) -> PyResult<i64> {
    let this = self_arg(vm, args, name)?;
    let fd = this
        .as_obj()
        .and_then(|o| o.dict.clone())
        .and_then(|d| vm.dict_get_str(&d, "_fd").ok().flatten());
    Ok(match fd {
        Some(Value::Int(i)) => i,
        _ => 1,
    })
}

fn stream_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let fd = stream_fd(vm, &args, "write")?;
    let r = rest(&args);
    let a = r.fixed(vm, "write", 1, 1)?;
    let Some(s) = a[0].as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let text = s.as_str().to_string();
    if fd == 0 {
        return Err(vm.new_error(&vm.types().exc.os_error, "not writable"));
    }
    if fd == 2 {
        vm.flush_stdout();
        use std::io::Write;
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        vm.write_stdout(&text);
    }
    Ok(Value::Int(text.chars().count() as i64))
}

/// `sys.stdin.readline()`: one line including its newline ('' at end of input).
fn stream_readline(vm: &Vm, args: Args) -> PyResult<Value> {
    stream_fd(vm, &args, "readline")?;
    vm.flush_stdout();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::stdin().lock(), &mut line)
        .map_err(|e| vm.new_error(&vm.types().exc.os_error, e.to_string()))?;
    Ok(vm.new_str(line))
}

/// `sys.stdin.read()`: the rest of the input.
fn stream_read(vm: &Vm, args: Args) -> PyResult<Value> {
    stream_fd(vm, &args, "read")?;
    vm.flush_stdout();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut text)
        .map_err(|e| vm.new_error(&vm.types().exc.os_error, e.to_string()))?;
    Ok(vm.new_str(text))
}

fn stream_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let fd = stream_fd(vm, &args, "flush")?;
    if fd == 1 {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

fn getfilesystemencoding(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getfilesystemencoding", 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getfilesystemencodeerrors", 0, 0)?;
    Ok(vm.new_str("surrogateescape"))
}

/// Installs `version_info`, `float_info`, `int_info`, `hash_info` and `flags` (struct
/// sequences, as in CPython) and returns `version_info`.
fn struct_sequences(vm: &Vm, ns: &PyRef) -> Value {
    use crate::modules::structseq::{make_type, new_instance};
    let add = |name: &str, fields: &[&str], values: Vec<Value>| -> Value {
        let t = make_type(vm, "sys", name, fields, fields.len(), false);
        // Building from values of the right count cannot fail.
        let v = new_instance(vm, &t, values).unwrap_or(Value::None);
        vm.dict_set_str(ns, name, v.clone());
        v
    };
    let vi = add(
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            vm.new_str("final"),
            Value::Int(0),
        ],
    );
    add(
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    add(
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(4300),
            Value::Int(640),
        ],
    );
    add(
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            vm.new_str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    );
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let mut flags: Vec<Value> = flag_names.iter().map(|_| Value::Int(0)).collect();
    flags[11] = Value::Int(1); // hash_randomization
    flags[14] = Value::Int(0);
    flags[13] = Value::Bool(false); // dev_mode is a bool in CPython
    flags[16] = Value::Bool(false); // safe_path too
    flags[17] = Value::Int(-1);
    add("flags", &flag_names, flags);
    vi
}
