//! The GIL's face in `sys`: `setswitchinterval`/`getswitchinterval`, and the active switch
//! policy as `sys._pyvm_switch_policy` (`'cpython'` or `'instruction'`),
//! `sys._pyvm_switch_seed` (an int, or `None` without a seed) and `sys._pyvm_switch_count`
//! (the instruction policy's switch interval, in instructions).

use std::time::Duration;

use super::SwitchConfig;
use crate::builtins::function;
use crate::object::Payload;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    function(vm, ns, "sys", "setswitchinterval", setswitchinterval);
    function(vm, ns, "sys", "getswitchinterval", getswitchinterval);
    publish(vm, ns, &SwitchConfig::default());
}

fn publish(vm: &Vm, ns: &PyRef, cfg: &SwitchConfig) {
    let name = if cfg.instruction {
        "instruction"
    } else {
        "cpython"
    };
    vm.dict_set_str(ns, "_pyvm_switch_policy", vm.new_str(name));
    let seed = cfg
        .seed
        .map_or(Value::None, |s| vm.new_bigint(num_bigint::BigInt::from(s)));
    vm.dict_set_str(ns, "_pyvm_switch_seed", seed);
    let count = vm.new_bigint(num_bigint::BigInt::from(cfg.count));
    vm.dict_set_str(ns, "_pyvm_switch_count", count);
}

/// Installs the switch policy `cfg` selects (at start-up, before any thread starts) and
/// shows it in `sys`.
pub fn configure(vm: &Vm, cfg: &SwitchConfig) {
    vm.interp.gil.set_policy(cfg.policy());
    if let Ok(Some(Value::Obj(sys))) = vm.sys_module("sys") {
        if let Some(ns) = &sys.dict {
            publish(vm, ns, cfg);
        }
    }
}

fn setswitchinterval(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "setswitchinterval", 1, 1)?;
    let secs = real_arg(vm, &a[0])?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // CPython keeps whole microseconds.
    let us = (secs * 1e6).min(u64::MAX as f64) as u64;
    vm.interp.gil.set_interval(Duration::from_micros(us));
    Ok(Value::None)
}

fn getswitchinterval(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getswitchinterval", 0, 0)?;
    let us = vm.interp.gil.interval_us() as f64;
    Ok(Value::Float(us * 1e-6))
}

/// A "real number" argument as CPython's `f` format reads it: an int, a float or an object
/// with `__float__`, but never a string.
pub fn real_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        Value::Obj(o)
            if matches!(
                o.payload,
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)
            ) =>
        {
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
        _ => crate::builtins::constructors::to_float(vm, v),
    }
}
