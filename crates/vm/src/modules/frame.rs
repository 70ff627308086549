//! `tb.tb_frame`: pyvm keeps no frame objects, so a traceback entry's frame is a snapshot
//! made on demand from what the entry recorded: `f_code`, `f_globals`, `f_builtins`,
//! `f_lineno`, `f_lasti`; `f_back` is `None` and `f_locals` is the globals (exact for
//! module-level frames only). Enough for `types.FrameType` and for code that reads a
//! traceback's code and line.

use crate::object::{Payload, PyObject, Traceback};
use crate::types::typeobj::Layout;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

fn frame_type(vm: &Vm) -> PyRef {
    vm.native_type("frame", |vm| {
        crate::types::Builder {
            type_: vm.types().type_.clone(),
            dict: vm.types().dict.clone(),
        }
        .make("frame", &vm.types().object, Layout::Fixed, false)
    })
}

/// The frame of traceback entry `tb`.
pub fn snapshot(vm: &Vm, tb: &Traceback) -> Value {
    from_parts(vm, &tb.code, tb.lasti, &tb.globals)
}

/// A frame snapshot of `code` stopped at code unit `lasti` (a traceback entry's, or a
/// suspended generator's `gi_frame`).
pub fn from_parts(
    vm: &Vm,
    code: &std::rc::Rc<crate::code::Code>,
    lasti: usize,
    globals: &PyRef,
) -> Value {
    let d = vm.new_dict();
    let code_obj = Value::Obj(PyObject::new(
        vm.types().code.clone(),
        Payload::Code(code.clone()),
    ));
    vm.dict_set_str(&d, "f_code", code_obj);
    vm.dict_set_str(&d, "f_globals", Value::Obj(globals.clone()));
    vm.dict_set_str(&d, "f_locals", Value::Obj(globals.clone()));
    let builtins = vm
        .interp
        .builtins
        .borrow()
        .as_ref()
        .and_then(|b| b.dict.clone())
        .map_or(Value::None, Value::Obj);
    vm.dict_set_str(&d, "f_builtins", builtins);
    vm.dict_set_str(
        &d,
        "f_lineno",
        code.position(lasti)[0].map_or(Value::None, |l| Value::Int(l as i64)),
    );
    vm.dict_set_str(&d, "f_lasti", Value::Int(lasti as i64 * 2));
    vm.dict_set_str(&d, "f_back", Value::None);
    vm.dict_set_str(&d, "f_trace", Value::None);
    Value::Obj(PyObject::with_dict(frame_type(vm), Payload::Object, d))
}
