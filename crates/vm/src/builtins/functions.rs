//! The functions of the `builtins` module (`print`, `len`, `isinstance`, `sorted`, ...), with
//! CPython's argument checking and messages.

use crate::builtins::{eval_exec, function};
use crate::object::Payload;
use crate::ops::compare::CompareOp;
use crate::ops::number::{num_of, BinOp, Num, NumOp};
use crate::types::function::Args;
use crate::types::iter::IterState;
use crate::types::typeobj::{self, is_subtype};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm, ns: &PyRef) {
    let m = "builtins";
    function(vm, ns, m, "print", print);
    function(vm, ns, m, "len", len);
    function(vm, ns, m, "repr", repr);
    function(vm, ns, m, "ascii", ascii);
    function(vm, ns, m, "abs", abs);
    function(vm, ns, m, "min", min);
    function(vm, ns, m, "max", max);
    function(vm, ns, m, "sum", sum);
    function(vm, ns, m, "sorted", sorted);
    function(vm, ns, m, "isinstance", isinstance);
    function(vm, ns, m, "issubclass", issubclass);
    function(vm, ns, m, "getattr", getattr);
    function(vm, ns, m, "setattr", setattr);
    function(vm, ns, m, "hasattr", hasattr);
    function(vm, ns, m, "delattr", delattr);
    function(vm, ns, m, "iter", iter);
    function(vm, ns, m, "next", next);
    function(vm, ns, m, "id", id);
    function(vm, ns, m, "hash", hash);
    function(vm, ns, m, "callable", callable);
    function(vm, ns, m, "chr", chr);
    function(vm, ns, m, "ord", ord);
    function(vm, ns, m, "hex", hex);
    function(vm, ns, m, "oct", oct);
    function(vm, ns, m, "bin", bin);
    function(vm, ns, m, "divmod", divmod);
    function(vm, ns, m, "pow", pow);
    function(vm, ns, m, "round", round);
    function(vm, ns, m, "any", any);
    function(vm, ns, m, "all", all);
    function(vm, ns, m, "format", format);
    function(vm, ns, m, "vars", vars);
    function(vm, ns, m, "dir", dir);
    function(
        vm,
        ns,
        m,
        "__build_class__",
        crate::builtins::classes::build_class,
    );
    function(vm, ns, m, "__import__", import);
    function(vm, ns, m, "exec", eval_exec::exec);
    function(vm, ns, m, "eval", eval_exec::eval);
    function(vm, ns, m, "compile", eval_exec::compile);
    function(vm, ns, m, "globals", eval_exec::globals);
    function(vm, ns, m, "locals", eval_exec::locals);
    function(vm, ns, m, "input", input);
}

