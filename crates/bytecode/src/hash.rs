//! CPython 3.11's `hash()` for constants, Python equality, and set iteration order.
//!
//! A frozenset constant is rebuilt by inserting its elements (in marshal order) into a fresh
//! set when a `.pyc` is loaded, so the order `dis` prints it in depends on the element hashes
//! in that process. pyvm reproduces those hashes exactly — SipHash-1-3 over the string's
//! internal representation keyed from `PYTHONHASHSEED`, the modular integer and float hashes,
//! the xxHash-style tuple hash — and simulates the set table (`Objects/setobject.c`) to get the
//! same order. The VM's own hashing will reuse these functions.

use crate::object::{Obj, PyInt, Value};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::ToPrimitive;

/// `_PyHASH_BITS` and `_PyHASH_MODULUS` (2**61 - 1) on 64-bit builds.
const HASH_BITS: u32 = 61;
const MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;
const HASH_IMAG: u64 = 1000003;

/// The SipHash key CPython derives from `PYTHONHASHSEED`.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct HashSecret {
    k0: u64,
    k1: u64,
}

impl HashSecret {
    /// The key a CPython process started with `PYTHONHASHSEED=seed` uses. Seed 0 disables
    /// randomisation (an all-zero key); other seeds fill the secret with CPython's LCG.
    pub fn from_seed(seed: u32) -> HashSecret {
        if seed == 0 {
            return HashSecret::default();
        }
        let mut x = seed;
        let mut bytes = [0u8; 16];
        for b in bytes.iter_mut() {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = ((x >> 16) & 0xff) as u8;
        }
        let (lo, hi) = bytes.split_at(8);
        HashSecret {
            k0: u64::from_le_bytes(lo.try_into().unwrap_or([0; 8])),
            k1: u64::from_le_bytes(hi.try_into().unwrap_or([0; 8])),
        }
    }
}

/// SipHash-1-3 (`Python/pyhash.c`), CPython 3.11's string and bytes hash.
fn siphash13(secret: &HashSecret, data: &[u8]) -> u64 {
    let mut v0 = secret.k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = secret.k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = secret.k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = secret.k1 ^ 0x7465_6462_7974_6573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13) ^ v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16) ^ v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21) ^ v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17) ^ v2;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let m = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v3 ^= last;
    round!();
    v0 ^= last;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

/// `_Py_HashBytes`: empty input hashes to 0, and -1 is reserved for errors.
fn hash_bytes(secret: &HashSecret, data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(secret, data) as i64)
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A `str` is hashed over CPython's internal form: 1, 2 or 4 bytes per code point, chosen by
/// the largest code point, little-endian.
fn hash_str(secret: &HashSecret, s: &crate::object::PyStr) -> i64 {
    let max = s.max_char();
    let mut buf = Vec::with_capacity(s.generalized_utf8().len() * 2);
    for cp in s.code_points() {
        match max {
            0..=0xFF => buf.push(cp as u8),
            0x100..=0xFFFF => buf.extend_from_slice(&(cp as u16).to_le_bytes()),
            _ => buf.extend_from_slice(&cp.to_le_bytes()),
        }
    }
    hash_bytes(secret, &buf)
}

/// `long_hash`: the value modulo 2**61 - 1, keeping the sign.
fn hash_int(v: &PyInt) -> i64 {
    let h = match v {
        PyInt::Small(v) => {
            let m = (v.unsigned_abs() % MODULUS) as i64;
            if *v < 0 {
                -m
            } else {
                m
            }
        }
        PyInt::Big(b) => {
            let m = (b.magnitude() % MODULUS).to_i64().unwrap_or(0);
            if b.sign() == Sign::Minus {
                -m
            } else {
                m
            }
        }
    };
    fix_minus_one(h)
}

/// `_Py_HashDouble` for finite and infinite values; NaN hashes by identity in 3.11.
fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    Some(fix_minus_one((x as i64).wrapping_mul(sign)))
}

