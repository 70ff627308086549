//! The `_ast` module: the syntax-tree node classes (`AST`, the abstract bases `mod`, `stmt`,
//! `expr`, ... and every Python 3.11 node) and the `PyCF_*` compile flags, as CPython's
//! `Python/Python-ast.c` provides them. The classes are built from one table, `python.asdl`
//! (read by [`asdl`]); [`convert`] turns the compiler's parse into trees of their instances
//! for `compile(..., PyCF_ONLY_AST)` and so `ast.parse`.

pub mod asdl;
pub mod convert;
mod convert_expr;
mod convert_pattern;

use crate::builtins::{method, rest, self_arg};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The ASDL description of Python 3.11's syntax tree.
pub const ASDL: &str = include_str!("python.asdl");

/// `compile()` flag: return the syntax tree instead of a code object.
pub const PYCF_ONLY_AST: i64 = 0x400;
/// `compile()` flag: keep `# type:` comments in the tree.
pub const PYCF_TYPE_COMMENTS: i64 = 0x1000;
/// `compile()` flag: allow `await`, `async for` and `async with` at top level.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;

/// Fills the `_ast` module namespace.
pub fn init(vm: &Vm, ns: &PyRef) -> PyResult<()> {
    let object = vm.types().object.clone();
    let empty = vm.new_tuple(Vec::new());
    let ast = make_class(
        vm,
        "AST",
        &object,
        None,
        &[
            ("_fields", empty.clone()),
            ("_attributes", empty.clone()),
            ("__match_args__", empty.clone()),
        ],
    )?;
    method(vm, &ast, "__init__", ast_init);
    method(vm, &ast, "__reduce__", ast_reduce);
    vm.dict_set_str(ns, "AST", Value::Obj(ast.clone()));
    for def in asdl::parse(ASDL) {
        let attributes = names(vm, &def.attributes);
        // Optional fields and attributes default to None on the class, so a node built
        // without them still answers `node.returns` or `node.end_lineno`.
        let mut defaults: Vec<(&str, Value)> = def
            .attributes
            .iter()
            .filter(|f| f.optional)
            .map(|f| (f.name.as_str(), Value::None))
            .collect();
        match &def.constructors {
            None => {
                let fields = names(vm, &def.product);
                defaults.extend(
                    def.product
                        .iter()
                        .filter(|f| f.optional)
                        .map(|f| (f.name.as_str(), Value::None)),
                );
                let mut entries = vec![
                    ("_fields", fields.clone()),
                    ("__match_args__", fields),
                    ("_attributes", attributes),
                ];
                entries.extend(defaults);
                let t = make_class(vm, &def.name, &ast, Some(def.doc()), &entries)?;
                vm.dict_set_str(ns, &def.name, Value::Obj(t));
            }
            Some(constructors) => {
                let mut entries = vec![
                    ("_fields", empty.clone()),
                    ("__match_args__", empty.clone()),
                    ("_attributes", attributes),
                ];
                entries.extend(defaults);
                let base = make_class(vm, &def.name, &ast, Some(def.doc()), &entries)?;
                vm.dict_set_str(ns, &def.name, Value::Obj(base.clone()));
                for c in constructors {
                    let fields = names(vm, &c.fields);
                    let mut entries = vec![("_fields", fields.clone()), ("__match_args__", fields)];
                    entries.extend(
                        c.fields
                            .iter()
                            .filter(|f| f.optional)
                            .map(|f| (f.name.as_str(), Value::None)),
                    );
                    let doc = asdl::signature(&c.name, &c.fields);
                    let t = make_class(vm, &c.name, &base, Some(doc), &entries)?;
                    vm.dict_set_str(ns, &c.name, Value::Obj(t));
                }
            }
        }
    }
    vm.dict_set_str(ns, "PyCF_ONLY_AST", Value::Int(PYCF_ONLY_AST));
    vm.dict_set_str(ns, "PyCF_TYPE_COMMENTS", Value::Int(PYCF_TYPE_COMMENTS));
    vm.dict_set_str(
        ns,
        "PyCF_ALLOW_TOP_LEVEL_AWAIT",
        Value::Int(PYCF_ALLOW_TOP_LEVEL_AWAIT),
    );
    Ok(())
}

/// A tuple of the field names.
fn names(vm: &Vm, fields: &[asdl::Field]) -> Value {
    vm.new_tuple(fields.iter().map(|f| vm.new_str(f.name.as_str())).collect())
}

/// A node class `ast.NAME` deriving from `base`, made by `type()` so that it is an ordinary
/// heap class (subclassable, instances with a `__dict__`, as CPython's node types are).
fn make_class(
    vm: &Vm,
    name: &str,
    base: &PyRef,
    doc: Option<String>,
    entries: &[(&str, Value)],
) -> PyResult<PyRef> {
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str("ast"));
    vm.dict_set_str(&ns, "__doc__", doc.map_or(Value::None, |d| vm.new_str(d)));
    for (k, v) in entries {
        vm.dict_set_str(&ns, k, v.clone());
    }
    let type_ = Value::Obj(vm.types().type_.clone());
    let t = vm.call_positional(
        &type_,
        &[
            vm.new_str(name),
            vm.new_tuple(vec![Value::Obj(base.clone())]),
            Value::Obj(ns),
        ],
    )?;
    match t {
        Value::Obj(t) => Ok(t),
        _ => Err(vm.type_error("type() did not return a class")),
    }
}

/// The names in a node class's `_fields` (none when it has no such attribute).
fn fields_of(vm: &Vm, cls: &PyRef) -> PyResult<Vec<Value>> {
    match vm.getattr_opt(&Value::Obj(cls.clone()), "_fields")? {
        Some(f) => vm.collect(&f),
        None => Ok(Vec::new()),
    }
}

/// `AST.__init__(*args, **kwargs)`: positional values go to `_fields` in order, keywords
/// set the attribute they name.
fn ast_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?.clone();
    let a = rest(&args);
    let npos = a.values.len() - a.kwnames.len();
    if npos > 0 {
        let cls = vm.type_of(&this).clone();
        let fields = fields_of(vm, &cls)?;
        if npos > fields.len() {
            let name = crate::types::typeobj::data(&cls).name().to_string();
            let n = fields.len();
            return Err(vm.type_error(format!(
                "{name} constructor takes at most {n} positional argument{}",
                if n == 1 { "" } else { "s" }
            )));
        }
        for (field, value) in fields.iter().zip(&a.values[..npos]) {
            set_named(vm, &this, field, value.clone())?;
        }
    }
    for (name, value) in a.kwnames.iter().zip(&a.values[npos..]) {
        set_named(vm, &this, name, value.clone())?;
    }
    Ok(Value::None)
}

fn set_named(vm: &Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    match name.as_obj().filter(|o| o.as_str().is_some()) {
        Some(n) => vm.setattr(obj, n, value),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        ))),
    }
}

/// `AST.__reduce__()`: `(type(self), (), self.__dict__)`.
fn ast_reduce(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__reduce__")?;
    let cls = Value::Obj(vm.type_of(this).clone());
    let empty = vm.new_tuple(Vec::new());
    match this.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) => Ok(vm.new_tuple(vec![cls, empty, Value::Obj(d)])),
        None => Ok(vm.new_tuple(vec![cls, empty])),
    }
}
