//! The CPython 3.11 code object, with every field marshal stores.
//!
//! The object-valued fields are [`Obj`] handles rather than plain Rust values so that marshal
//! identity and `FLAG_REF` survive a load/dump round trip (CPython shares, for example, the
//! empty `co_exceptiontable` bytes between code objects). [`CodeObject::new`] checks their
//! types once, like CPython's `_PyCode_Validate`, so the typed accessors never fail.

use crate::object::{Obj, PyStr, Value};

/// `co_flags` bits (CPython's `Include/cpython/code.h`), shared by the compiler and the VM.
pub const CO_OPTIMIZED: i32 = 0x1;
pub const CO_NEWLOCALS: i32 = 0x2;
pub const CO_VARARGS: i32 = 0x4;
pub const CO_VARKEYWORDS: i32 = 0x8;
pub const CO_NESTED: i32 = 0x10;
pub const CO_GENERATOR: i32 = 0x20;
pub const CO_NOFREE: i32 = 0x40;
pub const CO_COROUTINE: i32 = 0x80;
pub const CO_ITERABLE_COROUTINE: i32 = 0x100;
pub const CO_ASYNC_GENERATOR: i32 = 0x200;
pub const CO_FUTURE_ANNOTATIONS: i32 = 0x100_0000;

/// `co_localspluskinds` bits.
pub const CO_FAST_LOCAL: u8 = 0x20;
pub const CO_FAST_CELL: u8 = 0x40;
pub const CO_FAST_FREE: u8 = 0x80;

/// A 3.11 code object. Field names follow CPython's.
pub struct CodeObject {
    pub co_argcount: i32,
    pub co_posonlyargcount: i32,
    pub co_kwonlyargcount: i32,
    pub co_stacksize: i32,
    pub co_flags: i32,
    pub co_firstlineno: i32,
    /// bytes
    pub co_code: Obj,
    /// tuple
    pub co_consts: Obj,
    /// tuple of str
    pub co_names: Obj,
    /// tuple of str
    pub co_localsplusnames: Obj,
    /// bytes, one kind byte per `co_localsplusnames` entry
    pub co_localspluskinds: Obj,
    /// str
    pub co_filename: Obj,
    /// str
    pub co_name: Obj,
    /// str
    pub co_qualname: Obj,
    /// bytes
    pub co_linetable: Obj,
    /// bytes
    pub co_exceptiontable: Obj,
}

/// The fields of a code object as read, before validation.
pub struct CodeFields {
    pub argcount: i32,
    pub posonlyargcount: i32,
    pub kwonlyargcount: i32,
    pub stacksize: i32,
    pub flags: i32,
    pub code: Obj,
    pub consts: Obj,
    pub names: Obj,
    pub localsplusnames: Obj,
    pub localspluskinds: Obj,
    pub filename: Obj,
    pub name: Obj,
    pub qualname: Obj,
    pub firstlineno: i32,
    pub linetable: Obj,
    pub exceptiontable: Obj,
}

impl CodeObject {
    /// Checks the field types and shapes (as `_PyCode_Validate` and the code constructor do)
    /// and builds the code object; the error names the first field that is wrong.
    pub fn new(f: CodeFields) -> Result<CodeObject, String> {
        fn is_str_tuple(o: &Obj) -> bool {
            o.as_tuple()
                .is_some_and(|t| t.iter().all(|x| x.as_str().is_some()))
        }
        if f.argcount < f.posonlyargcount || f.posonlyargcount < 0 || f.kwonlyargcount < 0 {
            return Err("code: bad argument counts".into());
        }
        if f.stacksize < 0 {
            return Err("code: co_stacksize is negative".into());
        }
        let Some(code) = f.code.as_bytes() else {
            return Err("code: co_code is not bytes".into());
        };
        if code.len() % 2 != 0 {
            return Err("code: co_code is malformed (odd length)".into());
        }
        if f.consts.as_tuple().is_none() {
            return Err("code: co_consts is not a tuple".into());
        }
        if !is_str_tuple(&f.names) {
            return Err("code: co_names is not a tuple of str".into());
        }
        if !is_str_tuple(&f.localsplusnames) {
            return Err("code: co_localsplusnames is not a tuple of str".into());
        }
        let nlocalsplus = f.localsplusnames.as_tuple().map_or(0, |t| t.len());
        match f.localspluskinds.as_bytes() {
            Some(k) if k.len() == nlocalsplus => {}
            Some(_) => return Err("code: co_localsplusnames and kinds differ in length".into()),
            None => return Err("code: co_localspluskinds is not bytes".into()),
        }
        for (field, o) in [
            ("co_filename", &f.filename),
            ("co_name", &f.name),
            ("co_qualname", &f.qualname),
        ] {
            if o.as_str().is_none() {
                return Err(format!("code: {field} is not a str"));
            }
        }
        if f.linetable.as_bytes().is_none() {
            return Err("code: co_linetable is not bytes".into());
        }
        if f.exceptiontable.as_bytes().is_none() {
            return Err("code: co_exceptiontable is not bytes".into());
        }
        // `nlocals` (the number of plain locals) must fit the argument counts.
        Ok(CodeObject {
            co_argcount: f.argcount,
            co_posonlyargcount: f.posonlyargcount,
            co_kwonlyargcount: f.kwonlyargcount,
            co_stacksize: f.stacksize,
            co_flags: f.flags,
            co_firstlineno: f.firstlineno,
            co_code: f.code,
            co_consts: f.consts,
            co_names: f.names,
            co_localsplusnames: f.localsplusnames,
            co_localspluskinds: f.localspluskinds,
            co_filename: f.filename,
            co_name: f.name,
            co_qualname: f.qualname,
            co_linetable: f.linetable,
            co_exceptiontable: f.exceptiontable,
        })
    }