fn print(vm: &Vm, args: Args) -> PyResult<Value> {
    for (k, _) in args.kwargs() {
        if !["sep", "end", "file", "flush"].contains(&k) {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
        }
    }
    let text_arg = |name: &str, default: &str| -> PyResult<String> {
        match args.kwarg(name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match v.as_obj().and_then(|o| o.as_str()) {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(vm.type_error(format!(
                    "{name} must be None or a string, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let file = match args.kwarg("file") {
        None | Some(Value::None) => match vm.sys_module("sys")? {
            Some(sys) => vm.getattr_opt(&sys, "stdout")?.unwrap_or(Value::None),
            None => Value::None,
        },
        Some(f) => f.clone(),
    };
    let flush = args
        .kwarg("flush")
        .map(|f| vm.truthy(f))
        .transpose()?
        .unwrap_or(false);
    if file.is_none() {
        // `sys.stdout = None`: print does nothing.
        return Ok(Value::None);
    }
    if is_native_stdout(vm, &file)? {
        let mut out = String::new();
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str_of(v)?);
        }
        out.push_str(&end);
        vm.write_stdout(&out);
        if flush {
            vm.flush_stdout();
        }
        return Ok(Value::None);
    }
    // Any other file gets each piece by its own `write` call, as in CPython.
    let write = vm.getattr_str(&file, "write")?;
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            vm.call_positional(&write, &[vm.new_str(sep.as_str())])?;
        }
        vm.call_positional(&write, &[vm.new_str(vm.str_of(v)?)])?;
    }
    vm.call_positional(&write, &[vm.new_str(end)])?;
    if flush {
        let f = vm.getattr_str(&file, "flush")?;
        vm.call_positional(&f, &[])?;
    }
    Ok(Value::None)
}

/// Whether `file` is pyvm's own `sys.stdout` stream (written to directly).
fn is_native_stdout(vm: &Vm, file: &Value) -> PyResult<bool> {
    let Some(o) = file.as_obj() else {
        return Ok(false);
    };
    if typeobj::data(o.class()).heap || typeobj::data(o.class()).name() != "TextIOWrapper" {
        return Ok(false);
    }
    Ok(match &o.dict {
        Some(d) => matches!(vm.dict_get_str(d, "_fd")?, Some(Value::Int(1))),
        None => false,
    })
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "len", 1, 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "repr", 1, 1)?;
    // A user `__repr__` may return a str subclass, which `repr()` passes on unchanged.
    let cls = vm.type_of(&a[0]).clone();
    if let Some(m) = crate::ops::number::user_method(vm, &cls, "__repr__") {
        let r = vm.call_method_value(&m, &a[0], &[])?;
        if r.as_obj().is_some_and(|o| o.as_str().is_some()) {
            return Ok(r);
        }
    }
    Ok(vm.new_str(vm.repr(&a[0])?))
}

fn ascii(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "ascii", 1, 1)?;
    Ok(vm.new_str(vm.ascii(&a[0])?))
}

fn abs(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "abs", 1, 1)?;
    let v = &a[0];
    match num_of(v) {
        Some(Num::Int(i)) => Ok(i.checked_abs().map_or_else(
            || vm.new_bigint(num_bigint::BigInt::from(i).magnitude().clone().into()),
            Value::Int,
        )),
        Some(Num::Big(b)) => Ok(vm.new_bigint(num_traits::Signed::abs(b))),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        Some(Num::Complex(r, i)) => Ok(Value::Float(r.hypot(i))),
        None => match vm.call_special(v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
    }
}

