//! The `builtins` module and the methods of the built-in types.
//!
//! Each file registers one family: [`functions`] (`print`, `len`, ...), [`constructors`]
//! (`int(...)`, `list(...)`, ... as `__new__`/`__init__`), [`classes`] (`__build_class__`,
//! `type(name, bases, ns)`, `super`), and the methods of str, list/tuple, dict, set, numbers,
//! bytes, exceptions and the other objects. [`attrs`] answers the data attributes built-in
//! objects carry (`__name__`, `args`, `co_code`, ...). The helpers here register a Rust
//! function under a name and check argument counts with CPython's messages.

pub mod argparse;
pub mod attrs;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod classes;
pub mod codecs;
pub mod constructors;
pub mod coroutines;
pub mod descriptors;
pub mod dict_views;
pub mod dicts;
pub mod eval_exec;
pub mod exception_groups;
pub mod exceptions;
pub mod functions;
pub mod generic_alias;
pub mod lists;
pub mod methods;
pub mod num_dunders;
pub mod num_methods;
pub mod num_parse;
pub mod numbers;
pub mod objects;
pub mod operator_dunders;
pub mod range;
pub mod set_algebra;
pub mod sets;
pub mod slices;
pub mod slots;
pub mod str_format;
pub mod str_search;
pub mod strings;

use crate::object::{Payload, PyObject};
use crate::types::function::{Args, Builtin, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// A built-in function object (no binding: module functions and `__new__`).
pub fn new_builtin(
    vm: &Vm,
    name: &'static str,
    func: NativeFn,
    module: Option<&'static str>,
) -> Value {
    Value::Obj(PyObject::new(
        vm.types().builtin_function.clone(),
        Payload::Builtin(Box::new(Builtin {
            name,
            func,
            self_: None,
            owner: None,
            module,
        })),
    ))
}

/// Registers `func` as method `name` of built-in type `t` (a method descriptor: it binds to
/// instances).
pub fn method(vm: &Vm, t: &PyRef, name: &'static str, func: NativeFn) {
    let m = Value::Obj(PyObject::new(
        vm.types().method_descriptor.clone(),
        Payload::Builtin(Box::new(Builtin {
            name,
            func,
            self_: None,
            owner: Some(t.clone()),
            module: None,
        })),
    ));
    if let Some(d) = &t.dict {
        vm.dict_set_str(d, name, m);
    }
}

/// Registers a static method (`__new__`, `str.maketrans`, ...) of `t`.
pub fn static_method(vm: &Vm, t: &PyRef, name: &'static str, func: NativeFn) {
    let f = new_builtin(vm, name, func, None);
    if let Some(d) = &t.dict {
        vm.dict_set_str(d, name, f);
    }
}

/// Registers a class method (`dict.fromkeys`, `int.from_bytes`, ...) of `t`.
pub fn class_method(vm: &Vm, t: &PyRef, name: &'static str, func: NativeFn) {
    let f = new_builtin(vm, name, func, None);
    let cm = Value::Obj(PyObject::new(
        vm.types().classmethod.clone(),
        Payload::ClassMethod(f),
    ));
    if let Some(d) = &t.dict {
        vm.dict_set_str(d, name, cm);
    }
}

/// Registers a function in a module namespace.
pub fn function(vm: &Vm, ns: &PyRef, module: &'static str, name: &'static str, func: NativeFn) {
    vm.dict_set_str(ns, name, new_builtin(vm, name, func, Some(module)));
}

impl<'a> Args<'a> {
    /// The positional arguments of `name()`, which takes `min..=max` of them and no
    /// keywords, with CPython's messages.
    pub fn fixed(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        if self.has_kwargs() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.count(vm, name, min, max)
    }

    /// Like [`Args::fixed`] but leaves keyword arguments to the caller.
    pub fn count(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let pos = self.pos();
        let n = pos.len();
        if n >= min && n <= max {
            return Ok(pos);
        }
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        Err(vm.type_error(msg))
    }

    /// The value of keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Rejects keyword arguments other than `allowed`, as `name()` would.
    pub fn only_kwargs(&self, vm: &Vm, name: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kwargs() {
            if !allowed.contains(&k) {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            }
        }
        Ok(())
    }
}

/// The `self` argument of a method descriptor call: the first positional value.
pub fn self_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.values
        .first()
        .filter(|_| args.values.len() > args.kwnames.len())
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' needs an argument")))
}

/// The arguments after `self`.
pub fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: &args.values[1.min(args.values.len())..],
        kwnames: args.kwnames,
    }
}

/// Creates the `builtins` module and `sys` and registers them.
pub fn install(vm: &Vm) {
    let m = vm.new_module("builtins");
    let ns = m.dict.clone().expect("module dict");
    *vm.interp.builtins.borrow_mut() = Some(m.clone());
    functions::register(vm, &ns);
    let t = vm.types();
    let types: [(&str, &PyRef); 24] = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
    ];
    for (name, ty) in types {
        vm.dict_set_str(&ns, name, Value::Obj(ty.clone()));
    }
    vm.dict_set_str(&ns, "reversed", Value::Obj(t.reversed.clone()));
    for (name, ty) in t.exc.all() {
        vm.dict_set_str(&ns, name, Value::Obj(ty.clone()));
    }
    vm.dict_set_str(&ns, "EnvironmentError", Value::Obj(t.exc.os_error.clone()));
    vm.dict_set_str(&ns, "IOError", Value::Obj(t.exc.os_error.clone()));
    vm.dict_set_str(&ns, "None", Value::None);
    vm.dict_set_str(&ns, "True", Value::Bool(true));
    vm.dict_set_str(&ns, "False", Value::Bool(false));
    vm.dict_set_str(&ns, "Ellipsis", Value::Obj(vm.interp.ellipsis.clone()));
    vm.dict_set_str(
        &ns,
        "NotImplemented",
        Value::Obj(vm.interp.not_implemented.clone()),
    );
    vm.dict_set_str(&ns, "__debug__", Value::Bool(true));
    vm.dict_set_str(&vm.interp.modules, "builtins", Value::Obj(m));
    crate::modules::install_sys(vm);
}

/// `list[int]` and the like: a `types.GenericAlias` (shown as `list[int]`).
pub fn generic_alias(vm: &Vm, origin: &PyRef, args: &Value) -> PyResult<Option<Value>> {
    let generic = [
        &vm.types().list,
        &vm.types().dict,
        &vm.types().tuple,
        &vm.types().set,
        &vm.types().frozenset,
        &vm.types().type_,
    ];
    if !generic.iter().any(|t| std::rc::Rc::ptr_eq(t, origin)) {
        return Ok(None);
    }
    Ok(Some(objects::new_generic_alias(vm, origin, args)))
}
