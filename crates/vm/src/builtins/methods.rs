//! Registers the methods of every built-in type, family by family.

use crate::vm::Vm;

pub fn register(vm: &Vm) {
    crate::builtins::constructors::register(vm);
    crate::builtins::module_type::register(vm);
    crate::builtins::code_methods::register(vm);
    crate::builtins::classes::register(vm);
    crate::builtins::objects::register(vm);
    crate::builtins::coroutines::register(vm);
    crate::builtins::exception_groups::register(vm);
    crate::builtins::descriptors::register(vm);
    crate::builtins::exceptions::register(vm);
    crate::builtins::strings::register(vm);
    crate::builtins::lists::register(vm);
    crate::builtins::dicts::register(vm);
    crate::builtins::dict_views::register(vm);
    crate::builtins::sets::register(vm);
    crate::builtins::numbers::register(vm);
    crate::builtins::num_dunders::register(vm);
    crate::builtins::num_methods::register(vm);
    crate::builtins::bytes::register(vm);
    crate::builtins::bytes_methods::register(vm);
    crate::builtins::bytearray::register(vm);
    crate::builtins::range::register(vm);
    crate::builtins::slices::register(vm);
    crate::builtins::type_slots::register(vm);
    // Last: only fills in operator methods the types above do not define.
    crate::builtins::operator_dunders::register(vm);
}
