//! A frame: one activation of a code object — its `localsplus` slots (arguments, locals,
//! cells, free variables), its value stack, and where it is (`lasti`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::code::Code;
use crate::value::{PyRef, Value};

pub struct Frame {
    pub code: Rc<Code>,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The namespace of module and class bodies (`LOAD_NAME`/`STORE_NAME`).
    pub locals: Option<PyRef>,
    /// `co_localsplusnames` slots; `None` is an unbound local.
    pub fast: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    /// The code unit the next instruction starts at.
    pub next: usize,
    /// The code unit of the instruction being executed (for tracebacks and `f_lasti`).
    pub lasti: usize,
    /// The function being run (closure cells come from it at `COPY_FREE_VARS`).
    pub closure: Option<PyRef>,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub kwnames: Option<PyRef>,
}

/// How many emptied frame buffers a thread keeps for reuse.
const POOL_MAX: usize = 64;

type Buffers = (Vec<Option<Value>>, Vec<Value>);

thread_local! {
    /// The `fast` and `stack` buffers of finished frames, so a call reuses their memory
    /// instead of allocating two vectors (a call's hottest cost otherwise).
    static POOL: RefCell<Vec<Buffers>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Frame {
    fn drop(&mut self) {
        // Empty the buffers before touching the pool: dropping values can run code that
        // makes frames of its own.
        let mut fast = std::mem::take(&mut self.fast);
        let mut stack = std::mem::take(&mut self.stack);
        fast.clear();
        stack.clear();
        let _ = POOL.try_with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < POOL_MAX {
                p.push((fast, stack));
            }
        });
    }
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: PyRef, builtins: PyRef, locals: Option<PyRef>) -> Frame {
        let nfast = code.nlocalsplus();
        let stacksize = code.stacksize;
        let (mut fast, mut stack) = POOL
            .try_with(|p| p.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_default();
        fast.resize(nfast, None);
        stack.reserve(stacksize);
        Frame {
            code,
            globals,
            builtins,
            locals,
            fast,
            stack,
            next: 0,
            lasti: 0,
            closure: None,
            kwnames: None,
        }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    /// Pops the top of the stack. The compiler guarantees the stack depth, but a damaged
    /// `.pyc` may not, so an empty stack yields `None` rather than a panic.
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// The item `n` places below the top (`peek(1)` is the top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.stack.len();
        if n == 0 || n > len {
            return &Value::None;
        }
        &self.stack[len - n]
    }

    /// Pops the top `n` items, in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    /// The current line, for tracebacks.
    pub fn line(&self) -> Option<i32> {
        self.code.position(self.lasti)[0]
    }
}
