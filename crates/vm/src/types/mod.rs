//! The built-in types: creating the type objects at start-up (bootstrapping `object`,
//! `type` and `dict`, which refer to each other), the exception hierarchy, and the registry
//! of their methods.

pub mod coroutine;
pub mod exceptions;
pub mod function;
pub mod generator;
pub mod iter;
pub mod method_cache;
pub mod typeobj;

use std::cell::RefCell;

use crate::dict::Dict;
use crate::object::{Payload, PyObject};
use crate::value::PyRef;
use crate::vm::Vm;
use typeobj::{Layout, TypeData};

pub use exceptions::ExcTypes;

/// Every built-in type object, by field.
pub struct BuiltinTypes {
    pub object: PyRef,
    pub type_: PyRef,
    pub dict: PyRef,
    pub none_type: PyRef,
    pub bool: PyRef,
    pub int: PyRef,
    pub float: PyRef,
    pub complex: PyRef,
    pub str: PyRef,
    pub bytes: PyRef,
    pub bytearray: PyRef,
    pub tuple: PyRef,
    pub list: PyRef,
    pub set: PyRef,
    pub frozenset: PyRef,
    pub range: PyRef,
    pub slice: PyRef,
    pub function: PyRef,
    pub method: PyRef,
    pub builtin_function: PyRef,
    pub method_descriptor: PyRef,
    pub module: PyRef,
    pub code: PyRef,
    pub cell: PyRef,
    pub traceback: PyRef,
    pub generator: PyRef,
    pub coroutine: PyRef,
    pub coroutine_wrapper: PyRef,
    pub async_generator: PyRef,
    pub async_generator_asend: PyRef,
    pub async_generator_athrow: PyRef,
    pub iterator: PyRef,
    pub iters: iter::IterTypes,
    pub enumerate: PyRef,
    pub zip: PyRef,
    pub map: PyRef,
    pub filter: PyRef,
    pub reversed: PyRef,
    pub dict_keys: PyRef,
    pub dict_values: PyRef,
    pub dict_items: PyRef,
    pub generic_alias: PyRef,
    pub union_type: PyRef,
    pub member_descriptor: PyRef,
    pub property: PyRef,
    pub classmethod: PyRef,
    pub staticmethod: PyRef,
    pub super_: PyRef,
    pub not_implemented_type: PyRef,
    pub ellipsis_type: PyRef,
    pub exc: ExcTypes,
}

/// An empty namespace dict whose class is set once `dict` exists.
fn unclassed_dict() -> PyRef {
    PyObject::new_unclassed(Payload::Dict(RefCell::new(Dict::new())), None)
}

/// Creates built-in types in order; each gets `type` as its class and its base's MRO.
pub(crate) struct Builder {
    pub type_: PyRef,
    pub dict: PyRef,
}

impl Builder {
    pub fn make(&self, name: &str, base: &PyRef, layout: Layout, base_ok: bool) -> PyRef {
        let mut data = TypeData::new(name, vec![base.clone()], layout, false);
        data.base_ok = base_ok;
        let ns = PyObject::new(self.dict.clone(), Payload::Dict(RefCell::new(Dict::new())));
        let t = typeobj::new_type(&self.type_, data, ns);
        let mut mro = vec![t.clone()];
        mro.extend(typeobj::data(base).mro.borrow().iter().cloned());
        *typeobj::data(&t).mro.borrow_mut() = mro;
        t
    }

    /// A built-in type with several bases whose MROs do not conflict: the MRO is the type,
    /// then each base's MRO in order without repeats (enough for `ExceptionGroup`, whose
    /// second base's MRO ends the first's).
    pub fn make_multi(&self, name: &str, bases: &[&PyRef], layout: Layout) -> PyRef {
        let data = TypeData::new(
            name,
            bases.iter().map(|b| (*b).clone()).collect(),
            layout,
            false,
        );
        let ns = PyObject::new(self.dict.clone(), Payload::Dict(RefCell::new(Dict::new())));
        let t = typeobj::new_type(&self.type_, data, ns);
        let mut mro: Vec<PyRef> = vec![t.clone()];
        let all: Vec<PyRef> = bases
            .iter()
            .flat_map(|b| typeobj::data(b).mro.borrow().clone())
            .collect();
        // Keep each class at its last position (a base's tail like `BaseException, object`
        // comes after the other bases).
        for (i, c) in all.iter().enumerate() {
            if !all[i + 1..].iter().any(|d| std::rc::Rc::ptr_eq(c, d)) {
                mro.push(c.clone());
            }
        }
        *typeobj::data(&t).mro.borrow_mut() = mro;
        t
    }
}

