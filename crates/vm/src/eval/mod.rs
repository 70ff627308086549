//! The evaluation loop: fetch an instruction, skip its inline CACHE entries, and hand it to
//! the handler of its family in one line. Errors unwind through the code object's exception
//! table; a frame with no handler adds its traceback entry and returns the error.
//!
//! Handler families: [`names`] (loads and stores), [`calls`] (calls and function creation),
//! [`build`] (containers, unpacking, strings), [`flow`] (jumps, iteration, exceptions,
//! `with`, generators), and arithmetic/comparison in `crate::ops`.

mod asyncs;
mod build;
mod calls;
mod fast_attr;
mod flow;
mod matching;
mod name_sites;
mod names;

pub(crate) use calls::generator_prologue;

use bytecode::opcode::Opcode as Op;

use crate::frame::Frame;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What an instruction handler tells the loop.
pub(crate) enum Flow {
    Next,
    Exit(Exit),
}

/// Inline cache entries after each opcode byte (0 for unknown bytes).
static CACHES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = bytecode::opcode::cache_entries(b as u8);
        b += 1;
    }
    t
};

/// The opcode of each byte (`None` for bytes that are not 3.11 instructions), so decoding is
/// one table load instead of a `match` call per instruction.
static OPCODES: [Option<Op>; 256] = {
    let mut t = [None; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = Op::from_byte(b as u8);
        b += 1;
    }
    t
};

/// Runs `f` until it returns or yields.
pub fn run_frame(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    let pushed = push_namespaces(vm, f);
    let r = run_loop(vm, f);
    if pushed {
        vm.namespaces.borrow_mut().pop();
    }
    if let Err(e) = &r {
        crate::traceback::keep_locals(e, f);
    }
    r
}

/// Makes `f`'s namespaces the innermost ones (`globals()`, `vars()`, ...), unless the
/// innermost entry already answers the same for it: a function frame (no locals namespace)
/// under a frame of the same module whose locals are its globals or absent — the common
/// call, which then costs no entry. Whether an entry was pushed (to pop).
#[inline]
fn push_namespaces(vm: &Vm, f: &Frame) -> bool {
    let mut ns = vm.namespaces.borrow_mut();
    if f.locals.is_none() {
        if let Some((g, l)) = ns.last() {
            if std::rc::Rc::ptr_eq(g, &f.globals)
                && l.as_ref()
                    .is_none_or(|l| std::rc::Rc::ptr_eq(l, &f.globals))
            {
                return false;
            }
        }
    }
    ns.push((f.globals.clone(), f.locals.clone()));
    true
}

fn run_loop(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    loop {
        match step_until_error(vm, f) {
            Ok(exit) => return Ok(exit),
            Err(err) => handle_error(vm, f, err)?,
        }
    }
}

/// Resumes a suspended frame by raising `err` at the instruction it stopped at
/// (`generator.throw`).
pub fn resume_with_error(vm: &Vm, f: &mut Frame, err: PyErr) -> PyResult<Exit> {
    let pushed = push_namespaces(vm, f);
    let r = handle_error(vm, f, err).and_then(|()| run_loop(vm, f));
    if pushed {
        vm.namespaces.borrow_mut().pop();
    }
    if let Err(e) = &r {
        crate::traceback::keep_locals(e, f);
    }
    r
}

