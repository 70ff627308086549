//! The native `dis` module: `dis.dis(x)` prints exactly what CPython 3.11's `dis.dis`
//! prints, using the bytecode crate's formatter on the function's code object.

use crate::builtins::function;
use crate::object::Payload;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    function(vm, ns, "dis", "dis", dis);
}

/// The code object to disassemble for `x`, as `dis._get_code_object` finds it.
fn code_of(vm: &Vm, x: &Value) -> PyResult<Option<std::rc::Rc<crate::code::Code>>> {
    let mut x = x.clone();
    if let Some(Payload::Method { func, .. }) = x.as_obj().map(|o| &o.payload) {
        x = func.clone();
    }
    Ok(match x.as_obj().map(|o| &o.payload) {
        Some(Payload::Function(f)) => Some(f.code.clone()),
        Some(Payload::Code(c)) => Some(c.clone()),
        Some(Payload::Generator(g)) => g.borrow().frame.as_ref().map(|f| f.code.clone()),
        Some(Payload::Str(s)) => Some(vm.compile_source(s.as_str(), "<dis>")?),
        _ => None,
    })
}

fn dis(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "dis", &["file", "depth", "show_caches", "adaptive"])?;
    let a = args.count(vm, "dis", 0, 1)?;
    let Some(x) = a.first() else {
        return Err(vm.runtime_error("no last traceback to disassemble"));
    };
    let show_caches = match args.kwarg("show_caches") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let Some(code) = code_of(vm, x)? else {
        return Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            vm.type_name(x)
        )));
    };
    let opts = bytecode::dis::DisOptions {
        show_caches,
        hash_secret: vm.interp.hash_secret,
    };
    let mut out = String::new();
    let r = bytecode::dis::dis_into(&mut out, code.raw(), &opts);
    vm.write_stdout(&out);
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(vm.runtime_error(e.message)),
    }
}
