//! Methods of code objects: `code.replace(**changes)` for the header fields (flags, names,
//! argument counts, first line), which is what `types.coroutine` and decorators that rename
//! or re-flag a function's code use.

use bytecode::code::CodeObject;
use bytecode::object::{Obj, PyStr, Value as RawValue};

use super::{method, rest, self_arg};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    method(vm, &vm.types().code, "replace", code_replace);
}

/// `code.replace(*, co_flags=..., co_name=..., ...)`: a copy with the given fields changed.
fn code_replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "replace")?;
    let Some(Payload::Code(code)) = this.as_obj().map(|o| &o.payload) else {
        return Err(vm.type_error("descriptor 'replace' for 'code' objects doesn't apply"));
    };
    let r = rest(&args);
    if !r.pos().is_empty() {
        return Err(vm.type_error(format!(
            "replace() takes no positional arguments ({} given)",
            r.pos().len()
        )));
    }
    let raw = code.raw();
    let mut new = CodeObject {
        co_argcount: raw.co_argcount,
        co_posonlyargcount: raw.co_posonlyargcount,
        co_kwonlyargcount: raw.co_kwonlyargcount,
        co_stacksize: raw.co_stacksize,
        co_flags: raw.co_flags,
        co_firstlineno: raw.co_firstlineno,
        co_code: raw.co_code.clone(),
        co_consts: raw.co_consts.clone(),
        co_names: raw.co_names.clone(),
        co_localsplusnames: raw.co_localsplusnames.clone(),
        co_localspluskinds: raw.co_localspluskinds.clone(),
        co_filename: raw.co_filename.clone(),
        co_name: raw.co_name.clone(),
        co_qualname: raw.co_qualname.clone(),
        co_linetable: raw.co_linetable.clone(),
        co_exceptiontable: raw.co_exceptiontable.clone(),
    };
    for (key, value) in r.kwargs() {
        let int = || -> PyResult<i32> {
            match value {
                Value::Int(i) => i32::try_from(*i)
                    .map_err(|_| vm.overflow_error("Python int too large to convert to C int")),
                Value::Bool(b) => Ok(*b as i32),
                other => Err(vm.type_error(format!(
                    "replace() argument '{key}' must be int, not {}",
                    vm.type_name(other)
                ))),
            }
        };
        let string = || -> PyResult<Obj> {
            match value.as_obj().and_then(|o| o.as_str()) {
                Some(s) => Ok(Obj::new(RawValue::Str(PyStr::new(s.as_str(), true)))),
                None => Err(vm.type_error(format!(
                    "replace() argument '{key}' must be str, not {}",
                    vm.type_name(value)
                ))),
            }
        };
        match key {
            "co_argcount" => new.co_argcount = int()?,
            "co_posonlyargcount" => new.co_posonlyargcount = int()?,
            "co_kwonlyargcount" => new.co_kwonlyargcount = int()?,
            "co_stacksize" => new.co_stacksize = int()?,
            "co_flags" => new.co_flags = int()?,
            "co_firstlineno" => new.co_firstlineno = int()?,
            "co_name" => new.co_name = string()?,
            "co_qualname" => new.co_qualname = string()?,
            "co_filename" => new.co_filename = string()?,
            "co_code" | "co_consts" | "co_names" | "co_varnames" | "co_freevars"
            | "co_cellvars" | "co_nlocals" | "co_linetable" | "co_exceptiontable" => {
                return Err(vm.new_error(
                    &vm.types().exc.not_implemented_error,
                    format!("pyvm's code.replace() cannot change {key}"),
                ))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    let loaded = crate::code::load_code(vm, &Obj::new(RawValue::Code(Box::new(new))))?;
    Ok(Value::Obj(PyObject::new(
        vm.types().code.clone(),
        Payload::Code(loaded),
    )))
}
