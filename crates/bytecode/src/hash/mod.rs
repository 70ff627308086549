//! CPython 3.11's `hash()` for constants, Python equality between them, and the iteration
//! order of sets built from them.
//!
//! A frozenset constant is rebuilt by inserting its elements (in marshal order) into a fresh
//! set when a `.pyc` is loaded, so the order `dis` prints it in depends on the element hashes
//! in that process. pyvm reproduces those hashes exactly — SipHash-1-3 over the string's
//! internal representation keyed from `PYTHONHASHSEED`, the modular integer and float hashes,
//! the xxHash-based tuple hash, the frozenset hash — and simulates the set table
//! ([`set_iteration_order`]) to get the same order. The VM's own hashing will reuse these.
//!
//! Hashes CPython derives from an object's address (`None`, `...`, NaN, code objects in
//! 3.11) are not reproducible; [`hash`] returns `None` for them.

mod numeric;
mod set_order;
mod siphash;

pub use numeric::{hash_complex, hash_float, hash_int};
pub(crate) use set_order::representatives;
pub use set_order::{resize_target, set_iteration_order, table_size, Probe, PYSET_MINSIZE};

use crate::object::{Obj, PyInt, PyStr, Value};
use numeric::fix_minus_one;
use siphash::{siphash13, SipHash13};

/// The SipHash key of a CPython process (`_Py_HashSecret.siphash`), which
/// `PYTHONHASHSEED` determines.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct HashSecret {
    k0: u64,
    k1: u64,
}

impl HashSecret {
    /// The key of a CPython process started with `PYTHONHASHSEED=seed`.
    ///
    /// Seed 0 disables randomisation: the secret is all zeros. Any other seed fills the
    /// whole 24-byte `_Py_HashSecret_t` union with the bytes of a linear congruential
    /// generator (`lcg_urandom` in `Python/bootstrap_hash.c`: `x = x * 214013 + 2531011`
    /// modulo 2**32, emitting bits 16..24 of each state); SipHash uses the first 16 bytes
    /// as two little-endian words.
    pub fn from_seed(seed: u32) -> HashSecret {
        if seed == 0 {
            return HashSecret::default();
        }
        let mut state = seed;
        let mut next_byte = || {
            state = state.wrapping_mul(214_013).wrapping_add(2_531_011);
            (state >> 16) as u8
        };
        let mut word = || u64::from_le_bytes(std::array::from_fn(|_| next_byte()));
        let k0 = word();
        let k1 = word();
        HashSecret { k0, k1 }
    }

    /// A secret with the given SipHash key words (for a randomly seeded process).
    pub fn from_key(k0: u64, k1: u64) -> HashSecret {
        HashSecret { k0, k1 }
    }
}

/// `hash(bytes)` (`_Py_HashBytes`): 0 for the empty input, else SipHash-1-3 with -1
/// mapped to -2. (`Py_HASH_CUTOFF` is 0 in standard builds, so short inputs are not
/// special-cased.)
pub fn hash_bytes(data: &[u8], secret: &HashSecret) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(secret.k0, secret.k1, data) as i64)
}

/// `hash(str)`: [`hash_bytes`] over CPython's internal form of the string: one byte per code
/// point if all are below 256, else two if all are below 65536, else four; little-endian.
/// Lone surrogates are code points like any other.
pub fn hash_str(s: &PyStr, secret: &HashSecret) -> i64 {
    if s.is_ascii() {
        // The UTF-8 bytes are the one-byte form.
        return hash_bytes(s.generalized_utf8(), secret);
    }
    hash_code_points(s.code_points(), s.max_char(), secret)
}

/// [`hash_str`] for text held as a Rust `str` (the VM's strings).
pub fn hash_text(s: &str, secret: &HashSecret) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes(), secret);
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    hash_code_points(s.chars().map(u32::from), max, secret)
}

/// SipHash over the fixed-width form of a non-ASCII string whose largest code point is `max`.
fn hash_code_points(cps: impl Iterator<Item = u32>, max: u32, secret: &HashSecret) -> i64 {
    let width = match max {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        _ => 4,
    };
    let mut hasher = SipHash13::new(secret.k0, secret.k1);
    // Widen through a small buffer rather than allocating the whole representation.
    let mut buf = [0u8; 256];
    let mut len = 0;
    for cp in cps {
        buf[len..len + width].copy_from_slice(&cp.to_le_bytes()[..width]);
        len += width;
        if len > buf.len() - 4 {
            hasher.write(&buf[..len]);
            len = 0;
        }
    }
    hasher.write(&buf[..len]);
    // A non-ASCII string is never empty, so the empty-input rule does not apply.
    fix_minus_one(hasher.finish() as i64)
}

