//! Generators and coroutines: a suspended frame owned by the generator object.
//!
//! Resuming takes the frame out of the state (so a generator resumed from inside itself
//! sees `None` and raises "generator already executing"), runs it until it yields or
//! returns, and puts it back if it yielded.

use crate::frame::Frame;
use crate::value::{PyRef, Value};

pub struct GenState {
    /// The suspended frame; `None` while running or once finished.
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub finished: bool,
    pub name: PyRef,
    pub qualname: PyRef,
    /// The code object (`gi_code`), kept after the frame is gone.
    pub code: std::rc::Rc<crate::code::Code>,
    /// The exception being handled inside the generator when it last yielded.
    pub exc_state: Value,
    /// Async generators only: whether an asend/athrow is running, and closed.
    pub agen: crate::types::coroutine::AsyncGenFlags,
}