/// `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// The xxHash-based `tuplehash` of 3.8+.
fn hash_tuple(items: &[Obj], secret: &HashSecret) -> Option<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for item in items {
        let lane = hash(item, secret)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    Some(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

/// `frozenset_hash`: independent of table layout, a mix of the members' hashes.
fn hash_frozenset(items: &[Obj], secret: &HashSecret) -> Option<i64> {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let order = set_iteration_order(items, secret);
    let mut h: u64 = 0;
    for &i in &order {
        h ^= shuffle(hash(&items[i], secret)? as u64);
    }
    h ^= (order.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    Some(if h == u64::MAX { 590923713 } else { h as i64 })
}

/// `hash(obj)` as CPython 3.11 computes it, or `None` when it is not reproducible (hashed by
/// address: `None`, `...`, NaN, code objects) or the object is unhashable.
pub fn hash(obj: &Obj, secret: &HashSecret) -> Option<i64> {
    match obj.value() {
        Value::Bool(b) => Some(*b as i64),
        Value::Int(i) => Some(hash_int(i)),
        Value::Float(f) => hash_float(*f),
        Value::Complex { real, imag } => {
            let r = hash_float(*real)? as u64;
            let i = hash_float(*imag)? as u64;
            Some(fix_minus_one(
                r.wrapping_add(HASH_IMAG.wrapping_mul(i)) as i64
            ))
        }
        Value::Str(s) => Some(hash_str(secret, s)),
        Value::Bytes(b) => Some(hash_bytes(secret, b)),
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

/// A number as an exact rational-free form for cross-type equality.
enum Num<'a> {
    Int(&'a PyInt),
    Float(f64),
}

fn as_real(obj: &Obj) -> Option<Num<'_>> {
    match obj.value() {
        Value::Bool(b) => Some(Num::Float(*b as i64 as f64)),
        Value::Int(i) => Some(Num::Int(i)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Complex { real, imag } if *imag == 0.0 => Some(Num::Float(*real)),
        _ => None,
    }
}

fn int_eq_float(i: &PyInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match i {
        PyInt::Small(v) if v.unsigned_abs() < (1 << 53) => *v as f64 == f,
        _ => float_to_big(f) == i.to_big(),
    }
}

/// The exact integer value of an integral finite float.
fn float_to_big(f: f64) -> BigInt {
    let (m, e) = frexp(f);
    // m * 2**53 is an exact integer; shift by the rest of the exponent.
    let mantissa = BigInt::from((m * 9007199254740992.0) as i64);
    let shift = e - 53;
    if shift >= 0 {
        mantissa << shift as u32
    } else {
        mantissa.div_floor(&(BigInt::from(1) << (-shift) as u32))
    }
}

/// `a == b` for constants, as Python compares them.
pub fn py_eq(a: &Obj, b: &Obj) -> bool {
    if Obj::ptr_eq(a, b) {
        // Identity implies equality in containers, even for NaN.
        return true;
    }
    match (a.value(), b.value()) {
        (Value::Str(x), Value::Str(y)) => x.generalized_utf8() == y.generalized_utf8(),
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) | (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
        }
        (Value::FrozenSet(x), Value::FrozenSet(y))
        | (Value::Set(x), Value::Set(y))
        | (Value::Set(x), Value::FrozenSet(y))
        | (Value::FrozenSet(x), Value::Set(y)) => {
            let contains = |set: &[Obj], o: &Obj| set.iter().any(|e| py_eq(e, o));
            x.iter().all(|o| contains(y, o)) && y.iter().all(|o| contains(x, o))
        }
        (Value::None, Value::None)
        | (Value::Ellipsis, Value::Ellipsis)
        | (Value::StopIteration, Value::StopIteration) => true,
        (Value::Complex { real: r1, imag: i1 }, Value::Complex { real: r2, imag: i2 }) => {
            r1 == r2 && i1 == i2
        }
        _ => match (as_real(a), as_real(b)) {
            (Some(Num::Int(x)), Some(Num::Int(y))) => x == y,
            (Some(Num::Float(x)), Some(Num::Float(y))) => x == y,
            (Some(Num::Int(i)), Some(Num::Float(f))) | (Some(Num::Float(f)), Some(Num::Int(i))) => {
                int_eq_float(i, f)
            }
            _ => false,
        },
    }
}

/// `PySet_MINSIZE` and `LINEAR_PROBES`, `PERTURB_SHIFT`.
const SET_MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// In 3.11 `None` and `...` hash by address (`_Py_HashPointer`: the address rotated right by
/// four bits). Address-space randomisation moves whole pages, so the low 12 bits of their
/// addresses are fixed for a given CPython build, and a set of up to 256 slots places them
/// by those bits alone unless probing perturbs. Measured on the reference CPython 3.11.7
/// (x86-64 Linux): `id(None) % 4096 == 3040`, `id(...) % 4096 == 3680`. The higher bits are
/// a typical shared-library address; CPython's own order varies run to run only where they
/// matter.
const NONE_ADDRESS: u64 = 0x7f00_0000_0000 | 3040;
const ELLIPSIS_ADDRESS: u64 = 0x7f00_0000_0000 | 3680;

fn pointer_hash(address: u64) -> i64 {
    fix_minus_one(address.rotate_right(4) as i64)
}

/// The hash a set uses for placement: [`hash`], or the address hash emulated above.
fn set_hash(obj: &Obj, secret: &HashSecret) -> Option<i64> {
    match obj.value() {
        Value::None => Some(pointer_hash(NONE_ADDRESS)),
        Value::Ellipsis => Some(pointer_hash(ELLIPSIS_ADDRESS)),
        _ => hash(obj, secret),
    }
}

/// Indices into `elements` of the members a CPython set built by inserting `elements` in
/// order keeps, listed in the set's iteration order. If any element's hash is not
/// reproducible, the insertion order (deduplicated) is the best pyvm can say.
pub fn set_iteration_order(elements: &[Obj], secret: &HashSecret) -> Vec<usize> {
    let hashes: Option<Vec<i64>> = elements.iter().map(|e| set_hash(e, secret)).collect();
    let Some(hashes) = hashes else {
        let mut kept: Vec<usize> = Vec::new();
        for (i, e) in elements.iter().enumerate() {
            if !kept.iter().any(|&k| py_eq(&elements[k], e)) {
                kept.push(i);
            }
        }
        return kept;
    };
    let mut table = SetTable::new(SET_MINSIZE);
    for (i, &h) in hashes.iter().enumerate() {
        table.add(i, h, elements, &hashes);
    }
    table.slots.iter().flatten().copied().collect()
}

/// The slots of a simulated set table, each holding an element index. Sets built from
/// constants never delete, so there are no dummy entries and `fill == used`.
struct SetTable {
    slots: Vec<Option<usize>>,
    used: usize,
}

impl SetTable {
    fn new(size: usize) -> Self {
        SetTable {
            slots: vec![None; size],
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_add_entry`: probe for the key or a free slot; resize when 3/5 full.
    fn add(&mut self, index: usize, hash: i64, elements: &[Obj], hashes: &[i64]) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j] {
                    None => {
                        self.slots[j] = Some(index);
                        self.used += 1;
                        if self.used * 5 >= mask * 3 {
                            let used = self.used;
                            self.resize(if used > 50000 { used * 2 } else { used * 4 }, hashes);
                        }
                        return;
                    }
                    Some(k) if hashes[k] == hash && py_eq(&elements[k], &elements[index]) => return,
                    Some(_) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize` + `set_insert_clean`: re-insert in old table order.
    fn resize(&mut self, minused: usize, hashes: &[i64]) {
        let mut size = SET_MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        let mask = size - 1;
        for k in old.into_iter().flatten() {
            let hash = hashes[k];
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            'probe: loop {
                if self.slots[i].is_none() {
                    self.slots[i] = Some(k);
                    break;
                }
                if i + LINEAR_PROBES <= mask {
                    for j in i + 1..=i + LINEAR_PROBES {
                        if self.slots[j].is_none() {
                            self.slots[j] = Some(k);
                            break 'probe;
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::PyStr;

    fn s(text: &str) -> Obj {
        Obj::new(Value::Str(PyStr::new(text, false)))
    }

    fn int(v: i64) -> Obj {
        Obj::new(Value::Int(PyInt::Small(v)))
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
        assert_eq!(
            hash(&Obj::new(Value::Float(1.5)), &k),
            Some(1152921504606846977)
        );
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
        // PYTHONHASHSEED=7
        assert_eq!(
            hash(&s("a"), &HashSecret::from_seed(7)),
            Some(6412522626967419924)
        );
    }

    #[test]
    fn set_order_dedups_equal_numbers() {
        let k = HashSecret::default();
        let one_f = Obj::new(Value::Float(1.0));
        let t = Obj::new(Value::Bool(true));
        let order = set_iteration_order(&[int(1), one_f, t, int(9), int(2)], &k);
        // list(frozenset([1, 1.0, True, 9, 2])) == [1, 2, 9]: 9 collides with 1 in slot 1
        // and is perturbed to slot 6.
        assert_eq!(order, vec![0, 4, 3]);
    }
}
