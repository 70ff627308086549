//! `repr` of floats and strings against CPython 3.11's, recorded by
//! `tools/regen_repr_golden.py`: thousands of random bit patterns, powers of ten around the
//! fixed/exponent boundaries, subnormals; strings from every Unicode region including lone
//! surrogates, with both quote characters.

use bytecode::object::{push_code_point, Obj, PyStr, Value};
use bytecode::repr::repr;

fn golden(name: &str) -> String {
    let path = format!("{}/tests/golden/repr/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("golden file")
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn float_reprs_match_cpython() {
    let text = golden("floats.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in text.lines() {
        let (bits, expected) = line.split_once(' ').expect("two fields");
        let v = f64::from_bits(u64::from_str_radix(bits, 16).expect("bits"));
        let got = repr(&Obj::new(Value::Float(v)));
        if got != expected {
            failures.push(format!("{bits}: cpython {expected}, pyvm {got}"));
        }
        n += 1;
    }
    assert!(n > 4000, "golden file too small: {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

#[test]
fn string_reprs_match_cpython() {
    let text = golden("strings.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in text.lines() {
        let (cps, expected_hex) = line.split_once(' ').expect("two fields");
        let mut utf8 = Vec::new();
        if cps != "-" {
            for cp in cps.split(',') {
                push_code_point(&mut utf8, u32::from_str_radix(cp, 16).expect("code point"));
            }
        }
        let s = PyStr::from_generalized_utf8(&utf8, false).expect("valid");
        let got = repr(&Obj::new(Value::Str(s)));
        let expected = hex_bytes(expected_hex);
        let mut got_bytes = Vec::new();
        // Surrogates cannot be in a Rust String, so repr escapes them: plain UTF-8 compares.
        got_bytes.extend_from_slice(got.as_bytes());
        if got_bytes != expected {
            failures.push(format!(
                "{cps}: cpython {:?}, pyvm {got:?}",
                String::from_utf8_lossy(&expected)
            ));
        }
        n += 1;
    }
    assert!(n > 10000, "golden file too small: {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}
