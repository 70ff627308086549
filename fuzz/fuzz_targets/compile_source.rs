//! Fuzz pyvm's compiler front end over arbitrary source text: parsing (with the
//! syntax-version check and CPython-compatible error reporting), the symbol table and the
//! compiler's validation pass must return `Ok` or a `SyntaxError` for any UTF-8 input, never
//! panic or overflow the stack.
//!
//!   RUSTC_BOOTSTRAP=1 cargo fuzz run compile_source -- -max_total_time=300
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(error) = compiler::validate::check_source(source, "<fuzz>") {
        // Positions must be consistent with the source the error describes.
        assert!(error.lineno >= 1, "{error:?}");
        assert!(!error.msg.is_empty(), "{error:?}");
    }
});