/// `min`/`max`: one iterable or several arguments, `key=`, `default=`.
fn min_max(vm: &Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    args.only_kwargs(vm, name, &["key", "default"])?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let default = args.kwarg("default").cloned();
    let items = if pos.len() == 1 {
        vm.collect(&pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call_positional(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((item, k)),
            Some((bi, bk)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((item, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CompareOp::Lt)
}

fn max(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CompareOp::Gt)
}

fn sum(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "sum", &["start"])?;
    let pos = args.count(vm, "sum", 1, 2)?;
    let mut total = match (pos.get(1), args.kwarg("start")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => Value::Int(0),
    };
    if let Some(o) = total.as_obj() {
        match &o.payload {
            Payload::Str(_) => {
                return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
            }
            Payload::Bytes(_) => {
                return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
            }
            Payload::ByteArray(_) => {
                return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
            }
            _ => {}
        }
    }
    let it = vm.iter(&pos[0])?;
    while let Some(v) = vm.next(&it)? {
        total = vm.binary_op(&total, &v, BinOp::plain(NumOp::Add))?;
    }
    Ok(total)
}

fn sorted(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.count(vm, "sorted", 1, 1).map_err(|_| {
        vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos().len()
        ))
    })?;
    let items = vm.collect(&pos[0])?;
    let list = vm.new_list(items);
    let kw: Vec<Value> = args.kwnames.to_vec();
    let kwvals = &args.values[args.values.len() - kw.len()..];
    let mut values = vec![list.clone()];
    values.extend_from_slice(kwvals);
    crate::builtins::lists::sort(
        vm,
        Args {
            values: &values,
            kwnames: &kw,
        },
    )?;
    Ok(list)
}

/// `isinstance` against a class or (nested) tuple of classes, honouring
/// `__instancecheck__` on metaclasses.
pub fn is_instance(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = cls.as_obj().and_then(|o| o.as_tuple()) {
        for c in items {
            if is_instance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(members) = crate::builtins::generic_alias::union_args(cls) {
        // Members are tried in order, as for a tuple.
        for m in members {
            if is_instance(vm, obj, m)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(t) = cls.as_obj().filter(|o| o.as_type().is_some()) else {
        // Any object whose class defines `__instancecheck__` (`int | str`, typing's forms).
        let meta = vm.type_of(cls).clone();
        if let Some(check) = crate::ops::number::user_method(vm, &meta, "__instancecheck__") {
            let r = vm.call_method_value(&check, cls, std::slice::from_ref(obj))?;
            return vm.truthy(&r);
        }
        if let Some(Payload::GenericAlias { .. }) = cls.as_obj().map(|o| &o.payload) {
            return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
        }
        return Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    };
    if is_subtype(vm.type_of(obj), t) {
        return Ok(true);
    }
    let meta = t.class().clone();
    if let Some(check) = crate::ops::number::user_method(vm, &meta, "__instancecheck__") {
        let r = vm.call_method_value(&check, cls, std::slice::from_ref(obj))?;
        return vm.truthy(&r);
    }
    // `__class__` may be overridden (proxies).
    Ok(false)
}

fn isinstance(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "isinstance", 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &a[0], &a[1])?))
}

pub fn is_subclass(vm: &Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = cls.as_obj().and_then(|o| o.as_tuple()) {
        for c in items {
            if is_subclass(vm, sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.as_obj().is_some_and(|o| o.as_type().is_none()) {
        let meta = vm.type_of(cls).clone();
        if let Some(check) = crate::ops::number::user_method(vm, &meta, "__subclasscheck__") {
            let r = vm.call_method_value(&check, cls, std::slice::from_ref(sub))?;
            return vm.truthy(&r);
        }
    }
    let Some(s) = sub.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if let Some(members) = crate::builtins::generic_alias::union_args(cls) {
        // Members are tried in order, as for a tuple.
        for m in members {
            if is_subclass(vm, sub, m)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(t) = cls.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    };
    let meta = t.class().clone();
    if let Some(check) = crate::ops::number::user_method(vm, &meta, "__subclasscheck__") {
        let r = vm.call_method_value(&check, cls, std::slice::from_ref(sub))?;
        return vm.truthy(&r);
    }
    Ok(is_subtype(s, t))
}

fn issubclass(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "issubclass", 2, 2)?;
    Ok(Value::Bool(is_subclass(vm, &a[0], &a[1])?))
}

fn attr_name(vm: &Vm, v: &Value, what: &str) -> PyResult<PyRef> {
    match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(vm.intern(s.as_str())),
        None => Err(vm.type_error(format!(
            "{what}attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1], "")?;
    match vm.getattr(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && vm.err_matches(&e, &vm.types().exc.attribute_error) => {
            Ok(a[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &a[1], "")?;
    vm.setattr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "")?;
    match vm.getattr(&a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, &vm.types().exc.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "")?;
    vm.delattr(&a[0], &name)?;
    Ok(Value::None)
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterState::Callable {
            func: a[0].clone(),
            sentinel: a[1].clone(),
        }));
    }
    vm.iter(&a[0])
}

fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "next", 1, 2)?;
    if !vm.is_iterator(&a[0]) {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&a[0])
        )));
    }
    // A generator's return value travels in the StopIteration.
    if let Some(o) = a[0].as_obj() {
        if let Payload::Generator(_) = &o.payload {
            return match vm.gen_resume(o, Value::None, None)? {
                crate::ops::iter::SendResult::Yield(v) => Ok(v),
                crate::ops::iter::SendResult::Return(r) => match a.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(r)),
                },
            };
        }
        let cls = o.class().clone();
        if let Some(m) = crate::ops::number::user_method(vm, &cls, "__next__") {
            return match vm.call_method_value(&m, &a[0], &[]) {
                Err(e) if a.len() == 2 && vm.err_matches(&e, &vm.types().exc.stop_iteration) => {
                    Ok(a[1].clone())
                }
                r => r,
            };
        }
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn id(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "id", 1, 1)?;
    Ok(Value::Int(a[0].id()))
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn callable(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "callable", 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&a[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.as_obj().map(|o| &o.payload) {
            Some(
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Method { .. }
                | Payload::Type(_)
                | Payload::GenericAlias { .. },
            ) => true,
            Some(_) => typeobj::lookup_str(self, self.type_of(v), "__call__").is_some(),
            None => false,
        }
    }

    /// An int argument (via `__index__`), with CPython's message.
    pub fn index_arg(&self, v: &Value) -> PyResult<i64> {
        match self.index_opt(v)? {
            Some(i) => Ok(i),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }
}

fn chr(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "chr", 1, 1)?;
    let i = vm.index_arg(&a[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_char(c)),
        None if (0..0x110000).contains(&i) => {
            Err(vm.value_error("pyvm strings cannot hold lone surrogates"))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "ord", 1, 1)?;
    match a[0].as_obj().map(|o| &o.payload) {
        Some(Payload::Str(s)) => {
            if s.char_len() == 1 {
                Ok(Value::Int(
                    s.as_str().chars().next().map_or(0, |c| c as i64),
                ))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )))
            }
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = vm.bytes_like(&a[0]).unwrap_or_default();
            if b.len() == 1 {
                Ok(Value::Int(b[0] as i64))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )))
            }
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(&a[0])
        ))),
    }
}

