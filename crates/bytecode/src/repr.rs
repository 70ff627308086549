//! `repr()` of constants exactly as CPython 3.11 prints them. (Interface stub.)

use crate::object::Obj;

pub fn repr(obj: &Obj) -> String {
    obj.type_name().to_string()
}
