//! The native `_dis` module under `dis` (crates/vm/lib/dis.py): `dis.dis(x)` prints exactly
//! what CPython 3.11's `dis.dis` prints, using the bytecode crate's formatter on the function's
//! code object; `_instructions(code)` gives the same formatter's structured instructions,
//! which dis.py wraps as `dis.Instruction` named tuples.

use crate::builtins::eval_exec::Mode;
use crate::builtins::function;
use crate::object::Payload;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    function(vm, ns, "dis", "dis", dis);
    function(vm, ns, "_dis", "_get_code_object", get_code_object);
    function(vm, ns, "_dis", "_instructions", instructions);
    function(vm, ns, "_dis", "_disassemble", disassemble);
    // `opname` (256 names, `<N>` for unused bytes) and `opmap`.
    let mut names: Vec<Value> = (0..256).map(|i| vm.new_str(format!("<{i}>"))).collect();
    let opmap = vm.new_dict();
    for op in bytecode::opcode::OPCODES {
        names[op.code as usize] = vm.new_str(op.name);
        vm.dict_set_str(&opmap, op.name, Value::Int(i64::from(op.code)));
    }
    vm.dict_set_str(ns, "opname", vm.new_list(names));
    vm.dict_set_str(ns, "opmap", Value::Obj(opmap));
}

/// The code object to disassemble for `x`, as `dis._get_code_object` finds it.
fn code_of(vm: &Vm, x: &Value) -> PyResult<Option<std::rc::Rc<crate::code::Code>>> {
    let mut x = x.clone();
    if let Some(Payload::Method { func, .. }) = x.as_obj().map(|o| &o.payload) {
        x = func.clone();
    }
    Ok(match x.as_obj().map(|o| &o.payload) {
        Some(Payload::Function(f)) => Some(f.code.clone()),
        Some(Payload::Code(c)) => Some(c.clone()),
        Some(Payload::Generator(g)) => g.borrow().frame.as_ref().map(|f| f.code.clone()),
        Some(Payload::Str(s)) => {
            // `dis._try_compile`: an expression if it is one, else statements.
            let src = s.as_str();
            match vm.compile_mode(src, "<dis>", Mode::Eval) {
                Ok(c) => Some(c),
                Err(_) => Some(vm.compile_mode(src, "<dis>", Mode::Exec)?),
            }
        }
        Some(Payload::ClassMethod(f) | Payload::StaticMethod(f)) => return code_of(vm, f),
        _ => None,
    })
}

/// The namespace `dis.dis` walks for a class or module.
fn members_of(_vm: &Vm, x: &Value) -> PyResult<Option<Value>> {
    Ok(match x.as_obj() {
        Some(o) if matches!(o.payload, Payload::Type(_) | Payload::Module) => {
            o.dict.clone().map(Value::Obj)
        }
        _ => None,
    })
}

/// `isinstance(x, dis._have_code)`: methods, functions, code, class/static methods, classes.
fn has_code(x: &Value) -> bool {
    matches!(
        x.as_obj().map(|o| &o.payload),
        Some(
            Payload::Method { .. }
                | Payload::Function(_)
                | Payload::Code(_)
                | Payload::ClassMethod(_)
                | Payload::StaticMethod(_)
                | Payload::Type(_)
        )
    )
}

fn dis(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "dis", &["file", "depth", "show_caches", "adaptive"])?;
    let a = args.count(vm, "dis", 0, 1)?;
    let Some(x) = a.first() else {
        return Err(vm.runtime_error("no last traceback to disassemble"));
    };
    let show_caches = match args.kwarg("show_caches") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Some(Value::Obj(d)) = members_of(vm, x)? {
        // A class or module: each member that has code, by name, as `dis.dis` does.
        let mut items: Vec<(String, Value)> = Vec::new();
        if let Some(cell) = d.as_dict() {
            for e in cell.borrow().iter() {
                if let Some(k) = e.key.as_obj().and_then(|o| o.as_str()) {
                    items.push((k.as_str().to_string(), e.value.clone()));
                }
            }
        }
        items.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, member) in items {
            if !has_code(&member) {
                continue;
            }
            vm.write_stdout(&format!("Disassembly of {name}:\n"));
            match dis(vm, Args::positional(std::slice::from_ref(&member))) {
                Ok(_) => {}
                Err(e) if vm.err_matches(&e, &vm.types().exc.type_error) => {
                    let msg = vm.str_of(&Value::Obj(e.0.clone()))?;
                    vm.write_stdout(&format!("Sorry: {msg}\n"));
                }
                Err(e) => return Err(e),
            }
            vm.write_stdout("\n");
        }
        return Ok(Value::None);
    }
    let Some(code) = code_of(vm, x)? else {
        return Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            vm.type_name(x)
        )));
    };
    let opts = bytecode::dis::DisOptions {
        show_caches,
        hash_secret: vm.interp.hash_secret,
    };
    let mut out = String::new();
    let r = bytecode::dis::dis_into(&mut out, code.raw(), &opts);
    vm.write_stdout(&out);
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(vm.runtime_error(e.message)),
    }
}