/// `hash(tuple)` (3.8+ `tuplehash`, after xxHash64): each item's hash is a lane mixed into
/// an accumulator; the length is folded in at the end.
fn hash_tuple(items: &[Obj], secret: &HashSecret) -> Option<i64> {
    let mut lanes = Vec::with_capacity(items.len());
    for item in items {
        lanes.push(hash(item, secret)?);
    }
    Some(tuple_hash(&lanes))
}

/// The tuple hash of items whose hashes are `lanes` (shared with the VM's `tuple.__hash__`).
pub fn tuple_hash(lanes: &[i64]) -> i64 {
    const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
    const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
    const XXPRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = XXPRIME_5;
    for &lane in lanes {
        acc = acc
            .wrapping_add((lane as u64).wrapping_mul(XXPRIME_2))
            .rotate_left(31)
            .wrapping_mul(XXPRIME_1);
    }
    // The constant keeps hash(()) at its historical value.
    acc = acc.wrapping_add(lanes.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// `hash(frozenset)`: an order-independent xor of the members' shuffled hashes, then the
/// member count and a final dispersion (`frozenset_hash`).
fn hash_frozenset(items: &[Obj], secret: &HashSecret) -> Option<i64> {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let reps = representatives(items.len(), |i| &items[i], secret);
    let mut acc: u64 = 0;
    let mut members: u64 = 0;
    for (i, item) in items.iter().enumerate() {
        if reps[i] == i {
            acc ^= shuffle(hash(item, secret)? as u64);
            members += 1;
        }
    }
    acc ^= (members + 1).wrapping_mul(1_927_868_237);
    acc ^= (acc >> 11) ^ (acc >> 25);
    acc = acc.wrapping_mul(69_069).wrapping_add(907_133_923);
    Some(if acc == u64::MAX {
        590_923_713
    } else {
        acc as i64
    })
}

/// `hash(obj)` as CPython 3.11 computes it in a process whose hash secret is `secret`.
///
/// `None` when the object is unhashable (list, dict, set) or its hash is not reproducible:
/// `None`, `...` and code objects hash by address in 3.11 (code objects have a content hash,
/// which pyvm does not implement), as do NaN floats and anything containing one of these.
/// `StopIteration` is a class, also hashed by address.
pub fn hash(obj: &Obj, secret: &HashSecret) -> Option<i64> {
    match obj.value() {
        Value::Bool(b) => Some(*b as i64),
        Value::Int(i) => Some(hash_int(i)),
        Value::Float(f) => hash_float(*f),
        Value::Complex { real, imag } => hash_complex(*real, *imag),
        Value::Str(s) => Some(hash_str(s, secret)),
        Value::Bytes(b) => Some(hash_bytes(b, secret)),
        Value::Tuple(items) => hash_tuple(items, secret),
        Value::FrozenSet(items) => hash_frozenset(items, secret),
        Value::None
        | Value::StopIteration
        | Value::Ellipsis
        | Value::Code(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Set(_) => None,
    }
}

/// `a == b` for constants, as Python evaluates it.
///
/// Numbers compare by value across types (`1 == 1.0 == True == (1+0j)`, exactly, with no
/// rounding of big ints); `str` never equals `bytes`; tuples and lists compare element-wise
/// and sets and frozensets as sets, where an element is equal to itself even if it is NaN
/// (containers compare with `PyObject_RichCompareBool`, which checks identity first); a
/// NaN is unequal to itself at top level. Code objects are compared by identity only (CPython
/// compares their contents; pyvm never needs that for constants).
pub fn py_eq(a: &Obj, b: &Obj) -> bool {
    match (a.value(), b.value()) {
        (Value::Str(x), Value::Str(y)) => x.generalized_utf8() == y.generalized_utf8(),
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) | (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_or_equal(p, q))
        }
        (Value::FrozenSet(x) | Value::Set(x), Value::FrozenSet(y) | Value::Set(y)) => {
            let contains = |set: &[Obj], o: &Obj| set.iter().any(|e| same_or_equal(e, o));
            x.iter().all(|o| contains(y, o)) && y.iter().all(|o| contains(x, o))
        }
        (Value::Dict(x), Value::Dict(y)) => dict_eq(x, y),
        (Value::None, Value::None)
        | (Value::Ellipsis, Value::Ellipsis)
        | (Value::StopIteration, Value::StopIteration) => true,
        (Value::Code(_), Value::Code(_)) => Obj::ptr_eq(a, b),
        _ => match (as_number(a), as_number(b)) {
            (Some(x), Some(y)) => numbers_equal(x, y),
            _ => false,
        },
    }
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity implies equality.
pub(crate) fn same_or_equal(a: &Obj, b: &Obj) -> bool {
    Obj::ptr_eq(a, b) || py_eq(a, b)
}

/// A number's value for cross-type comparison.
#[derive(Clone, Copy)]
enum Number<'a> {
    Int(&'a PyInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_number(obj: &Obj) -> Option<Number<'_>> {
    match obj.value() {
        Value::Bool(b) => Some(Number::Float(*b as u8 as f64)),
        Value::Int(i) => Some(Number::Int(i)),
        Value::Float(f) => Some(Number::Float(*f)),
        Value::Complex { real, imag } => Some(Number::Complex(*real, *imag)),
        _ => None,
    }
}

fn numbers_equal(a: Number<'_>, b: Number<'_>) -> bool {
    use Number::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Int(i), Float(f)) | (Float(f), Int(i)) => numeric::int_eq_float(i, f),
        (Complex(r1, i1), Complex(r2, i2)) => r1 == r2 && i1 == i2,
        // A complex equals a real number when its imaginary part is zero and its real part
        // equals the number (`complex_richcompare`).
        (Complex(r, i), other) | (other, Complex(r, i)) => {
            i == 0.0 && numbers_equal(Float(r), other)
        }
    }
}

/// Dict equality over the dicts CPython would build from these marshal pairs (a repeated key
/// keeps its first key object and its last value).
fn dict_eq(x: &[(Obj, Obj)], y: &[(Obj, Obj)]) -> bool {
    let secret = HashSecret::default();
    let (ex, ey) = (dict_entries(x, &secret), dict_entries(y, &secret));
    ex.len() == ey.len()
        && ex.iter().all(|&(kx, vx)| {
            ey.iter().any(|&(ky, vy)| {
                same_or_equal(&x[kx].0, &y[ky].0) && same_or_equal(&x[vx].1, &y[vy].1)
            })
        })
}

/// The entries of the dict CPython builds by inserting `pairs` in order: for each distinct
/// key, the index of the pair holding its (first) key object and of the pair holding its
/// (last) value, in first-insertion order.
pub(crate) fn dict_entries(pairs: &[(Obj, Obj)], secret: &HashSecret) -> Vec<(usize, usize)> {
    let reps = representatives(pairs.len(), |i| &pairs[i].0, secret);
    let mut entries: Vec<(usize, usize)> = Vec::with_capacity(pairs.len());
    // Position in `entries` of each representative.
    let mut position = vec![usize::MAX; pairs.len()];
    for (i, &rep) in reps.iter().enumerate() {
        if rep == i {
            position[i] = entries.len();
            entries.push((i, i));
        } else {
            entries[position[rep]].1 = i;
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn s(text: &str) -> Obj {
        Obj::new(Value::Str(PyStr::new(text, false)))
    }

    #[test]
    fn text_hash_matches_cpython_for_each_width() {
        // `PYTHONHASHSEED=0 python3.11 -c 'print(hash(s))'` for 1-, 2- and 4-byte forms.
        let secret = HashSecret::from_seed(0);
        for (text, expected) in [
            ("abc", -4_594_863_902_769_663_758i64),
            ("héllo", 6_395_329_678_795_984_700),
            ("a€b", -6_176_261_434_700_135_861),
            ("x😀", -4_086_645_887_891_144_435),
        ] {
            assert_eq!(hash_text(text, &secret), expected, "{text}");
            assert_eq!(
                hash_str(&PyStr::new(text, false), &secret),
                expected,
                "{text}"
            );
        }
    }

    fn int(v: i64) -> Obj {
        Obj::new(Value::Int(PyInt::Small(v)))
    }

    fn float(v: f64) -> Obj {
        Obj::new(Value::Float(v))
    }

    #[test]
    fn hashes_match_cpython_with_seed_zero() {
        // Recorded: PYTHONHASHSEED=0 python3.11 -c "print(hash('a'), ...)"
        let k = HashSecret::default();
        assert_eq!(hash(&s("a"), &k), Some(4644417185603328019));
        let b = Obj::new(Value::Bytes(b"abc".to_vec().into()));
        assert_eq!(hash(&b, &k), Some(-4594863902769663758));
        assert_eq!(hash(&s("é"), &k), Some(6047309291227476195));
        assert_eq!(hash(&s("\u{1234}x"), &k), Some(5771455881126182464));
        assert_eq!(hash(&s("\u{1F600}"), &k), Some(-3536540696076613844));
        assert_eq!(hash(&s(""), &k), Some(0));
        assert_eq!(hash(&float(1.5), &k), Some(1152921504606846977));
        let t = Obj::new(Value::Tuple(vec![int(1), int(2)].into()));
        assert_eq!(hash(&t, &k), Some(-3550055125485641917));
        let fs = Obj::new(Value::FrozenSet(vec![int(1), int(2)].into()));
        assert_eq!(hash(&fs, &k), Some(-1826646154956904602));
        assert_eq!(hash(&int(-1), &k), Some(-2));
        let big = Obj::new(Value::Int(PyInt::from_big(BigInt::from(1) << 61u32)));
        assert_eq!(hash(&big, &k), Some(1));
        let c = Obj::new(Value::Complex {
            real: 1.0,
            imag: 2.0,
        });
        assert_eq!(hash(&c, &k), Some(2000007));
        assert_eq!(hash(&Obj::new(Value::None), &k), None);
        assert_eq!(hash(&float(f64::NAN), &k), None);
    }

    #[test]
    fn seeds_derive_the_key_like_cpython() {
        // PYTHONHASHSEED=7 python3.11 -c "print(hash('a'))"; PYTHONHASHSEED=1 likewise.
        assert_eq!(
            hash(&s("a"), &HashSecret::from_seed(7)),
            Some(6412522626967419924)
        );
        assert_eq!(
            hash(&s("a"), &HashSecret::from_seed(1)),
            Some(-3012895188637184397)
        );
        assert_eq!(HashSecret::from_seed(0), HashSecret::default());
    }

    #[test]
    fn equality_across_types() {
        let t = Obj::new(Value::Bool(true));
        let c = Obj::new(Value::Complex {
            real: 1.0,
            imag: 0.0,
        });
        let one = [int(1), float(1.0), t, c];
        for a in &one {
            for b in &one {
                assert!(py_eq(a, b));
            }
        }
        assert!(!py_eq(
            &s("a"),
            &Obj::new(Value::Bytes(b"a".to_vec().into()))
        ));
        let nan = float(f64::NAN);
        assert!(!py_eq(&nan, &nan), "NaN is unequal to itself at top level");
        let t1 = Obj::new(Value::Tuple(vec![nan.clone()].into()));
        let t2 = Obj::new(Value::Tuple(vec![nan.clone()].into()));
        assert!(py_eq(&t1, &t2), "but identical inside containers");
        let big = Obj::new(Value::Int(PyInt::from_big(BigInt::from(1) << 80u32)));
        assert!(py_eq(&big, &float(2f64.powi(80))));
        assert!(!py_eq(&big, &float(2f64.powi(80) * (1.0 + f64::EPSILON))));
        let fs1 = Obj::new(Value::FrozenSet(vec![int(1), int(2)].into()));
        let fs2 = Obj::new(Value::FrozenSet(vec![float(2.0), int(1)].into()));
        assert!(py_eq(&fs1, &fs2));
    }

    #[test]
    fn set_order_dedups_equal_numbers() {
        let k = HashSecret::default();
        let t = Obj::new(Value::Bool(true));
        let order = set_iteration_order(&[int(1), float(1.0), t, int(9), int(2)], &k);
        // list(frozenset([1, 1.0, True, 9, 2])) == [1, 2, 9]: 9 collides with 1 in slot 1
        // and is perturbed to slot 6.
        assert_eq!(order, vec![0, 4, 3]);
    }

    #[test]
    fn set_order_resizes_like_cpython() {
        // list(frozenset(range(20, 0, -1))) == list(range(1, 21)) in CPython: small ints hash
        // to themselves and the table grows 8 -> 32 -> 128 slots.
        let elements: Vec<Obj> = (1..=20).rev().map(int).collect();
        let order = set_iteration_order(&elements, &HashSecret::default());
        let values: Vec<usize> = order.iter().map(|&i| 20 - i).collect();
        assert_eq!(values, (1..=20).collect::<Vec<_>>());
    }

    #[test]
    fn unreproducible_hashes_fall_back_to_insertion_order() {
        let nan = float(f64::NAN);
        let order = set_iteration_order(
            &[int(3), nan.clone(), int(1), nan, float(3.0)],
            &HashSecret::default(),
        );
        assert_eq!(order, vec![0, 1, 2]);
    }

    #[test]
    fn dict_entries_keep_first_key_and_last_value() {
        let pairs = vec![(int(1), s("a")), (s("k"), s("b")), (float(1.0), s("c"))];
        assert_eq!(
            dict_entries(&pairs, &HashSecret::default()),
            vec![(0, 2), (1, 1)]
        );
    }
}
