//! The special methods of `int`, `float` and `complex` as Python sees them (`int.__add__`,
//! `(2.0).__rfloordiv__(7)`, `(5).__lt__(6)`, `(-7).__abs__()`): thin wrappers over the same
//! built-in arithmetic the operators use, answering NotImplemented for operand types the
//! slot does not take (`int.__add__(1, 2.0)`), as CPython's slot wrappers do.
//!
//! The operators themselves never go through these (the fast paths and `native_binary` do
//! the work directly); they exist for explicit calls, `super().__add__(x)` in a subclass and
//! introspection.

use crate::builtins::numbers::{divmod, pow_mod, round};
use crate::builtins::{method, rest, self_arg};
use crate::ops::compare::{compare_numbers, CompareOp};
use crate::ops::number::{num_of, op_supported, BinOp, Num, NumOp};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Which number type a wrapper belongs to (a const generic parameter of the wrappers).
const INT: u8 = 0;
const FLOAT: u8 = 1;
const COMPLEX: u8 = 2;

fn type_name(kind: u8) -> &'static str {
    match kind {
        INT => "int",
        FLOAT => "float",
        _ => "complex",
    }
}

/// Whether `n` is a value of the wrapper's own type (bool and subclasses included).
fn is_own(kind: u8, n: &Num) -> bool {
    match kind {
        INT => matches!(n, Num::Int(_) | Num::Big(_)),
        FLOAT => matches!(n, Num::Float(_)),
        _ => matches!(n, Num::Complex(..)),
    }
}

/// Whether the slot of `kind` handles an `other` operand of this kind (float's slots take
/// ints, complex's take ints and floats; int's take only ints).
fn accepts(kind: u8, n: &Num) -> bool {
    match kind {
        INT => matches!(n, Num::Int(_) | Num::Big(_)),
        FLOAT => !matches!(n, Num::Complex(..)),
        _ => true,
    }
}

/// The `self` of a wrapper, checked to be a `kind` value.
fn this<'a>(vm: &Vm, args: &Args<'a>, kind: u8, name: &str) -> PyResult<&'a Value> {
    let v = self_arg(vm, args, name)?;
    match num_of(v) {
        Some(n) if is_own(kind, &n) => Ok(v),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            type_name(kind),
            vm.type_name(v)
        ))),
    }
}

/// The one operand of a binary slot wrapper, with the wrapper's arity message.
fn wrapper_arg<'a>(vm: &Vm, rest: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    if rest.has_kwargs() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    match rest.pos() {
        [v] => Ok(v),
        a => Err(vm.type_error(format!("expected 1 argument, got {}", a.len()))),
    }
}

fn not_implemented(vm: &Vm) -> Value {
    Value::Obj(vm.interp.not_implemented.clone())
}

