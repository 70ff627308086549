//! Complex arithmetic as CPython 3.11's `complexobject.c` computes it (`_Py_c_prod`,
//! `_Py_c_quot` with Smith's algorithm, `complex_pow` with repeated squaring for small
//! integral exponents). The compiler's constant folding and the VM's operators both use
//! these, so `(1+2j)**2` folded at compile time equals `pow(1+2j, 2.0)` computed at run time.

/// A complex number as (real, imaginary).
pub type Complex = (f64, f64);

/// Why `pow` has no result: CPython's ZeroDivisionError or OverflowError.
#[derive(Debug, PartialEq, Eq)]
pub enum PowError {
    /// `0.0 to a negative or complex power`.
    ZeroToNegative,
    /// `complex exponentiation` (a part overflowed to infinity).
    Overflow,
}

/// `_Py_c_prod`.
pub fn prod((ar, ai): Complex, (br, bi): Complex) -> Complex {
    (ar * br - ai * bi, ar * bi + ai * br)
}

/// `_Py_c_quot`: `None` for a zero divisor (ZeroDivisionError); NaN parts when the
/// divisor's parts are NaN.
pub fn quot((ar, ai): Complex, (br, bi): Complex) -> Option<Complex> {
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `complex_pow`: integral exponents up to 100 in magnitude by repeated squaring
/// (`c_powi`), others by the polar formula (`_Py_c_pow`).
pub fn pow(a: Complex, b: Complex) -> Result<Complex, PowError> {
    let (br, bi) = b;
    let r = if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
        let n = br as i64;
        if n > 0 {
            powu(a, n)
        } else {
            // `c_powi` divides 1 by the positive power; a zero base then divides by zero.
            quot((1.0, 0.0), powu(a, -n)).ok_or(PowError::ZeroToNegative)?
        }
    } else {
        polar_pow(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(r)
}

/// `c_powu`: `x ** n` for n >= 0 by binary exponentiation.
fn powu(x: Complex, n: i64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1i64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `_Py_c_pow`.
fn polar_pow((ar, ai): Complex, (br, bi): Complex) -> Result<Complex, PowError> {
    if br == 0.0 && bi == 0.0 {
        return Ok((1.0, 0.0));
    }
    if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_integral_powers_are_exact_products() {
        assert_eq!(pow((1.0, 2.0), (2.0, 0.0)), Ok((-3.0, 4.0)));
        assert_eq!(pow((1.0, 2.0), (3.0, 0.0)), Ok((-11.0, -2.0)));
        assert_eq!(pow((1.0, 1.0), (-2.0, 0.0)), Ok((0.0, -0.5)));
        assert_eq!(pow((0.0, 0.0), (-1.0, 0.0)), Err(PowError::ZeroToNegative));
        assert_eq!(pow((0.0, 0.0), (0.5, 1.0)), Err(PowError::ZeroToNegative));
        assert_eq!(pow((1e200, 0.0), (2.0, 0.0)), Err(PowError::Overflow));
    }

    #[test]
    fn quotient_follows_smiths_algorithm() {
        assert_eq!(quot((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(quot((1.0, 2.0), (1.0, 2.0)), Some((1.0, 0.0)));
        let nan = quot((1.0, 2.0), (f64::NAN, 1.0)).unwrap();
        assert!(nan.0.is_nan() && nan.1.is_nan());
    }
}
