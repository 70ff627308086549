//! `BaseException` and its family: construction (`args`), `str()` of exceptions as CPython
//! words them (KeyError shows the key's repr, OSError its errno form, SyntaxError its
//! location), `with_traceback`, `add_note`, and the attributes of StopIteration,
//! SystemExit, OSError and ImportError.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{ExcData, Payload};
use crate::types::function::Args;
use crate::types::typeobj::is_subtype;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().exc.base_exception;
    static_method(vm, t, "__new__", base_exception_new);
    method(vm, t, "__init__", base_exception_init);
    method(vm, t, "with_traceback", with_traceback);
    method(vm, t, "add_note", add_note);
    method(vm, t, "__str__", exc_str_method);
    method(vm, t, "__repr__", exc_repr_method);
}

/// `BaseException.__new__(cls, *args)`.
pub fn base_exception_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::builtins::constructors::cls_arg(vm, &args, "BaseException")?;
    let items = rest(&args).pos().to_vec();
    // `OSError(errno, strerror)` makes the subclass for that errno (`FileNotFoundError` for
    // ENOENT), as CPython's `OSError.__new__` does for `OSError` itself.
    let cls = match items.first() {
        Some(Value::Int(errno))
            if std::rc::Rc::ptr_eq(&cls, &vm.types().exc.os_error)
                && (2..=5).contains(&items.len()) =>
        {
            os_error_subclass(vm, *errno).unwrap_or(cls)
        }
        _ => cls,
    };
    let data = ExcData {
        args: Some(vm.new_tuple(items.clone())),
        ..ExcData::default()
    };
    let e = crate::object::PyObject::with_dict(
        cls,
        Payload::Exception(RefCell::new(data)),
        vm.new_dict(),
    );
    init_special(vm, &e, &items);
    Ok(Value::Obj(e))
}

/// The `OSError` subclass CPython picks for an errno (Linux values).
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<PyRef> {
    let e = &vm.types().exc;
    Some(
        match errno {
            11 | 114 | 115 => &e.blocking_io_error,
            10 => &e.child_process_error,
            32 | 108 => &e.broken_pipe_error,
            103 => &e.connection_aborted_error,
            111 => &e.connection_refused_error,
            104 => &e.connection_reset_error,
            17 => &e.file_exists_error,
            2 => &e.file_not_found_error,
            21 => &e.is_a_directory_error,
            20 => &e.not_a_directory_error,
            4 => &e.interrupted_error,
            1 | 13 => &e.permission_error,
            3 => &e.process_lookup_error,
            110 => &e.timeout_error,
            _ => return None,
        }
        .clone(),
    )
}

/// The extra attributes some exception classes derive from their arguments.
fn init_special(vm: &Vm, e: &PyRef, items: &[Value]) {
    let Some(d) = &e.dict else { return };
    let exc = &vm.types().exc;
    let cls = e.class();
    if is_subtype(cls, &exc.os_error) {
        let (errno, strerror) = if (2..=5).contains(&items.len()) {
            (items[0].clone(), items[1].clone())
        } else {
            (Value::None, Value::None)
        };
        vm.dict_set_str(d, "errno", errno);
        vm.dict_set_str(d, "strerror", strerror);
        vm.dict_set_str(
            d,
            "filename",
            items
                .get(2)
                .filter(|_| items.len() >= 3)
                .cloned()
                .unwrap_or(Value::None),
        );
        vm.dict_set_str(d, "filename2", items.get(4).cloned().unwrap_or(Value::None));
    } else if is_subtype(cls, &exc.import_error) {
        vm.dict_set_str(d, "msg", items.first().cloned().unwrap_or(Value::None));
        vm.dict_set_str(d, "name", Value::None);
        vm.dict_set_str(d, "path", Value::None);
    } else if is_subtype(cls, &exc.name_error) || is_subtype(cls, &exc.attribute_error) {
        vm.dict_set_str(d, "name", Value::None);
        if is_subtype(cls, &exc.attribute_error) {
            vm.dict_set_str(d, "obj", Value::None);
        }
    } else if is_subtype(cls, &exc.syntax_error) {
        vm.dict_set_str(d, "msg", items.first().cloned().unwrap_or(Value::None));
        let details = items
            .get(1)
            .and_then(|v| v.as_obj().and_then(|t| t.as_tuple()).map(|t| t.to_vec()))
            .unwrap_or_default();
        for (i, key) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .enumerate()
        {
            vm.dict_set_str(d, key, details.get(i).cloned().unwrap_or(Value::None));
        }
        vm.dict_set_str(d, "print_file_and_line", Value::None);
    }
}