fn radix(vm: &Vm, args: Args, name: &str, spec: &str) -> PyResult<Value> {
    let a = args.fixed(vm, name, 1, 1)?;
    let v = match num_of(&a[0]) {
        Some(Num::Int(_) | Num::Big(_)) => a[0].clone(),
        _ => Value::Int(vm.index_arg(&a[0])?),
    };
    Ok(vm.new_str(vm.format(&v, spec)?))
}

fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", "#x")
}

fn oct(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", "#o")
}

fn bin(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", "#b")
}

fn divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "divmod", 2, 2)?;
    crate::builtins::numbers::divmod(vm, &a[0], &a[1])
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "pow", &["base", "exp", "mod"])?;
    let a = args.count(vm, "pow", 2, 3)?;
    if a.len() == 3 && !a[2].is_none() {
        return crate::builtins::numbers::pow_mod(vm, &a[0], &a[1], &a[2]);
    }
    vm.binary_op(&a[0], &a[1], BinOp::plain(NumOp::Pow))
}

fn round(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "round", &["number", "ndigits"])?;
    let a = args.count(vm, "round", 1, 2)?;
    let nd = a
        .get(1)
        .cloned()
        .or_else(|| args.kwarg("ndigits").cloned())
        .unwrap_or(Value::None);
    crate::builtins::numbers::round(vm, &a[0], &nd)
}

fn any(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "any", 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "all", 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => match s.as_obj().and_then(|o| o.as_str()) {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                )))
            }
        },
        None => String::new(),
    };
    Ok(vm.new_str(vm.format(&a[0], &spec)?))
}

