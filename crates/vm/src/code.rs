//! The VM's code object: a `.pyc` code object with its constants turned into runtime values,
//! its names interned, and its exception table decoded once.
//!
//! The marshal-level object is kept (`raw`) so `dis`, `co_positions()` and `co_lines()` read
//! exactly the bytes CPython would.

use std::cell::Cell;
use std::rc::Rc;

use bytecode::code::{CodeObject, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL};
use bytecode::exception_table::{self, ExceptionTableEntry};
use bytecode::object::{Obj, PyInt, Value as Const};

use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub use bytecode::code::{
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
};

pub struct Code {
    /// The marshal-level code object this was loaded from.
    pub raw: Obj,
    pub code: Box<[u8]>,
    pub consts: Box<[Value]>,
    pub names: Box<[PyRef]>,
    pub localsplus_names: Box<[PyRef]>,
    pub localsplus_kinds: Box<[u8]>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: i32,
    pub stacksize: usize,
    pub firstlineno: i32,
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
    pub exception_table: Box<[ExceptionTableEntry]>,
    /// Number of `co_varnames` (plain locals, arguments first).
    pub nlocals: usize,
    /// One memo per code unit for the attribute instructions' fast paths (the role of
    /// 3.11's inline CACHE entries, which pyvm leaves untouched in `code`).
    pub attr_sites: Box<[Cell<AttrSite>]>,
}

/// What an attribute instruction learnt about the class of the instances it saw: for the
/// class at address `class` (never dereferenced) as of method-cache epoch `epoch`, the
/// fast path applies; `index` is where the name last was in the instance dict's entries.
#[derive(Clone, Copy, Default)]
pub struct AttrSite {
    pub class: usize,
    pub epoch: u64,
    pub index: u32,
}

impl Code {
    pub fn raw(&self) -> &CodeObject {
        self.raw.as_code().expect("Code.raw holds a code object")
    }

    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }

    /// Whether calls with this code produce a generator, coroutine or async generator.
    pub fn is_generator_like(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }

    /// Total parameters, including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        self.argcount
            + self.kwonlyargcount
            + (self.flags & CO_VARARGS != 0) as usize
            + (self.flags & CO_VARKEYWORDS != 0) as usize
    }

    /// The innermost exception handler covering the instruction at code unit `index`.
    pub fn handler_for(&self, index: usize) -> Option<&ExceptionTableEntry> {
        let offset = index as u64 * 2;
        self.exception_table
            .iter()
            .find(|e| e.start <= offset && offset < e.end)
    }

    /// `(line, end_line, col, end_col)` of the instruction at code unit `index`.
    pub fn position(&self, index: usize) -> [Option<i32>; 4] {
        let raw = self.raw();
        for loc in bytecode::linetable::locations(raw.linetable(), raw.co_firstlineno) {
            let (start, end) = (loc.start as usize / 2, loc.end as usize / 2);
            if start <= index && index < end {
                return [loc.line, loc.end_line, loc.column, loc.end_column];
            }
        }
        [None; 4]
    }
}

/// Converts a marshal-level code object into a runtime one.
pub fn load_code(vm: &Vm, obj: &Obj) -> PyResult<Rc<Code>> {
    let Some(raw) = obj.as_code() else {
        return Err(vm.type_error("expected a code object"));
    };
    let consts = raw
        .consts()
        .iter()
        .map(|c| load_const(vm, c))
        .collect::<PyResult<Vec<_>>>()?;
    let interned =
        |o: &Obj| vm.intern(&o.as_str().map(|s| s.to_string_lossy()).unwrap_or_default());
    let names = raw.names().iter().map(interned).collect::<Vec<_>>();
    let localsplus_names = raw
        .localsplusnames()
        .iter()
        .map(interned)
        .collect::<Vec<_>>();
    let kinds = raw.localspluskinds().to_vec();
    let nlocals = kinds.iter().filter(|k| **k & CO_FAST_LOCAL != 0).count();
    Ok(Rc::new(Code {
        raw: obj.clone(),
        code: raw.code().into(),
        consts: consts.into(),
        names: names.into(),
        localsplus_names: localsplus_names.into(),
        localsplus_kinds: kinds.into(),
        argcount: raw.co_argcount.max(0) as usize,
        posonlyargcount: raw.co_posonlyargcount.max(0) as usize,
        kwonlyargcount: raw.co_kwonlyargcount.max(0) as usize,
        flags: raw.co_flags,
        stacksize: raw.co_stacksize.max(0) as usize,
        firstlineno: raw.co_firstlineno,
        name: vm.intern(&raw.name().to_string_lossy()),
        qualname: vm.intern(&raw.qualname().to_string_lossy()),
        filename: vm.new_str_ref(raw.filename().to_string_lossy()),
        exception_table: exception_table::parse(raw.exceptiontable()).into(),
        nlocals,
        attr_sites: (0..raw.code().len() / 2)
            .map(|_| Cell::new(AttrSite::default()))
            .collect(),
    }))
}

/// Whether a localsplus slot is a cell or a free variable (holds a cell object).
pub fn is_cell_kind(kind: u8) -> bool {
    kind & (CO_FAST_CELL | CO_FAST_FREE) != 0
}

/// A constant as a runtime value.
pub fn load_const(vm: &Vm, c: &Obj) -> PyResult<Value> {
    Ok(match c.value() {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(PyInt::Small(i)) => Value::Int(*i),
        Const::Int(PyInt::Big(b)) => vm.new_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Complex { real, imag } => Value::Obj(PyObject::new(
            vm.types().complex.clone(),
            Payload::Complex(*real, *imag),
        )),
        Const::Str(s) => {
            let text = s.to_string_lossy();
            if s.interned {
                Value::Obj(vm.intern(&text))
            } else {
                vm.new_str(text)
            }
        }
        Const::Bytes(b) => vm.new_bytes(b.to_vec()),
        Const::Tuple(items) => {
            let items = items
                .iter()
                .map(|i| load_const(vm, i))
                .collect::<PyResult<Vec<_>>>()?;
            vm.new_tuple(items)
        }
        Const::List(items) => {
            let items = items
                .iter()
                .map(|i| load_const(vm, i))
                .collect::<PyResult<Vec<_>>>()?;
            vm.new_list(items)
        }
        Const::Set(items) | Const::FrozenSet(items) => {
            let items = items
                .iter()
                .map(|i| load_const(vm, i))
                .collect::<PyResult<Vec<_>>>()?;
            vm.new_frozenset(items)?
        }
        Const::Dict(pairs) => {
            let d = vm.new_dict();
            for (k, v) in pairs.iter() {
                vm.dict_set(&d, load_const(vm, k)?, load_const(vm, v)?)?;
            }
            Value::Obj(d)
        }
        Const::Ellipsis => Value::Obj(vm.interp.ellipsis.clone()),
        Const::StopIteration => Value::Obj(vm.types().exc.stop_iteration.clone()),
        Const::Code(_) => {
            let code = load_code(vm, c)?;
            Value::Obj(PyObject::new(vm.types().code.clone(), Payload::Code(code)))
        }
    })
}