/// `__add__`, `__radd__`, ... : `OP` is the `BINARY_OP` oparg of the operator.
fn binary<const K: u8, const OP: usize, const REFLECTED: bool>(
    vm: &Vm,
    args: Args,
) -> PyResult<Value> {
    let op = BinOp::from_oparg(OP).map_or(NumOp::Add, |b| b.op);
    let (_, m, r, _) = op.names();
    let name = if REFLECTED { r } else { m };
    let me = this(vm, &args, K, name)?;
    let rest = rest(&args);
    let qual = format!("{}.{name}", type_name(K));
    let other = if op == NumOp::Pow && !REFLECTED {
        let a = rest.fixed(vm, "", 1, 2)?;
        if let Some(md) = a.get(1).filter(|v| !v.is_none()) {
            if K != INT {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            return match (num_of(&a[0]), num_of(md)) {
                (Some(e), Some(m)) if accepts(INT, &e) && accepts(INT, &m) => {
                    pow_mod(vm, me, &a[0], md)
                }
                _ => Ok(not_implemented(vm)),
            };
        }
        &a[0]
    } else if op == NumOp::Pow {
        let a = rest.fixed(vm, "", 1, 2)?;
        &a[0]
    } else {
        wrapper_arg(vm, &rest, &qual)?
    };
    let (Some(a), Some(b)) = (num_of(me), num_of(other)) else {
        return Ok(not_implemented(vm));
    };
    if !accepts(K, &b) || !op_supported(op, a, b) {
        return Ok(not_implemented(vm));
    }
    if REFLECTED {
        vm.number_op(op, b, a)
    } else {
        vm.number_op(op, a, b)
    }
}

/// `__lt__`, `__eq__`, ... : `C` is the `COMPARE_OP` oparg.
fn compare<const K: u8, const C: usize>(vm: &Vm, args: Args) -> PyResult<Value> {
    let op = CompareOp::from_oparg(C).unwrap_or(CompareOp::Eq);
    let name = op.method();
    let me = this(vm, &args, K, name)?;
    let other = wrapper_arg(vm, &rest(&args), name)?;
    let (Some(a), Some(b)) = (num_of(me), num_of(other)) else {
        return Ok(not_implemented(vm));
    };
    if !accepts(K, &b) {
        return Ok(not_implemented(vm));
    }
    Ok(compare_numbers(a, b, op).map_or_else(|| not_implemented(vm), Value::Bool))
}

/// `__divmod__` / `__rdivmod__`.
fn divmod_slot<const K: u8, const REFLECTED: bool>(vm: &Vm, args: Args) -> PyResult<Value> {
    let name = if REFLECTED {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let me = this(vm, &args, K, name)?;
    let other = wrapper_arg(vm, &rest(&args), name)?;
    match num_of(other) {
        Some(b) if accepts(K, &b) => {
            if REFLECTED {
                divmod(vm, other, me)
            } else {
                divmod(vm, me, other)
            }
        }
        _ => Ok(not_implemented(vm)),
    }
}

/// The one-operand wrappers, by name.
fn unary<const K: u8>(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let me = this(vm, args, K, name)?;
    let r = rest(args);
    if r.has_kwargs() {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            type_name(K)
        )));
    }
    if !r.pos().is_empty() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", r.pos().len())));
    }
    match name {
        "__neg__" => vm.unary_op(me, "__neg__", "unary -"),
        "__pos__" => vm.unary_op(me, "__pos__", "unary +"),
        "__invert__" => vm.unary_op(me, "__invert__", "unary ~"),
        "__abs__" => vm.call(
            &vm.builtin("abs")?,
            Args::positional(std::slice::from_ref(me)),
        ),
        "__bool__" => Ok(Value::Bool(vm.truthy(me)?)),
        "__hash__" => Ok(Value::Int(vm.hash(me)?)),
        "__trunc__" => crate::builtins::constructors::to_int(vm, me),
        "__floor__" | "__ceil__" => match num_of(me) {
            Some(Num::Float(f)) => {
                let g = if name == "__floor__" {
                    f.floor()
                } else {
                    f.ceil()
                };
                crate::builtins::constructors::to_int(vm, &Value::Float(g))
            }
            _ => crate::builtins::constructors::to_int(vm, me),
        },
        _ => Ok(not_implemented(vm)),
    }
}

macro_rules! unary_fns {
    ($($fname:ident => $name:literal),* $(,)?) => {
        $(fn $fname<const K: u8>(vm: &Vm, args: Args) -> PyResult<Value> {
            unary::<K>(vm, &args, $name)
        })*
    };
}

unary_fns!(
    neg => "__neg__",
    pos => "__pos__",
    invert => "__invert__",
    abs => "__abs__",
    bool_ => "__bool__",
    hash => "__hash__",
    trunc => "__trunc__",
    floor => "__floor__",
    ceil => "__ceil__",
);

/// `__round__(ndigits=None)`.
fn round_slot<const K: u8>(vm: &Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, K, "__round__")?;
    let a = rest(&args).fixed(vm, "__round__", 0, 1)?;
    round(vm, me, a.first().unwrap_or(&Value::None))
}

/// Registers the binary wrappers of one operator (oparg `$op`) on `$t`.
macro_rules! reg_binop {
    ($vm:expr, $t:expr, $k:expr, $($op:literal),*) => {
        $({
            let op = BinOp::from_oparg($op).map_or(NumOp::Add, |b| b.op);
            let (_, m, r, _) = op.names();
            method($vm, $t, m, binary::<{ $k }, $op, false>);
            method($vm, $t, r, binary::<{ $k }, $op, true>);
        })*
    };
}