fn vars(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "vars", 0, 1)?;
    let Some(v) = a.first() else {
        return eval_exec::locals(vm, Args::positional(&[]));
    };
    match v.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) if v.as_obj().is_some_and(|o| o.as_type().is_some()) => {
            Ok(crate::builtins::mappingproxy::new_proxy(vm, Value::Obj(d)))
        }
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "dir", 0, 1)?;
    let Some(v) = a.first() else {
        let l = eval_exec::locals(vm, Args::positional(&[]))?;
        let keys = vm.collect(&l)?;
        let list = vm.new_list(keys);
        crate::builtins::lists::sort(vm, Args::positional(std::slice::from_ref(&list)))?;
        return Ok(list);
    };
    // A module's own `__dir__` (PEP 562).
    if let Some(o) = v.as_obj().filter(|o| matches!(o.payload, Payload::Module)) {
        if let Some(d) = &o.dict {
            if let Some(f) = vm.dict_get_str(d, "__dir__")? {
                let r = vm.call_positional(&f, &[])?;
                let list = vm.new_list(vm.collect(&r)?);
                crate::builtins::lists::sort(vm, Args::positional(std::slice::from_ref(&list)))?;
                return Ok(list);
            }
        }
    }
    if let Some(m) = crate::ops::number::user_method(vm, &vm.type_of(v).clone(), "__dir__") {
        let r = vm.call_method_value(&m, v, &[])?;
        let list = vm.new_list(vm.collect(&r)?);
        crate::builtins::lists::sort(vm, Args::positional(std::slice::from_ref(&list)))?;
        return Ok(list);
    }
    // Attributes CPython keeps as getset descriptors in type dicts, which pyvm serves
    // natively: `__class__` and `__doc__` everywhere, `__dict__`/`__weakref__` from
    // classes whose instances have a dict.
    let mut names: Vec<Value> = vec![vm.new_str("__class__"), vm.new_str("__doc__")];
    let cls_of_instances = match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Type(_)) => v.as_obj().cloned(),
        Some(Payload::Module) => None,
        _ => Some(vm.type_of(v).clone()),
    };
    if let Some(c) = cls_of_instances {
        if typeobj::data(&c).heap && crate::builtins::slots::has_instance_dict(&c) {
            names.push(vm.new_str("__dict__"));
            names.push(vm.new_str("__weakref__"));
        }
    }
    let add_dict = |d: &PyRef, names: &mut Vec<Value>| {
        if let Some(cell) = d.as_dict() {
            names.extend(cell.borrow().keys());
        }
    };
    if let Some(o) = v.as_obj() {
        if let Some(d) = &o.dict {
            add_dict(d, &mut names);
        }
        let classes: Vec<PyRef> = match &o.payload {
            Payload::Type(t) => t.mro.borrow().clone(),
            Payload::Module => Vec::new(),
            _ => typeobj::data(o.class()).mro.borrow().clone(),
        };
        for c in classes {
            if let Some(d) = &c.dict {
                add_dict(d, &mut names);
            }
            names.extend(native_data_names(vm, &c).iter().map(|n| vm.new_str(*n)));
        }
    } else {
        for c in typeobj::data(vm.type_of(v)).mro.borrow().iter() {
            if let Some(d) = &c.dict {
                add_dict(d, &mut names);
            }
            names.extend(native_data_names(vm, c).iter().map(|n| vm.new_str(*n)));
        }
    }
    let set = vm.new_set(names)?;
    let list = vm.new_list(vm.collect(&set)?);
    crate::builtins::lists::sort(vm, Args::positional(std::slice::from_ref(&list)))?;
    Ok(list)
}

/// The data attributes class `c` defines that pyvm serves natively (`builtins::attrs`) rather
/// than from the class dict, where CPython keeps them as getset or member descriptors.
fn native_data_names(vm: &Vm, c: &PyRef) -> &'static [&'static str] {
    let t = vm.types();
    if std::rc::Rc::ptr_eq(c, &t.int) {
        &["denominator", "imag", "numerator", "real"]
    } else if std::rc::Rc::ptr_eq(c, &t.float) {
        &["imag", "real"]
    } else if std::rc::Rc::ptr_eq(c, &t.range) {
        &["start", "step", "stop"]
    } else {
        &[]
    }
}

fn import(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(
        vm,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let a = args.count(vm, "__import__", 1, 5)?;
    let name = vm.str_of(&a[0])?;
    let globals = match a.get(1) {
        Some(Value::Obj(g)) if g.as_dict().is_some() => g.clone(),
        _ => vm.new_dict(),
    };
    let fromlist = a
        .get(3)
        .cloned()
        .or_else(|| args.kwarg("fromlist").cloned())
        .unwrap_or(Value::None);
    let level = match a.get(4).or(args.kwarg("level")) {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    vm.import(&name, &globals, &fromlist, level)
}

fn input(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "input", 0, 1)?;
    if let Some(p) = a.first() {
        vm.write_stdout(&vm.str_of(p)?);
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error(&vm.types().exc.eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.os_error_from(&e, None)),
    }
}