    /// The instruction bytes.
    pub fn code(&self) -> &[u8] {
        self.co_code.as_bytes().unwrap_or(&[])
    }

    pub fn consts(&self) -> &[Obj] {
        self.co_consts.as_tuple().unwrap_or(&[])
    }

    pub fn names(&self) -> &[Obj] {
        self.co_names.as_tuple().unwrap_or(&[])
    }

    /// `co_names[i]` as a string, if in range.
    pub fn name_at(&self, i: usize) -> Option<&PyStr> {
        self.names().get(i).and_then(Obj::as_str)
    }

    pub fn localsplusnames(&self) -> &[Obj] {
        self.co_localsplusnames.as_tuple().unwrap_or(&[])
    }

    pub fn localspluskinds(&self) -> &[u8] {
        self.co_localspluskinds.as_bytes().unwrap_or(&[])
    }

    /// `code._varname_from_oparg(i)`: the local, cell or free variable at `localsplus[i]`.
    pub fn varname_from_oparg(&self, i: usize) -> Option<&PyStr> {
        self.localsplusnames().get(i).and_then(Obj::as_str)
    }

    fn str_field(o: &Obj) -> &PyStr {
        static EMPTY: std::sync::OnceLock<PyStr> = std::sync::OnceLock::new();
        o.as_str()
            .unwrap_or_else(|| EMPTY.get_or_init(|| PyStr::new("", false)))
    }

    pub fn filename(&self) -> &PyStr {
        Self::str_field(&self.co_filename)
    }

    pub fn name(&self) -> &PyStr {
        Self::str_field(&self.co_name)
    }

    pub fn qualname(&self) -> &PyStr {
        Self::str_field(&self.co_qualname)
    }

    pub fn linetable(&self) -> &[u8] {
        self.co_linetable.as_bytes().unwrap_or(&[])
    }

    pub fn exceptiontable(&self) -> &[u8] {
        self.co_exceptiontable.as_bytes().unwrap_or(&[])
    }

    /// Names of the locals whose kind has `mask` set, in `localsplus` order.
    fn names_of_kind(&self, mask: u8) -> impl Iterator<Item = &PyStr> {
        self.localsplusnames()
            .iter()
            .zip(self.localspluskinds())
            .filter(move |(_, k)| *k & mask != 0)
            .filter_map(|(n, _)| n.as_str())
    }

    /// `co_varnames`: the plain locals (arguments first).
    pub fn varnames(&self) -> impl Iterator<Item = &PyStr> {
        self.names_of_kind(CO_FAST_LOCAL)
    }

    /// `co_cellvars`.
    pub fn cellvars(&self) -> impl Iterator<Item = &PyStr> {
        self.names_of_kind(CO_FAST_CELL)
    }

    /// `co_freevars`.
    pub fn freevars(&self) -> impl Iterator<Item = &PyStr> {
        self.names_of_kind(CO_FAST_FREE)
    }

    /// The code objects among the constants, in `co_consts` order.
    pub fn nested_code(&self) -> impl Iterator<Item = &CodeObject> {
        self.consts().iter().filter_map(|c| match c.value() {
            Value::Code(code) => Some(&**code),
            _ => None,
        })
    }
}
