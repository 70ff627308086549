//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping, what a class's
//! `__dict__` gives. A distinct type matters beyond read-onlyness: `pprint` and others
//! dispatch on `type(x).__repr__`, which must not be `dict`'s.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::ops::compare::CompareOp;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// What a proxy holds: the mapping it shows.
struct Proxied(Value);

/// The `mappingproxy` type, one per interpreter.
pub fn proxy_type(vm: &Vm) -> PyRef {
    vm.native_type("builtins.mappingproxy", |vm| {
        let object = vm.types().object.clone();
        let t =
            crate::modules::weakref::native_class(vm, "mappingproxy", "builtins", &object, false);
        static_method(vm, &t, "__new__", proxy_new);
        method(vm, &t, "__repr__", proxy_repr);
        method(vm, &t, "__str__", proxy_str);
        method(vm, &t, "__eq__", proxy_eq);
        method(vm, &t, "__ne__", proxy_ne);
        method(vm, &t, "__or__", proxy_or);
        method(vm, &t, "__ror__", proxy_ror);
        for name in [
            "__getitem__",
            "__contains__",
            "__iter__",
            "__len__",
            "__reversed__",
            "get",
            "keys",
            "values",
            "items",
            "copy",
        ] {
            method(vm, &t, name, delegate_fn(name));
        }
        if let Some(d) = &t.dict {
            vm.dict_set_str(d, "__hash__", Value::None);
        }
        t
    })
}

/// A read-only proxy of `mapping`.
pub fn new_proxy(vm: &Vm, mapping: Value) -> Value {
    Value::Obj(PyObject::new(
        proxy_type(vm),
        Payload::Native(Box::new(RefCell::new(Proxied(mapping)))),
    ))
}

fn mapping_of(vm: &Vm, this: &Value) -> PyResult<Value> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(p) = cell.borrow().downcast_ref::<Proxied>() {
            return Ok(p.0.clone());
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a 'mappingproxy' object but received '{}'",
        vm.type_name(this)
    )))
}

/// `mappingproxy(mapping)`: any mapping but a list or tuple.
fn proxy_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "mappingproxy", 1, 1)?;
    let m = &a[0];
    let is_sequence = matches!(
        m.as_obj().map(|o| &o.payload),
        Some(Payload::List(_) | Payload::Tuple(_))
    );
    if is_sequence || vm.getattr_opt(m, "__getitem__")?.is_none() {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(m)
        )));
    }
    Ok(new_proxy(vm, m.clone()))
}

/// The method `name` of the proxy: the mapping's own, called with the same arguments.
fn delegate_fn(name: &'static str) -> crate::types::function::NativeFn {
    macro_rules! delegates {
        ($($n:literal),*) => {
            match name {
                $($n => |vm: &Vm, args: Args| delegate(vm, args, $n),)*
                _ => |vm: &Vm, args: Args| delegate(vm, args, "__getitem__"),
            }
        };
    }
    delegates!(
        "__getitem__",
        "__contains__",
        "__iter__",
        "__len__",
        "__reversed__",
        "get",
        "keys",
        "values",
        "items",
        "copy"
    )
}

fn delegate(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let mapping = mapping_of(vm, this)?;
    let f = vm.getattr_str(&mapping, name)?;
    vm.call(&f, rest(&args))
}

fn proxy_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let mapping = mapping_of(vm, this)?;
    Ok(vm.new_str(format!("mappingproxy({})", vm.repr(&mapping)?)))
}

fn proxy_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__str__")?;
    let mapping = mapping_of(vm, this)?;
    Ok(vm.new_str(vm.str_of(&mapping)?))
}

fn compare(vm: &Vm, args: Args, op: CompareOp, name: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let a = rest(&args).fixed(vm, name, 1, 1)?;
    let mapping = mapping_of(vm, this)?;
    vm.rich_compare(&mapping, &a[0], op)
}

fn proxy_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}

fn proxy_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}

/// `proxy | other` and `other | proxy`: the union as a new dict.
fn union(vm: &Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let a = rest(&args).fixed(vm, name, 1, 1)?;
    let mapping = mapping_of(vm, this)?;
    let other = match mapping_of(vm, &a[0]) {
        Ok(m) => m,
        Err(_) => a[0].clone(),
    };
    let (l, r) = if reflected {
        (other, mapping)
    } else {
        (mapping, other)
    };
    vm.binary_op(
        &l,
        &r,
        crate::ops::number::BinOp {
            op: crate::ops::number::NumOp::Or,
            inplace: false,
        },
    )
}

fn proxy_or(vm: &Vm, args: Args) -> PyResult<Value> {
    union(vm, args, "__or__", false)
}

fn proxy_ror(vm: &Vm, args: Args) -> PyResult<Value> {
    union(vm, args, "__ror__", true)
}
