//! Struct sequences (CPython's `PyStructSequence`): tuple subclasses whose items also have
//! names, such as `sys.version_info` and `time.struct_time`. The first `n_sequence_fields`
//! fields are the tuple's items; any further fields (struct_time's `tm_zone`, `tm_gmtoff`)
//! are reachable only by name and live in the instance dict.

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Hidden type-dict key holding the tuple of all field names, in order.
const FIELDS_KEY: &str = "__structseq_fields__";
/// Hidden type-dict key set on types that Python code may not instantiate.
const NO_NEW_KEY: &str = "__structseq_no_new__";

/// Creates the struct sequence type `module.name` with `fields` (the first `n_sequence` of
/// which are tuple items). `instantiable` is false for `sys.version_info`-like singletons.
pub fn make_type(
    vm: &Vm,
    module: &'static str,
    name: &str,
    fields: &[&str],
    n_sequence: usize,
    instantiable: bool,
) -> PyRef {
    let tuple = vm.types().tuple.clone();
    let t = new_tuple_subclass(vm, name, module, &tuple);
    let d = t.dict.clone().expect("types have a dict");
    vm.dict_set_str(&d, "n_sequence_fields", Value::Int(n_sequence as i64));
    vm.dict_set_str(&d, "n_fields", Value::Int(fields.len() as i64));
    vm.dict_set_str(&d, "n_unnamed_fields", Value::Int(0));
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    vm.dict_set_str(
        &d,
        "__match_args__",
        vm.new_tuple(names[..n_sequence].to_vec()),
    );
    vm.dict_set_str(&d, FIELDS_KEY, vm.new_tuple(names));
    if !instantiable {
        vm.dict_set_str(&d, NO_NEW_KEY, Value::Bool(true));
    }
    let field_type = field_type(vm);
    for (i, f) in fields.iter().enumerate() {
        let fd = vm.new_dict();
        vm.dict_set_str(&fd, "__name__", vm.new_str(*f));
        vm.dict_set_str(&fd, "__objclass__", Value::Obj(t.clone()));
        vm.dict_set_str(&fd, "__index__", Value::Int(i as i64));
        let descr = PyObject::with_dict(field_type.clone(), Payload::Object, fd);
        vm.dict_set_str(&d, f, Value::Obj(descr));
    }
    static_method(vm, &t, "__new__", structseq_new);
    method(vm, &t, "__repr__", structseq_repr);
    method(vm, &t, "__reduce__", structseq_reduce);
    t
}

fn new_tuple_subclass(vm: &Vm, name: &str, module: &'static str, base: &PyRef) -> PyRef {
    use crate::types::typeobj::{self, Layout, TypeData};
    let mut data = TypeData::new(name, vec![base.clone()], Layout::Tuple, true);
    data.base_ok = false;
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str(module));
    vm.dict_set_str(&ns, "__qualname__", vm.new_str(name));
    vm.dict_set_str(&ns, "__doc__", Value::None);
    let t = typeobj::new_type(&vm.types().type_, data, ns);
    let mut mro = vec![t.clone()];
    mro.extend(typeobj::data(base).mro.borrow().iter().cloned());
    *typeobj::data(&t).mro.borrow_mut() = mro;
    t.module_set(module);
    t
}