macro_rules! reg_compare {
    ($vm:expr, $t:expr, $k:expr) => {
        method($vm, $t, "__lt__", compare::<{ $k }, 0>);
        method($vm, $t, "__le__", compare::<{ $k }, 1>);
        method($vm, $t, "__eq__", compare::<{ $k }, 2>);
        method($vm, $t, "__ne__", compare::<{ $k }, 3>);
        method($vm, $t, "__gt__", compare::<{ $k }, 4>);
        method($vm, $t, "__ge__", compare::<{ $k }, 5>);
    };
}

/// `__format__(spec)`.
fn format_slot<const K: u8>(vm: &Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, K, "__format__")?;
    let spec = crate::builtins::argparse::one_arg(vm, &rest(&args), "__format__")?;
    let Some(spec) = spec.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    Ok(vm.new_str(vm.native_format(me, spec.as_str())?))
}

/// `__int__`/`__index__` of int and float: `int(self)`.
fn to_int(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::constructors::to_int(vm, self_arg(vm, &args, "__int__")?)
}

/// `__float__` of int and float: `float(self)`.
fn to_float(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__float__")?.clone();
    let f = Value::Obj(vm.types().float.clone());
    vm.call_positional(&f, &[this])
}

fn common<const K: u8>(vm: &Vm, t: &PyRef) {
    method(vm, t, "__format__", format_slot::<K>);
    method(vm, t, "__neg__", neg::<K>);
    method(vm, t, "__pos__", pos::<K>);
    method(vm, t, "__abs__", abs::<K>);
    method(vm, t, "__bool__", bool_::<K>);
    method(vm, t, "__hash__", hash::<K>);
}

pub fn register(vm: &Vm) {
    let t = vm.types().int.clone();
    // Add, And, FloorDiv, LShift, Mul, Rem, Or, Pow, RShift, Sub, TrueDiv, Xor.
    reg_binop!(vm, &t, INT, 0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12);
    reg_compare!(vm, &t, INT);
    common::<INT>(vm, &t);
    method(vm, &t, "__invert__", invert::<INT>);
    method(vm, &t, "__trunc__", trunc::<INT>);
    method(vm, &t, "__floor__", floor::<INT>);
    method(vm, &t, "__ceil__", ceil::<INT>);
    method(vm, &t, "__round__", round_slot::<INT>);
    method(vm, &t, "__divmod__", divmod_slot::<INT, false>);
    method(vm, &t, "__rdivmod__", divmod_slot::<INT, true>);
    method(vm, &t, "__int__", to_int);
    method(vm, &t, "__index__", to_int);
    method(vm, &t, "__float__", to_float);

    let t = vm.types().float.clone();
    // Add, FloorDiv, Mul, Rem, Pow, Sub, TrueDiv.
    reg_binop!(vm, &t, FLOAT, 0, 2, 5, 6, 8, 10, 11);
    reg_compare!(vm, &t, FLOAT);
    common::<FLOAT>(vm, &t);
    method(vm, &t, "__trunc__", trunc::<FLOAT>);
    method(vm, &t, "__floor__", floor::<FLOAT>);
    method(vm, &t, "__ceil__", ceil::<FLOAT>);
    method(vm, &t, "__round__", round_slot::<FLOAT>);
    method(vm, &t, "__divmod__", divmod_slot::<FLOAT, false>);
    method(vm, &t, "__rdivmod__", divmod_slot::<FLOAT, true>);
    method(vm, &t, "__int__", to_int);
    method(vm, &t, "__float__", to_float);

    let t = vm.types().complex.clone();
    // Add, Mul, Pow, Sub, TrueDiv.
    reg_binop!(vm, &t, COMPLEX, 0, 5, 8, 10, 11);
    reg_compare!(vm, &t, COMPLEX);
    common::<COMPLEX>(vm, &t);
}
