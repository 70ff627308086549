//! `_operator`: only `_compare_digest` (the constant-time comparison `hmac` and `secrets`
//! import); the rest of `operator` is the standard library's pure-Python module.

use crate::builtins::function;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

const DOC: &str = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

pub fn init(vm: &Vm, ns: &PyRef) {
    vm.dict_set_str(ns, "__doc__", vm.new_str(DOC));
    function(vm, ns, "_operator", "_compare_digest", compare_digest);
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like objects, taking
/// time that depends only on the length of `b`.
fn compare_digest(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "_compare_digest", 2, 2)?;
    let (x, y) = match (
        a[0].as_obj().and_then(|o| o.as_str()),
        a[1].as_obj().and_then(|o| o.as_str()),
    ) {
        (Some(x), Some(y)) => {
            if !x.as_str().is_ascii() || !y.as_str().is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (
                x.as_str().as_bytes().to_vec(),
                y.as_str().as_bytes().to_vec(),
            )
        }
        (Some(_), None) | (None, Some(_)) => {
            let s = if a[0].as_obj().and_then(|o| o.as_str()).is_some() {
                &a[0]
            } else {
                &a[1]
            };
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(s)
            )));
        }
        (None, None) => match (vm.bytes_like(&a[0]), vm.bytes_like(&a[1])) {
            (Some(x), Some(y)) => (x, y),
            _ => {
                return Err(vm.type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(&a[0]),
                    vm.type_name(&a[1])
                )))
            }
        },
    };
    // Walk all of `y` whatever the outcome, as CPython's `_tscmp` does.
    let mut diff = (x.len() != y.len()) as u8;
    for (i, b) in y.iter().enumerate() {
        diff |= b ^ x.get(i).copied().unwrap_or(!b);
    }
    Ok(Value::Bool(diff == 0))
}