fn base_exception_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?;
    let rest = rest(&args);
    // The keyword-only attributes of `AttributeError(name=, obj=)`, `NameError(name=)` and
    // `ImportError(name=, path=)`.
    let exc = &vm.types().exc;
    let cls = vm.type_of(this).clone();
    let allowed: &[&str] = if is_subtype(&cls, &exc.attribute_error) {
        &["name", "obj"]
    } else if is_subtype(&cls, &exc.name_error) {
        &["name"]
    } else if is_subtype(&cls, &exc.import_error) {
        &["name", "path"]
    } else {
        &[]
    };
    if rest.has_kwargs() {
        let name = vm.type_name(this);
        if allowed.is_empty() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        for (k, _) in rest.kwargs() {
            if !allowed.contains(&k) {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    if let Some(Payload::Exception(d)) = this.as_obj().map(|o| &o.payload) {
        d.borrow_mut().args = Some(vm.new_tuple(rest.pos().to_vec()));
    }
    if let Some(o) = this.as_obj() {
        init_special(vm, o, rest.pos());
        if let Some(d) = &o.dict {
            for (k, v) in rest.kwargs() {
                vm.dict_set_str(d, k, v.clone());
            }
        }
    }
    Ok(Value::None)
}

fn with_traceback(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "with_traceback")?.clone();
    let a = rest(&args);
    let a = a.fixed(vm, "with_traceback", 1, 1)?;
    if let Some(Payload::Exception(d)) = this.as_obj().map(|o| &o.payload) {
        d.borrow_mut().traceback = a[0].as_obj().cloned();
    }
    Ok(this)
}

fn add_note(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "add_note")?.clone();
    let a = rest(&args);
    let a = a.fixed(vm, "add_note", 1, 1)?;
    if a[0].as_obj().and_then(|o| o.as_str()).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&a[0]))));
    }
    let notes = match vm.getattr_opt(&this, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.setattr(&this, &vm.intern("__notes__"), l.clone())?;
            l
        }
    };
    if let Some(Payload::List(l)) = notes.as_obj().map(|o| &o.payload) {
        l.borrow_mut().push(a[0].clone());
    }
    Ok(Value::None)
}

fn exc_str_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__str__")?;
    let Some(o) = this.as_obj() else {
        return Ok(vm.new_str(""));
    };
    let items = match &o.payload {
        Payload::Exception(d) => d
            .borrow()
            .args
            .as_ref()
            .and_then(|a| a.as_obj().and_then(|t| t.as_tuple()).map(|t| t.to_vec()))
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(vm.new_str(exc_str(vm, o, &items)?))
}

fn exc_repr_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    Ok(vm.new_str(vm.native_repr(this)?))
}

/// `str(exc)` for the built-in exception classes.
pub fn exc_str(vm: &Vm, e: &PyRef, items: &[Value]) -> PyResult<String> {
    let exc = &vm.types().exc;
    let cls = e.class();
    if is_subtype(cls, &exc.unicode_error) {
        if let Some(s) = crate::builtins::codecs::unicode_error_str(vm, e)? {
            return Ok(s);
        }
    }
    if let Some(s) = crate::builtins::exception_groups::group_text(vm, e)? {
        return Ok(s);
    }
    if is_subtype(cls, &exc.key_error) && items.len() == 1 {
        return vm.repr(&items[0]);
    }
    if is_subtype(cls, &exc.os_error) {
        if let Some(d) = &e.dict {
            let errno = vm.dict_get_str(d, "errno")?.unwrap_or(Value::None);
            let strerror = vm.dict_get_str(d, "strerror")?.unwrap_or(Value::None);
            let filename = vm.dict_get_str(d, "filename")?.unwrap_or(Value::None);
            if !errno.is_none() && !strerror.is_none() {
                let base = format!("[Errno {}] {}", vm.str_of(&errno)?, vm.str_of(&strerror)?);
                return Ok(if filename.is_none() {
                    base
                } else {
                    format!("{base}: {}", vm.repr(&filename)?)
                });
            }
        }
    }
    if is_subtype(cls, &exc.syntax_error) {
        if let Some(d) = &e.dict {
            let msg = vm.dict_get_str(d, "msg")?.unwrap_or(Value::None);
            let filename = vm.dict_get_str(d, "filename")?.unwrap_or(Value::None);
            let lineno = vm.dict_get_str(d, "lineno")?.unwrap_or(Value::None);
            if !msg.is_none() {
                let m = vm.str_of(&msg)?;
                let file = if filename.is_none() {
                    None
                } else {
                    Some(vm.str_of(&filename)?)
                };
                let file = file.map(|f| f.rsplit('/').next().unwrap_or(&f).to_string());
                return Ok(match (file, lineno) {
                    (Some(f), Value::Int(l)) => format!("{m} ({f}, line {l})"),
                    (Some(f), _) => format!("{m} ({f})"),
                    (None, Value::Int(l)) => format!("{m} (line {l})"),
                    _ => m,
                });
            }
        }
    }
    Ok(match items.len() {
        0 => String::new(),
        1 => vm.str_of(&items[0])?,
        _ => vm.repr(&vm.new_tuple(items.to_vec()))?,
    })
}
