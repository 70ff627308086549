//! marshal and `.pyc`: each type code, CPython's error messages (recorded from
//! `marshal.loads` in CPython 3.11.7), identity-preserving references, and byte-identical
//! round trips of CPython-written files.

use bytecode::marshal::{dumps, loads};
use bytecode::object::{Obj, PyInt, Value};
use bytecode::pyc;

fn err(data: &[u8]) -> (String, usize) {
    let e = loads(data).expect_err("should fail");
    (format!("{}: {}", e.exception(), e.message), e.offset)
}

#[test]
fn errors_use_cpython_words_and_offsets() {
    assert_eq!(
        err(b"\x07"),
        ("ValueError: bad marshal data (unknown type code)".into(), 0)
    );
    assert_eq!(
        err(b""),
        ("EOFError: EOF read where object expected".into(), 0)
    );
    assert_eq!(
        err(b"i\x01\x00"),
        ("EOFError: marshal data too short".into(), 1)
    );
    assert_eq!(
        err(b"r\x05\x00\x00\x00"),
        ("ValueError: bad marshal data (invalid reference)".into(), 1)
    );
    assert_eq!(
        err(b"s\xff\xff\xff\xff"),
        (
            "ValueError: bad marshal data (bytes object size out of range)".into(),
            1
        )
    );
    assert_eq!(
        err(b"(\xff\xff\xff\x7f"),
        ("EOFError: EOF read where object expected".into(), 5)
    );
    assert_eq!(
        err(b"l\x01\x00\x00\x00\xff\xff"),
        (
            "ValueError: bad marshal data (digit out of range in long)".into(),
            5
        )
    );
    assert_eq!(
        err(b"l\x02\x00\x00\x00\x01\x00\x00\x00"),
        (
            "ValueError: bad marshal data (unnormalized long data)".into(),
            7
        )
    );
    assert_eq!(
        err(b")\x010"),
        ("TypeError: NULL object in marshal data for tuple".into(), 2)
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let mut data = b")\x01".repeat(100_000);
    data.push(b'N');
    let (message, _) = err(&data);
    assert_eq!(message, "ValueError: recursion limit exceeded");
    // Just inside the limit is fine.
    let mut ok = b")\x01".repeat(1999);
    ok.push(b'N');
    assert!(loads(&ok).is_ok());
}

#[test]
fn lying_length_fields_fail_before_allocating() {
    for data in [
        &b"(\xff\xff\xff\x7fN"[..],
        b"[\xff\xff\xff\x7f",
        b"<\xff\xff\xff\x7f",
        b"u\xff\xff\xff\x7f",
        b"l\xff\xff\xff\x7f",
        b"l\x01\x00\x00\x80",
    ] {
        assert!(loads(data).is_err(), "{data:?}");
    }
}

#[test]
fn every_value_type_round_trips() {
    // Recorded with marshal.dumps(..., 4) in CPython 3.11.7 (no FLAG_REF: fresh objects).
    let cases: &[(&[u8], &str)] = &[
        (b"N", "None"),
        (b"T", "True"),
        (b"F", "False"),
        (b"S", "<class 'StopIteration'>"),
        (b".", "Ellipsis"),
        (b"i\xff\xff\xff\xff", "-1"),
        (b"l\x03\x00\x00\x00\x00\x00\x00\x00\x04\x00", "4294967296"),
        (b"l\xfd\xff\xff\xff\x00\x00\x00\x00\x04\x00", "-4294967296"),
        (b"g\x00\x00\x00\x00\x00\x00\xf8?", "1.5"),
        (
            b"y\x00\x00\x00\x00\x00\x00\xf0?\x00\x00\x00\x00\x00\x00\x00\xc0",
            "(1-2j)",
        ),
        (b"s\x03\x00\x00\x00a\x00\xff", "b'a\\x00\\xff'"),
        (b"z\x02hi", "'hi'"),
        (b"u\x03\x00\x00\x00\xc3\xa9x", "'éx'"),
        (b"u\x03\x00\x00\x00\xed\xa0\x80", "'\\ud800'"),
        (b")\x02i\x01\x00\x00\x00N", "(1, None)"),
        (b"[\x01\x00\x00\x00i\x02\x00\x00\x00", "[2]"),
        (b"{z\x01ai\x01\x00\x00\x000", "{'a': 1}"),
        (
            b">\x02\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00",
            "frozenset({1, 2})",
        ),
    ];
    for (data, repr) in cases {
        let obj = loads(data).unwrap_or_else(|e| panic!("{data:?}: {e}"));
        assert_eq!(bytecode::repr::repr(&obj), *repr);
        assert_eq!(dumps(&obj), *data, "dump of {repr}");
    }
    // Text forms (written by old marshal versions) are read too.
    let f = loads(b"f\x031.5").unwrap();
    assert!(matches!(f.value(), Value::Float(v) if *v == 1.5));
    let big = loads(b"l\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00").unwrap();
    assert_eq!(bytecode::repr::repr(&big), (1u128 << 60).to_string());
    assert!(matches!(big.value(), Value::Int(PyInt::Small(_))));
}

#[test]
fn references_resolve_to_the_same_object_and_dump_back() {
    // ('ab', 'ab') written with FLAG_REF on the string and a back-reference.
    let data = b")\x02\xda\x02abr\x00\x00\x00\x00";
    let obj = loads(data).unwrap();
    let items = obj.as_tuple().unwrap();
    assert!(Obj::ptr_eq(&items[0], &items[1]));
    assert!(items[0].flagged());
    assert_eq!(dumps(&obj), data);
    // A flagged container reserves its slot before its items.
    let data = b"\xa9\x01\xe9\x07\x00\x00\x00";
    let obj = loads(data).unwrap();
    assert_eq!(dumps(&obj), data);
    // Referring to a container still being read is refused.
    assert!(loads(b"\xa9\x01r\x00\x00\x00\x00").is_err());
}

#[test]
fn pyc_headers() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/dis/functions.pyc"
    );
    let bytes = std::fs::read(path).unwrap();
    let p = pyc::read(&bytes).unwrap();
    assert!(p.is_hash_based());
    assert_eq!(pyc::write(&p), bytes);
    let mut bad = bytes.clone();
    bad[0] = 0;
    let e = pyc::read(&bad).err().unwrap();
    assert!(e.message.contains("bad magic number"), "{e}");
    assert!(pyc::read(&bytes[..10]).is_err());
    let e = pyc::read(&bytes[..40]).err().unwrap();
    assert!(e.offset <= 40 && e.offset >= 16, "{e}");
}

#[test]
fn every_fixture_round_trips_byte_for_byte() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/dis");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "pyc") {
            let bytes = std::fs::read(&path).unwrap();
            let p = pyc::read(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(
                pyc::write(&p) == bytes,
                "{} does not round-trip",
                path.display()
            );
            n += 1;
        }
    }
    assert!(n >= 13);
}