trait ModuleSet {
    fn module_set(&self, module: &'static str);
}

impl ModuleSet for PyRef {
    fn module_set(&self, module: &'static str) {
        crate::types::typeobj::data(self).module.set(Some(module));
    }
}

/// The `member_descriptor`-like type of the field descriptors, one per interpreter (a
/// thread-local cache would hand another thread a second, different type).
fn field_type(vm: &Vm) -> PyRef {
    vm.native_type("structseq.member_descriptor", |vm| {
        let object = vm.types().object.clone();
        let t = super::weakref::native_class(vm, "member_descriptor", "builtins", &object, false);
        method(vm, &t, "__get__", field_get);
        method(vm, &t, "__set__", field_set);
        method(vm, &t, "__delete__", field_delete);
        method(vm, &t, "__repr__", field_repr);
        t
    })
}

fn descr_item(vm: &Vm, descr: &Value, key: &str) -> PyResult<Value> {
    let d = descr.as_obj().and_then(|o| o.dict.clone());
    match d {
        Some(d) => Ok(vm.dict_get_str(&d, key)?.unwrap_or(Value::None)),
        None => Ok(Value::None),
    }
}

fn field_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__get__")?;
    let a = rest(&args).fixed(vm, "__get__", 1, 2)?;
    if a[0].is_none() {
        return Ok(this.clone());
    }
    let name = vm.str_of(&descr_item(vm, this, "__name__")?)?;
    let index = match descr_item(vm, this, "__index__")? {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let obj = &a[0];
    if let Some(items) = obj.as_obj().and_then(|o| o.as_tuple()) {
        if let Some(v) = items.get(index) {
            return Ok(v.clone());
        }
    }
    // A field past the sequence part: stored by name in the instance dict.
    if let Some(d) = obj.as_obj().and_then(|o| o.dict.clone()) {
        if let Some(v) = vm.dict_get_str(&d, &name)? {
            return Ok(v);
        }
    }
    Ok(Value::None)
}

fn field_set(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(&vm.types().exc.attribute_error, "readonly attribute"))
}

fn field_delete(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(&vm.types().exc.attribute_error, "readonly attribute"))
}

fn field_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let name = vm.str_of(&descr_item(vm, this, "__name__")?)?;
    let owner = descr_item(vm, this, "__objclass__")?;
    let owner_name = owner
        .as_obj()
        .filter(|o| o.as_type().is_some())
        .map(|o| crate::types::typeobj::data(o).name())
        .unwrap_or_default();
    Ok(vm.new_str(format!(
        "<member '{name}' of '{}' objects>",
        full_name_of(&owner, &owner_name)
    )))
}

fn full_name_of(t: &Value, name: &str) -> String {
    match t
        .as_obj()
        .filter(|o| o.as_type().is_some())
        .and_then(|o| crate::types::typeobj::data(o).module.get())
    {
        Some(m) if m != "builtins" => format!("{m}.{name}"),
        _ => name.to_string(),
    }
}

/// The dotted name CPython gives a struct sequence type (`sys.version_info`).
fn type_full_name(t: &PyRef) -> String {
    let data = crate::types::typeobj::data(t);
    match data.module.get() {
        Some(m) if m != "builtins" => format!("{m}.{}", data.name()),
        _ => data.name(),
    }
}

fn type_info(vm: &Vm, t: &PyRef) -> PyResult<(Vec<String>, usize)> {
    let mut fields = Vec::new();
    let mut n_seq = 0;
    for c in crate::types::typeobj::data(t).mro.borrow().iter() {
        let Some(d) = &c.dict else { continue };
        if let Some(f) = vm.dict_get_str(d, FIELDS_KEY)? {
            for v in f.as_obj().and_then(|o| o.as_tuple()).unwrap_or(&[]) {
                fields.push(vm.str_of(v)?);
            }
            if let Some(Value::Int(n)) = vm.dict_get_str(d, "n_sequence_fields")? {
                n_seq = n as usize;
            }
            break;
        }
    }
    Ok((fields, n_seq))
}

/// Builds an instance of struct sequence type `t` from all its field values (extra values
/// past the sequence part may be missing; they then read as None).
pub fn new_instance(vm: &Vm, t: &PyRef, values: Vec<Value>) -> PyResult<Value> {
    let (fields, n_seq) = type_info(vm, t)?;
    let mut values = values;
    let extra: Vec<Value> = if values.len() > n_seq {
        values.split_off(n_seq)
    } else {
        Vec::new()
    };
    let payload = Payload::Tuple(values.into_boxed_slice());
    if fields.len() > n_seq {
        let d = vm.new_dict();
        for (i, name) in fields[n_seq..].iter().enumerate() {
            vm.dict_set_str(&d, name, extra.get(i).cloned().unwrap_or(Value::None));
        }
        Ok(Value::Obj(PyObject::with_dict(t.clone(), payload, d)))
    } else {
        Ok(Value::Obj(PyObject::new(t.clone(), payload)))
    }
}

