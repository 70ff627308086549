//! The numeric hashes of CPython 3.11 (`Python/pyhash.c`, `Objects/longobject.c`,
//! `Objects/complexobject.c`) and exact comparison between ints and floats.
//!
//! Python makes numbers that compare equal hash equal across types (`hash(1) == hash(1.0) ==
//! hash(True) == hash(1+0j)`) by hashing every rational `x` as `x mod P` with the Mersenne
//! prime `P = 2**61 - 1`, keeping the sign. Because `2**61 ≡ 1 (mod P)`, multiplying by a
//! power of two modulo `P` is a rotation within 61 bits, which is how floats are reduced.

use crate::object::PyInt;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `_PyHASH_BITS` on 64-bit builds.
const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS`, `sys.hash_info.modulus`.
pub(crate) const MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `sys.hash_info.inf`: the hash of `inf` (negated for `-inf`).
const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part's hash.
const HASH_IMAG: u64 = 1_000_003;

/// CPython reserves -1 for "error", so a hash that comes out as -1 becomes -2.
pub(crate) fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)`: `sign(v) * (|v| mod P)`, with -1 mapped to -2 (so `hash(-1) == -2`).
pub fn hash_int(v: &PyInt) -> i64 {
    let (negative, residue) = match v {
        PyInt::Small(v) => (*v < 0, v.unsigned_abs() % MODULUS),
        PyInt::Big(b) => (
            b.sign() == Sign::Minus,
            (b.magnitude() % MODULUS).to_u64().unwrap_or(0),
        ),
    };
    // residue < 2**61, so the conversion and negation cannot overflow.
    let h = residue as i64;
    fix_minus_one(if negative { -h } else { h })
}

/// The exact value of a finite float as `(negative, mantissa, exponent)` with
/// `|v| == mantissa * 2**exponent` and `mantissa < 2**53`.
pub(crate) fn decompose(v: f64) -> (bool, u64, i32) {
    let bits = v.to_bits();
    let negative = bits >> 63 != 0;
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        // Zero or subnormal: no implicit leading bit, fixed exponent.
        (negative, fraction, -1074)
    } else {
        (negative, fraction | (1 << 52), biased - 1075)
    }
}

/// `hash(float)` (`_Py_HashDouble`). `None` for NaN: since 3.10 a NaN hashes by the address
/// of its object (`sys.hash_info.nan` is no longer used), which pyvm cannot reproduce.
pub fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (negative, mantissa, exponent) = decompose(v);
    // mantissa < 2**53 < P is already reduced; multiplying by 2**exponent modulo P is a
    // rotation by `exponent mod 61` within 61 bits. CPython peels 28-bit chunks off `frexp`
    // instead, which yields the same residue in [0, P).
    let shift = exponent.rem_euclid(HASH_BITS as i32) as u32;
    let residue = if shift == 0 {
        mantissa
    } else {
        ((mantissa << shift) & MODULUS) | (mantissa >> (HASH_BITS - shift))
    };
    let h = residue as i64;
    Some(fix_minus_one(if negative { -h } else { h }))
}

/// `hash(complex)`: `hash(real) + 1000003 * hash(imag)` in wrapping unsigned arithmetic.
/// `None` if either part is NaN (then CPython hashes by address).
pub fn hash_complex(real: f64, imag: f64) -> Option<i64> {
    let r = hash_float(real)? as u64;
    let i = hash_float(imag)? as u64;
    Some(fix_minus_one(
        r.wrapping_add(HASH_IMAG.wrapping_mul(i)) as i64
    ))
}

/// `int == float`, exactly (no rounding of the int), as `float_richcompare` does.
pub(crate) fn int_eq_float(i: &PyInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match i {
        // Both sides are exact in an f64 when |i| < 2**53.
        PyInt::Small(v) if v.unsigned_abs() < (1 << 53) => *v as f64 == f,
        _ => float_to_big(f) == i.to_big(),
    }
}

/// The exact integer value of an integral finite float.
fn float_to_big(f: f64) -> BigInt {
    let (negative, mantissa, exponent) = decompose(f);
    let magnitude = if exponent >= 0 {
        BigInt::from(mantissa) << exponent as u32
    } else {
        // Integral, so the shifted-out bits are zero.
        BigInt::from(mantissa >> (-exponent).min(63) as u32)
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hash_agrees_with_int_hash_on_integers() {
        for v in [
            0i64,
            1,
            -1,
            2,
            1 << 52,
            (1 << 53) + 2,
            -(1 << 60),
            i64::MAX - 1023,
        ] {
            let f = v as f64;
            let exact = PyInt::from_big(float_to_big(f));
            assert_eq!(hash_float(f), Some(hash_int(&exact)), "{v}");
            assert!(int_eq_float(&exact, f));
        }
        let huge = 2f64.powi(1000);
        let exact = PyInt::from_big(BigInt::from(1) << 1000u32);
        assert_eq!(hash_float(huge), Some(hash_int(&exact)));
        assert!(int_eq_float(&exact, huge));
        assert!(!int_eq_float(&PyInt::Small(1), 1.5));
    }

    #[test]
    fn special_float_hashes() {
        assert_eq!(hash_float(f64::INFINITY), Some(314159));
        assert_eq!(hash_float(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_float(f64::NAN), None);
        assert_eq!(hash_float(-0.0), Some(0));
        assert_eq!(hash_float(-1.0), Some(-2));
        // 5e-324 == 2**-1074 ≡ 2**(-1074 mod 61) == 2**24 (mod P); CPython agrees.
        assert_eq!(hash_float(5e-324), Some(1 << 24));
    }
}