fn dis_options(vm: &Vm, show_caches: bool) -> bytecode::dis::DisOptions {
    bytecode::dis::DisOptions {
        show_caches,
        hash_secret: vm.interp.hash_secret,
    }
}

/// `dis._get_code_object(x)`: the code object `dis` works on, or CPython's `TypeError`.
fn get_code_object(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "_get_code_object", 1, 1)?;
    if matches!(a[0].as_obj().map(|o| &o.payload), Some(Payload::Code(_))) {
        return Ok(a[0].clone());
    }
    match code_of(vm, &a[0])? {
        Some(code) => Ok(Value::Obj(crate::object::PyObject::new(
            vm.types().code.clone(),
            Payload::Code(code),
        ))),
        None => Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            vm.type_name(&a[0])
        ))),
    }
}

fn code_arg(vm: &Vm, v: &Value) -> PyResult<std::rc::Rc<crate::code::Code>> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("expected a code object")),
    }
}

/// `_dis._instructions(code, unknown, exception_targets)`: one tuple per instruction, the
/// fields of `dis.Instruction` with `positions` as a plain 4-tuple; `unknown` is
/// `dis.UNKNOWN`; `exception_targets` as `dis.Bytecode` (true) or `get_instructions` (false).
fn instructions(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "_instructions", 3, 3)?;
    let exception_targets = vm.truthy(&a[2])?;
    let code = code_arg(vm, &a[0])?;
    let (instrs, error) =
        bytecode::dis::get_instructions(code.raw(), &dis_options(vm, false), exception_targets);
    if let Some(e) = error {
        return Err(vm.runtime_error(e.message));
    }
    let opt_int = |v: Option<i64>| v.map_or(Value::None, Value::Int);
    let mut out = Vec::with_capacity(instrs.len());
    for ins in instrs {
        use bytecode::dis::ArgValue;
        let argval = match ins.argval {
            ArgValue::None => Value::None,
            ArgValue::Int(i) => Value::Int(i),
            ArgValue::Const(i) => code.consts.get(i).cloned().unwrap_or(Value::None),
            ArgValue::Unknown => a[1].clone(),
            ArgValue::Text(t) => vm.new_str(t),
            ArgValue::FormatValue(converter, with_format) => {
                let f = if converter.is_empty() {
                    Value::None
                } else {
                    vm.builtin(converter)?
                };
                vm.new_tuple(vec![f, Value::Bool(with_format)])
            }
        };
        let positions = ins
            .positions
            .iter()
            .map(|p| opt_int(p.map(i64::from)))
            .collect();
        out.push(vm.new_tuple(vec![
            vm.new_str(ins.opname.to_string()),
            Value::Int(i64::from(ins.opcode)),
            opt_int(ins.arg),
            argval,
            vm.new_str(ins.argrepr),
            Value::Int(ins.offset as i64),
            opt_int(ins.starts_line.map(i64::from)),
            Value::Bool(ins.is_jump_target),
            vm.new_tuple(positions),
        ]));
    }
    Ok(vm.new_list(out))
}

/// `_dis._disassemble(code, show_caches)`: `Bytecode.dis()`, the listing of one code object
/// without its nested ones, as a string.
fn disassemble(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "_disassemble", 2, 2)?;
    let code = code_arg(vm, &a[0])?;
    let show_caches = vm.truthy(&a[1])?;
    let mut out = String::new();
    bytecode::dis::disassemble(&mut out, code.raw(), &dis_options(vm, show_caches))
        .map_err(|e| vm.runtime_error(e.message))?;
    Ok(vm.new_str(out))
}