impl BuiltinTypes {
    pub fn new() -> BuiltinTypes {
        // `object`, `type` and `dict` are each other's class, base or namespace type, so
        // they are made unclassed and tied together afterwards.
        let namespaces = [unclassed_dict(), unclassed_dict(), unclassed_dict()];
        let object = PyObject::new_unclassed(
            Payload::Type(Box::new(TypeData::new(
                "object",
                vec![],
                Layout::Object,
                false,
            ))),
            Some(namespaces[0].clone()),
        );
        let type_ = PyObject::new_unclassed(
            Payload::Type(Box::new(TypeData::new(
                "type",
                vec![object.clone()],
                Layout::Object,
                false,
            ))),
            Some(namespaces[1].clone()),
        );
        let dict = PyObject::new_unclassed(
            Payload::Type(Box::new(TypeData::new(
                "dict",
                vec![object.clone()],
                Layout::Dict,
                false,
            ))),
            Some(namespaces[2].clone()),
        );
        for t in [&object, &type_, &dict] {
            t.set_class_once(type_.clone());
        }
        for ns in &namespaces {
            ns.set_class_once(dict.clone());
        }
        *typeobj::data(&object).mro.borrow_mut() = vec![object.clone()];
        *typeobj::data(&type_).mro.borrow_mut() = vec![type_.clone(), object.clone()];
        *typeobj::data(&dict).mro.borrow_mut() = vec![dict.clone(), object.clone()];

        let b = Builder {
            type_: type_.clone(),
            dict: dict.clone(),
        };
        let o = &object;
        let int = b.make("int", o, Layout::Int, true);
        let exc = ExcTypes::new(&b, o);
        BuiltinTypes {
            none_type: b.make("NoneType", o, Layout::Fixed, false),
            bool: b.make("bool", &int, Layout::Fixed, false),
            float: b.make("float", o, Layout::Float, true),
            complex: b.make("complex", o, Layout::Fixed, true),
            str: b.make("str", o, Layout::Str, true),
            bytes: b.make("bytes", o, Layout::Fixed, true),
            bytearray: b.make("bytearray", o, Layout::Fixed, true),
            tuple: b.make("tuple", o, Layout::Tuple, true),
            list: b.make("list", o, Layout::List, true),
            set: b.make("set", o, Layout::Set, true),
            frozenset: b.make("frozenset", o, Layout::FrozenSet, true),
            range: b.make("range", o, Layout::Fixed, false),
            slice: b.make("slice", o, Layout::Fixed, false),
            function: b.make("function", o, Layout::Fixed, false),
            method: b.make("method", o, Layout::Fixed, false),
            builtin_function: b.make("builtin_function_or_method", o, Layout::Fixed, false),
            method_descriptor: b.make("method_descriptor", o, Layout::Fixed, false),
            module: b.make("module", o, Layout::Object, true),
            code: b.make("code", o, Layout::Fixed, false),
            cell: b.make("cell", o, Layout::Fixed, false),
            traceback: b.make("traceback", o, Layout::Fixed, false),
            generator: b.make("generator", o, Layout::Fixed, false),
            coroutine: b.make("coroutine", o, Layout::Fixed, false),
            coroutine_wrapper: b.make("coroutine_wrapper", o, Layout::Fixed, false),
            async_generator: b.make("async_generator", o, Layout::Fixed, false),
            async_generator_asend: b.make("async_generator_asend", o, Layout::Fixed, false),
            async_generator_athrow: b.make("async_generator_athrow", o, Layout::Fixed, false),
            iterator: b.make("iterator", o, Layout::Fixed, false),
            iters: iter::IterTypes::new(|name| b.make(name, o, Layout::Fixed, false)),
            enumerate: b.make("enumerate", o, Layout::Fixed, true),
            zip: b.make("zip", o, Layout::Fixed, true),
            map: b.make("map", o, Layout::Fixed, true),
            filter: b.make("filter", o, Layout::Fixed, true),
            reversed: b.make("reversed", o, Layout::Fixed, true),
            dict_keys: b.make("dict_keys", o, Layout::Fixed, false),
            dict_values: b.make("dict_values", o, Layout::Fixed, false),
            dict_items: b.make("dict_items", o, Layout::Fixed, false),
            generic_alias: {
                let t = b.make("GenericAlias", o, Layout::Fixed, false);
                typeobj::data(&t).module.set(Some("types"));
                t
            },
            member_descriptor: b.make("member_descriptor", o, Layout::Fixed, false),
            union_type: {
                let t = b.make("UnionType", o, Layout::Fixed, false);
                typeobj::data(&t).module.set(Some("types"));
                t
            },
            property: b.make("property", o, Layout::Fixed, true),
            classmethod: b.make("classmethod", o, Layout::Fixed, true),
            staticmethod: b.make("staticmethod", o, Layout::Fixed, true),
            super_: b.make("super", o, Layout::Fixed, true),
            not_implemented_type: b.make("NotImplementedType", o, Layout::Fixed, false),
            ellipsis_type: b.make("ellipsis", o, Layout::Fixed, false),
            int,
            exc,
            object,
            type_,
            dict,
        }
    }
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        BuiltinTypes::new()
    }
}

/// Adds every built-in type's methods to its namespace.
pub fn register_methods(vm: &Vm) {
    crate::builtins::methods::register(vm);
}