/// Executes instructions until the frame exits or an instruction raises. Between two
/// instructions the loop tests the GIL's eval breaker (one relaxed load) and, when it is
/// armed, calls the thread-switch hook (`crate::gil::boundary`).
fn step_until_error(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    let code = f.code.clone();
    // Code units: (opcode, oparg) byte pairs; a trailing odd byte is never executed.
    let (units, _) = code.code.as_chunks::<2>();
    let breaker = vm.interp.gil.breaker();
    let mut ext: u32 = 0;
    loop {
        let i = f.next;
        let Some(&[op, arg]) = units.get(i) else {
            return Err(vm.new_error(
                &vm.types().exc.system_error,
                "frame ran past the end of its code",
            ));
        };
        let arg = ext | arg as u32;
        f.lasti = i;
        f.next = i + 1 + CACHES[op as usize] as usize;
        let Some(opcode) = OPCODES[op as usize] else {
            return Err(vm.new_error(&vm.types().exc.system_error, format!("unknown opcode {op}")));
        };
        if opcode == Op::EXTENDED_ARG {
            ext = arg << 8;
            continue;
        }
        ext = 0;
        // CPython runs a Python callee inline and checks for a switch at its RESUME, not
        // after the call (see `crate::gil::checkpoint`).
        let python_call = opcode == Op::CALL && callee_is_python(vm, f, arg as usize);
        if let Flow::Exit(exit) = execute(vm, f, opcode, arg)? {
            return Ok(exit);
        }
        if breaker.load(std::sync::atomic::Ordering::Relaxed) {
            let checkpoint = crate::gil::checkpoint(opcode, arg, i, f.next, python_call);
            if let Err(e) = crate::gil::boundary(vm, checkpoint) {
                // CPython raises from its eval-breaker check after the jump or call is done:
                // the error belongs to the code unit just before the next instruction (for a
                // backward jump, the one before the loop's start).
                f.lasti = f.next.saturating_sub(1);
                return Err(e);
            }
        }
        // Finalizers queued by drops in this instruction, or a due cycle collection.
        if crate::gc::pending() {
            crate::gc::run_pending_in(vm, f);
        }
    }
}

/// Whether the `CALL n` about to run calls a Python function, directly or as a bound
/// method (the stack holds `[NULL, callable, args...]` or `[method, self, args...]`).
fn callee_is_python(vm: &Vm, f: &Frame, n: usize) -> bool {
    let Some(base) = f.stack.len().checked_sub(n + 2) else {
        return false;
    };
    let callable = if vm.is_null(&f.stack[base]) {
        &f.stack[base + 1]
    } else {
        &f.stack[base]
    };
    let is_function =
        |v: &Value| matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Function(_)));
    match callable.as_obj().map(|o| &o.payload) {
        Some(Payload::Function(_)) => true,
        Some(Payload::Method { func, .. }) => is_function(func),
        _ => false,
    }
}

