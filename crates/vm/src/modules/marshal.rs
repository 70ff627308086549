//! The native `marshal` module: `dumps`/`loads` (and `version`) over the bytecode crate's
//! marshal reader and writer, converting between runtime values and marshal objects.

use bytecode::object::{Obj, PyInt, PyStr, Value as Const};

use crate::builtins::argparse::Sig;
use crate::builtins::function;
use crate::object::Payload;
use crate::ops::number::{num_of, Num};
use crate::types::function::Args;
use crate::types::typeobj::data;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// CPython's `MAX_MARSHAL_STACK_DEPTH`.
const MAX_DEPTH: usize = 2000;

pub fn init(vm: &Vm, ns: &PyRef) {
    vm.dict_set_str(ns, "version", Value::Int(4));
    function(vm, ns, "marshal", "dumps", dumps);
    function(vm, ns, "marshal", "loads", loads);
}

fn unmarshallable(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("unmarshallable object")
}

/// A runtime value as a marshal object; only the exact built-in types marshal.
fn to_obj(vm: &Vm, v: &Value, depth: usize) -> PyResult<Obj> {
    if depth > MAX_DEPTH {
        return Err(vm.value_error("object too deeply nested to marshal"));
    }
    let c = match v {
        Value::None => Const::None,
        Value::Bool(b) => Const::Bool(*b),
        Value::Int(i) => Const::Int(PyInt::Small(*i)),
        Value::Float(f) => Const::Float(*f),
        Value::Obj(o) => {
            if data(o.class()).heap {
                return Err(unmarshallable(vm));
            }
            let items = |vals: &[Value]| -> PyResult<Box<[Obj]>> {
                vals.iter().map(|x| to_obj(vm, x, depth + 1)).collect()
            };
            match &o.payload {
                Payload::Int(_) => match num_of(v) {
                    Some(Num::Big(b)) => Const::Int(PyInt::from_big(b.clone())),
                    Some(Num::Int(i)) => Const::Int(PyInt::Small(i)),
                    _ => return Err(unmarshallable(vm)),
                },
                Payload::Float(f) => Const::Float(*f),
                Payload::Complex(r, i) => Const::Complex { real: *r, imag: *i },
                Payload::Str(s) => Const::Str(PyStr::new(s.as_str(), false)),
                Payload::Bytes(b) => Const::Bytes(b.clone()),
                Payload::ByteArray(b) => Const::Bytes(b.borrow().clone().into()),
                Payload::Tuple(t) => Const::Tuple(items(t)?),
                Payload::List(l) => {
                    let l = l.borrow().clone();
                    Const::List(items(&l)?)
                }
                Payload::Dict(_) => {
                    let mut pairs = Vec::new();
                    for (k, x) in vm.mapping_items(v)? {
                        pairs.push((to_obj(vm, &k, depth + 1)?, to_obj(vm, &x, depth + 1)?));
                    }
                    Const::Dict(pairs.into())
                }
                Payload::Set(_) => Const::Set(items(&crate::builtins::sets::elements(o))?),
                Payload::FrozenSet(_) => {
                    Const::FrozenSet(items(&crate::builtins::sets::elements(o))?)
                }
                Payload::Ellipsis => Const::Ellipsis,
                Payload::Code(code) => return Ok(code.raw.clone()),
                Payload::Type(_) if std::rc::Rc::ptr_eq(o, &vm.types().exc.stop_iteration) => {
                    Const::StopIteration
                }
                _ => return Err(unmarshallable(vm)),
            }
        }
    };
    Ok(Obj::new(c))
}

/// A marshal object as a runtime value (sets stay sets, unlike code constants).
fn from_obj(vm: &Vm, c: &Obj) -> PyResult<Value> {
    let all =
        |items: &[Obj]| -> PyResult<Vec<Value>> { items.iter().map(|i| from_obj(vm, i)).collect() };
    match c.value() {
        Const::Tuple(items) => Ok(vm.new_tuple(all(items)?)),
        Const::List(items) => Ok(vm.new_list(all(items)?)),
        Const::Set(items) => vm.new_set(all(items)?),
        Const::FrozenSet(items) => vm.new_frozenset(all(items)?),
        Const::Dict(pairs) => {
            let d = vm.new_dict();
            for (k, v) in pairs.iter() {
                vm.dict_set(&d, from_obj(vm, k)?, from_obj(vm, v)?)?;
            }
            Ok(Value::Obj(d))
        }
        _ => crate::code::load_const(vm, c),
    }
}

fn dumps(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = Sig {
        name: "dumps",
        params: &["value", "version"],
        posonly: 2,
        required: 1,
        maxpos: 2,
    };
    let a = sig.bind(vm, &args)?;
    let version = match a[1] {
        Some(v) => vm.index_arg(v)?,
        None => 4,
    };
    let obj = to_obj(vm, a[0].unwrap_or(&Value::None), 0)?;
    let bytes = bytecode::marshal::dumps_version(&obj, version.clamp(0, 4) as i32);
    Ok(vm.new_bytes(bytes))
}

fn loads(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "loads", 1, 1)?;
    let Some(data) = vm.bytes_like(&a[0]) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a[0])
        )));
    };
    match bytecode::marshal::loads(&data) {
        Ok(obj) => from_obj(vm, &obj),
        Err(e) => {
            let t = vm.types();
            let cls = match e.exception() {
                "EOFError" => &t.exc.eof_error,
                "TypeError" => &t.exc.type_error,
                _ => &t.exc.value_error,
            };
            Err(vm.new_error(cls, e.message.clone()))
        }
    }
}