/// `T(sequence, dict=None)`.
fn structseq_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("structseq.__new__(X): X is not a type object")),
    };
    let full = type_full_name(&cls);
    if let Some(d) = &cls.dict {
        if vm.dict_get_str(d, NO_NEW_KEY)?.is_some() {
            return Err(vm.type_error(format!("cannot create '{full}' instances")));
        }
    }
    let r = rest(&args);
    let mut sequence = None;
    let mut dict = Value::None;
    let pos = r.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "structseq() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    if let Some(v) = pos.first() {
        sequence = Some(v.clone());
    }
    if let Some(v) = pos.get(1) {
        dict = v.clone();
    }
    for (k, v) in r.kwargs() {
        match k {
            "sequence" if sequence.is_none() => sequence = Some(v.clone()),
            "dict" if pos.len() < 2 => dict = v.clone(),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for structseq()"
                )))
            }
        }
    }
    let Some(sequence) = sequence else {
        return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    let items = vm
        .collect(&sequence)
        .map_err(|_| vm.type_error("constructor requires a sequence"))?;
    let (fields, n_seq) = type_info(vm, &cls)?;
    let (min_len, max_len) = (n_seq, fields.len());
    let len = items.len();
    if len < min_len {
        return Err(vm.type_error(if min_len == max_len {
            format!("{full}() takes a {min_len}-sequence ({len}-sequence given)")
        } else {
            format!("{full}() takes an at least {min_len}-sequence ({len}-sequence given)")
        }));
    }
    if len > max_len {
        return Err(vm.type_error(if min_len == max_len {
            format!("{full}() takes a {max_len}-sequence ({len}-sequence given)")
        } else {
            format!("{full}() takes an at most {max_len}-sequence ({len}-sequence given)")
        }));
    }
    let mut values = items;
    // Missing named-only fields come from `dict` (or are None).
    let dict_ref = dict.as_obj().filter(|o| o.as_dict().is_some()).cloned();
    if !dict.is_none() && dict_ref.is_none() {
        return Err(vm.type_error(format!("{full}() takes a dict as second arg, if any")));
    }
    for name in &fields[values.len()..] {
        let v = match &dict_ref {
            Some(d) => vm.dict_get_str(d, name)?.unwrap_or(Value::None),
            None => Value::None,
        };
        values.push(v);
    }
    new_instance(vm, &cls, values)
}

fn structseq_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let t = vm.type_of(this).clone();
    let (fields, _) = type_info(vm, &t)?;
    let items = this.as_obj().and_then(|o| o.as_tuple()).unwrap_or(&[]);
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{name}={}", vm.repr(v)?));
    }
    Ok(vm.new_str(format!("{}({})", type_full_name(&t), parts.join(", "))))
}

/// `(type, (tuple_part, extra_fields_dict))`, as CPython pickles struct sequences.
fn structseq_reduce(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__reduce__")?;
    let t = vm.type_of(this).clone();
    let items = this
        .as_obj()
        .and_then(|o| o.as_tuple())
        .unwrap_or(&[])
        .to_vec();
    let extra = vm.new_dict();
    if let Some(d) = this.as_obj().and_then(|o| o.dict.clone()) {
        let (fields, n_seq) = type_info(vm, &t)?;
        for name in &fields[n_seq.min(fields.len())..] {
            if let Some(v) = vm.dict_get_str(&d, name)? {
                vm.dict_set_str(&extra, name, v);
            }
        }
    }
    let inner = vm.new_tuple(vec![vm.new_tuple(items), Value::Obj(extra)]);
    Ok(vm.new_tuple(vec![Value::Obj(t), inner]))
}