/// One instruction. Each arm is one line into its family's handler.
fn execute(vm: &Vm, f: &mut Frame, op: Op, arg: u32) -> PyResult<Flow> {
    let a = arg as usize;
    match op {
        Op::CACHE | Op::NOP | Op::RESUME | Op::PRECALL => {}
        Op::POP_TOP => drop(f.pop()),
        Op::PUSH_NULL => f.push(vm.null()),
        Op::COPY => f.push(f.peek(a).clone()),
        Op::SWAP => flow::swap(f, a),
        Op::LOAD_CONST => f.push(f.code.consts.get(a).cloned().unwrap_or(Value::None)),
        Op::LOAD_FAST => names::load_fast(vm, f, a)?,
        Op::STORE_FAST => names::store_fast(f, a),
        Op::DELETE_FAST => names::delete_fast(vm, f, a)?,
        Op::LOAD_GLOBAL => names::load_global(vm, f, a)?,
        Op::STORE_GLOBAL => names::store_global(vm, f, a)?,
        Op::DELETE_GLOBAL => names::delete_global(vm, f, a)?,
        Op::LOAD_NAME => names::load_name(vm, f, a)?,
        Op::STORE_NAME => names::store_name(vm, f, a)?,
        Op::DELETE_NAME => names::delete_name(vm, f, a)?,
        Op::LOAD_ATTR => names::load_attr(vm, f, a)?,
        Op::STORE_ATTR => names::store_attr(vm, f, a)?,
        Op::DELETE_ATTR => names::delete_attr(vm, f, a)?,
        Op::LOAD_METHOD => names::load_method(vm, f, a)?,
        Op::MAKE_CELL => names::make_cell(vm, f, a),
        Op::COPY_FREE_VARS => names::copy_free_vars(f, a),
        Op::LOAD_CLOSURE => names::load_closure(f, a),
        Op::LOAD_DEREF => names::load_deref(vm, f, a)?,
        Op::LOAD_CLASSDEREF => names::load_classderef(vm, f, a)?,
        Op::STORE_DEREF => names::store_deref(f, a),
        Op::DELETE_DEREF => names::delete_deref(vm, f, a)?,
        Op::BINARY_OP => build::binary_op(vm, f, a)?,
        Op::UNARY_NEGATIVE | Op::UNARY_POSITIVE | Op::UNARY_INVERT | Op::UNARY_NOT => {
            build::unary(vm, f, op)?
        }
        Op::COMPARE_OP => build::compare(vm, f, a)?,
        Op::IS_OP => build::is_op(f, a),
        Op::CONTAINS_OP => build::contains_op(vm, f, a)?,
        Op::BINARY_SUBSCR => build::subscr(vm, f)?,
        Op::STORE_SUBSCR => build::store_subscr(vm, f)?,
        Op::DELETE_SUBSCR => build::delete_subscr(vm, f)?,
        Op::BUILD_TUPLE => build::tuple(vm, f, a),
        Op::BUILD_LIST => build::list(vm, f, a),
        Op::BUILD_SET => build::set(vm, f, a)?,
        Op::BUILD_MAP => build::map(vm, f, a)?,
        Op::BUILD_CONST_KEY_MAP => build::const_key_map(vm, f, a)?,
        Op::BUILD_SLICE => build::slice(vm, f, a),
        Op::BUILD_STRING => build::string(vm, f, a)?,
        Op::LIST_APPEND => build::list_append(f, a),
        Op::SET_ADD => build::set_add(vm, f, a)?,
        Op::MAP_ADD => build::map_add(vm, f, a)?,
        Op::LIST_EXTEND => build::list_extend(vm, f, a)?,
        Op::SET_UPDATE => build::set_update(vm, f, a)?,
        Op::DICT_UPDATE => build::dict_update(vm, f, a, false)?,
        Op::DICT_MERGE => build::dict_update(vm, f, a, true)?,
        Op::LIST_TO_TUPLE => build::list_to_tuple(vm, f),
        Op::UNPACK_SEQUENCE => build::unpack_sequence(vm, f, a)?,
        Op::UNPACK_EX => build::unpack_ex(vm, f, a)?,
        Op::FORMAT_VALUE => build::format_value(vm, f, a)?,
        Op::KW_NAMES => f.kwnames = f.code.consts.get(a).and_then(|v| v.as_obj().cloned()),
        Op::CALL => calls::call(vm, f, a)?,
        Op::CALL_FUNCTION_EX => calls::call_function_ex(vm, f, a)?,
        Op::MAKE_FUNCTION => calls::make_function(vm, f, a)?,
        Op::LOAD_BUILD_CLASS => f.push(vm.builtin("__build_class__")?),
        Op::LOAD_ASSERTION_ERROR => f.push(Value::Obj(vm.types().exc.assertion_error.clone())),
        Op::IMPORT_NAME => calls::import_name(vm, f, a)?,
        Op::IMPORT_FROM => calls::import_from(vm, f, a)?,
        Op::IMPORT_STAR => calls::import_star(vm, f)?,
        Op::SETUP_ANNOTATIONS => names::setup_annotations(vm, f)?,
        Op::PRINT_EXPR => calls::print_expr(vm, f)?,
        Op::RETURN_VALUE => return Ok(Flow::Exit(Exit::Return(f.pop()))),
        Op::JUMP_FORWARD => f.next += a,
        Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => flow::jump_back(f, a),
        Op::POP_JUMP_FORWARD_IF_FALSE => flow::pop_jump_if(vm, f, a, false, true)?,
        Op::POP_JUMP_FORWARD_IF_TRUE => flow::pop_jump_if(vm, f, a, true, true)?,
        Op::POP_JUMP_BACKWARD_IF_FALSE => flow::pop_jump_if(vm, f, a, false, false)?,
        Op::POP_JUMP_BACKWARD_IF_TRUE => flow::pop_jump_if(vm, f, a, true, false)?,
        Op::POP_JUMP_FORWARD_IF_NONE => flow::pop_jump_if_none(f, a, true, true),
        Op::POP_JUMP_FORWARD_IF_NOT_NONE => flow::pop_jump_if_none(f, a, false, true),
        Op::POP_JUMP_BACKWARD_IF_NONE => flow::pop_jump_if_none(f, a, true, false),
        Op::POP_JUMP_BACKWARD_IF_NOT_NONE => flow::pop_jump_if_none(f, a, false, false),
        Op::JUMP_IF_FALSE_OR_POP => flow::jump_or_pop(vm, f, a, false)?,
        Op::JUMP_IF_TRUE_OR_POP => flow::jump_or_pop(vm, f, a, true)?,
        Op::GET_ITER => flow::get_iter(vm, f)?,
        Op::GET_YIELD_FROM_ITER => flow::get_yield_from_iter(vm, f)?,
        Op::FOR_ITER => flow::for_iter(vm, f, a)?,
        Op::GET_LEN => build::get_len(vm, f)?,
        Op::RAISE_VARARGS => return Err(flow::raise_varargs(vm, f, a)),
        Op::RERAISE => return Err(flow::reraise(vm, f, a)),
        Op::PUSH_EXC_INFO => flow::push_exc_info(vm, f),
        Op::POP_EXCEPT => flow::pop_except(vm, f),
        Op::CHECK_EXC_MATCH => flow::check_exc_match(vm, f)?,
        Op::CHECK_EG_MATCH => flow::check_eg_match(vm, f)?,
        Op::PREP_RERAISE_STAR => flow::prep_reraise_star(vm, f)?,
        Op::BEFORE_WITH => flow::before_with(vm, f)?,
        Op::WITH_EXCEPT_START => flow::with_except_start(vm, f)?,
        Op::RETURN_GENERATOR => flow::return_generator(vm, f)?,
        Op::YIELD_VALUE => return Ok(Flow::Exit(Exit::Yield(f.pop()))),
        Op::SEND => flow::send(vm, f, a)?,
        Op::GET_AWAITABLE => asyncs::get_awaitable(vm, f, a)?,
        Op::BEFORE_ASYNC_WITH => asyncs::before_async_with(vm, f)?,
        Op::GET_AITER => asyncs::get_aiter(vm, f)?,
        Op::GET_ANEXT => asyncs::get_anext(vm, f)?,
        Op::END_ASYNC_FOR => asyncs::end_async_for(vm, f)?,
        Op::ASYNC_GEN_WRAP => asyncs::async_gen_wrap(vm, f),
        Op::MATCH_MAPPING => matching::match_kind(vm, f, true),
        Op::MATCH_SEQUENCE => matching::match_kind(vm, f, false),
        Op::MATCH_KEYS => matching::match_keys(vm, f)?,
        Op::MATCH_CLASS => matching::match_class(vm, f, a)?,
        _ => return Err(unsupported(vm, op)),
    }
    Ok(Flow::Next)
}

