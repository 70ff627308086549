//! Arbitrary bytes as a `.pyc` and as bare marshal data: loading must return an error or an
//! object, never panic; whatever loads is dumped and disassembled too.
#![no_main]

use bytecode::dis::{self, DisOptions};
use bytecode::{marshal, pyc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(obj) = marshal::loads(data) {
        let _ = marshal::dumps(&obj);
        let _ = bytecode::repr::repr(&obj);
    }
    // The same bytes behind a valid header, so the code-object paths are reached often.
    let mut file = pyc::MAGIC.to_vec();
    file.extend_from_slice(&[0; 12]);
    file.extend_from_slice(data);
    for input in [data, &file[..]] {
        if let Ok(p) = pyc::read(input) {
            let _ = pyc::write(&p);
            if let Some(code) = p.code.as_code() {
                let mut out = String::new();
                let _ = dis::dis_into(&mut out, code, &DisOptions::default());
            }
        }
    }
});
