//! `object.__reduce_ex__`, `object.__reduce__` and `object.__subclasshook__`: the default copy/pickle protocol that
//! `copy.copy`, `copy.deepcopy` and `enum` rely on. For protocol 2 and above an object
//! reduces to `copyreg.__newobj__(cls, *args)` plus its state (the instance dict, and the
//! `__slots__` values as a second dict) and, for list and dict subclasses, their items;
//! below 2 it defers to `copyreg._reduce_ex`, as CPython does.

use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::types::function::Args;
use crate::types::typeobj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &Vm) {
    let object = vm.types().object.clone();
    method(vm, &object, "__reduce_ex__", reduce_ex);
    method(vm, &object, "__reduce__", reduce);
    crate::builtins::class_method(vm, &object, "__subclasshook__", subclasshook);
    let bytearray = vm.types().bytearray.clone();
    method(vm, &bytearray, "copy", bytearray_copy);
}

fn copyreg(vm: &Vm) -> PyResult<Value> {
    vm.import_dotted("copyreg")
}

fn reduce_ex(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__reduce_ex__")?.clone();
    let a = rest(&args).fixed(vm, "__reduce_ex__", 1, 1)?.to_vec();
    let protocol = vm.index_arg(&a[0])?;
    // A class's own `__reduce__` takes precedence over this default.
    let cls = vm.type_of(&this).clone();
    if let Some(r) = typeobj::lookup_str(vm, &cls, "__reduce__") {
        let default = typeobj::lookup_str(vm, &vm.types().object.clone(), "__reduce__");
        if !default.is_some_and(|d| d.is(&r)) {
            let bound = vm.getattr_str(&this, "__reduce__")?;
            return vm.call_positional(&bound, &[]);
        }
    }
    reduce_protocol(vm, &this, protocol)
}

fn reduce(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__reduce__")?.clone();
    rest(&args).fixed(vm, "__reduce__", 0, 0)?;
    reduce_protocol(vm, &this, 0)
}

fn reduce_protocol(vm: &Vm, obj: &Value, protocol: i64) -> PyResult<Value> {
    if protocol < 2 {
        let f = vm.getattr_str(&copyreg(vm)?, "_reduce_ex")?;
        return vm.call_positional(&f, &[obj.clone(), Value::Int(protocol)]);
    }
    let cls = vm.type_of(obj).clone();
    let newobj = vm.getattr_str(&copyreg(vm)?, "__newobj__")?;
    let mut newargs = vec![Value::Obj(cls.clone())];
    if let Some(g) = vm.getattr_opt(obj, "__getnewargs__")? {
        let extra = vm.call_positional(&g, &[])?;
        newargs.extend(vm.collect(&extra)?);
    }
    let state = object_state(vm, obj)?;
    let (list_items, dict_items) = match obj.as_obj().map(|o| &o.payload) {
        Some(Payload::List(_)) => (vm.iter(obj)?, Value::None),
        Some(Payload::Dict(_)) => {
            let items = vm.getattr_str(obj, "items")?;
            let items = vm.call_positional(&items, &[])?;
            (Value::None, vm.iter(&items)?)
        }
        _ => (Value::None, Value::None),
    };
    Ok(vm.new_tuple(vec![
        newobj,
        vm.new_tuple(newargs),
        state,
        list_items,
        dict_items,
    ]))
}

/// `obj.__getstate__()` if a class defines one, else the instance dict (`None` when empty)
/// and the `__slots__` values.
fn object_state(vm: &Vm, obj: &Value) -> PyResult<Value> {
    let cls = vm.type_of(obj).clone();
    if let Some(g) = crate::ops::number::user_method(vm, &cls, "__getstate__") {
        return vm.call_method_value(&g, obj, &[]);
    }
    let dict = match obj.as_obj().and_then(|o| o.dict.clone()) {
        Some(d)
            if !matches!(
                obj.as_obj().map(|o| &o.payload),
                Some(Payload::Type(_) | Payload::Module)
            ) =>
        {
            if vm.len(&Value::Obj(d.clone()))? > 0 {
                Value::Obj(d)
            } else {
                Value::None
            }
        }
        _ => Value::None,
    };
    let mut slot_names: Vec<String> = Vec::new();
    for t in typeobj::data(&cls).mro.borrow().iter() {
        if let Some(names) = typeobj::data(t).slots.borrow().as_ref() {
            for n in names {
                if n != "__dict__" && n != "__weakref__" && !slot_names.contains(n) {
                    slot_names.push(n.clone());
                }
            }
        }
    }
    let slots = vm.new_dict();
    let mut any = false;
    for n in &slot_names {
        // Private names are stored mangled.
        let key = if n.starts_with("__") && !n.ends_with("__") {
            let owner = typeobj::data(&cls)
                .name()
                .trim_start_matches('_')
                .to_string();
            format!("_{owner}{n}")
        } else {
            n.clone()
        };
        if let Some(v) = vm.getattr_opt(obj, &key)? {
            vm.dict_set_str(&slots, &key, v);
            any = true;
        }
    }
    Ok(if any {
        vm.new_tuple(vec![dict, Value::Obj(slots)])
    } else {
        dict
    })
}

fn bytearray_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "copy")?;
    rest(&args).fixed(vm, "copy", 0, 0)?;
    match this.as_obj().map(|o| &o.payload) {
        Some(Payload::ByteArray(b)) => Ok(crate::builtins::bytes::new_bytearray(
            vm,
            b.borrow().clone(),
        )),
        _ => Err(vm.type_error(format!(
            "descriptor 'copy' requires a 'bytearray' object but received '{}'",
            vm.type_name(this)
        ))),
    }
}

/// `object.__subclasshook__`: `NotImplemented`, leaving the decision to the normal rules
/// (abc's `__subclasscheck__` calls it on every class).
fn subclasshook(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.interp.not_implemented.clone()))
}