/// An instruction this build of pyvm does not execute yet: a `SystemError` naming it.
fn unsupported(vm: &Vm, op: Op) -> PyErr {
    vm.new_error(
        &vm.types().exc.system_error,
        format!("pyvm does not execute {} yet", op.name()),
    )
}

/// Records the traceback entry and jumps to the handler covering the failed instruction, or
/// returns the error when this frame has none.
fn handle_error(vm: &Vm, f: &mut Frame, err: PyErr) -> PyResult<()> {
    // A re-raise (`RERAISE`, bare `raise`) keeps the traceback as it is in this frame, as
    // CPython skips `PyTraceBack_Here` for it.
    if !vm.reraising.replace(false) {
        // An exception that has not passed through any frame yet was just raised (by an
        // instruction or a built-in): it is chained to the exception being handled, as
        // CPython's `_PyErr_SetObject` does for every raise.
        if vm.traceback_of(&Value::Obj(err.0.clone())).is_none() {
            let has_context = match &err.0.payload {
                crate::object::Payload::Exception(d) => d.borrow().context.is_some(),
                _ => true,
            };
            if !has_context {
                vm.set_context(&err.0);
            }
        }
        crate::traceback::add_frame(vm, &err, f);
    }
    let Some(h) = f.code.handler_for(f.lasti).copied() else {
        return Err(err);
    };
    f.stack.truncate(h.depth as usize);
    if h.lasti {
        f.push(Value::Int(f.lasti as i64));
    }
    f.push(Value::Obj(err.0));
    f.next = (h.target / 2) as usize;
    Ok(())
}
