//! The complex functions themselves, on `(re, im)` pairs: Kahan's
//! formulas with CPython's scaling for huge and tiny arguments, so results
//! agree with CPython's bit for bit.

use super::special::{self, lookup};
use super::{CResult, MathErr, C64};
use std::f64::consts::{E, FRAC_PI_2, LN_10, LN_2};

/// Beyond this, squaring a part could overflow.
const LARGE: f64 = f64::MAX / 4.0;

/// Scaling exponent for subnormal arguments of `sqrt` and `log`.
const SCALE_UP: i32 = 53;

/// `sqrt(LARGE)`.
fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

/// `log(LARGE)`: past it, `exp`/`cosh`/`sinh` are computed scaled by `e`.
fn log_large() -> f64 {
    LARGE.ln()
}

/// Exact `x * 2**n`.
fn ldexp(x: f64, n: i32) -> f64 {
    x * 2f64.powi(n)
}

/// libm's `asinh` (Rust's differs in the last bit).
fn asinh_real(x: f64) -> f64 {
    extern "C" {
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "asinhf64")]
        fn asinh(x: f64) -> f64;
    }
    // SAFETY: a pure libm function of one double, defined for every input.
    unsafe { asinh(x) }
}

/// An infinite part from finite arguments means overflow.
fn check_range(z: C64) -> CResult {
    if z.0.is_infinite() || z.1.is_infinite() {
        Err(MathErr::Range)
    } else {
        Ok(z)
    }
}

/// `f(i*z)` rotated back by `-i`: how `sin`, `tan`, `asin` and `atan` come
/// from their hyperbolic counterparts.
pub fn via_hyperbolic(f: fn(C64) -> CResult, z: C64) -> CResult {
    let (re, im) = f((-z.1, z.0))?;
    Ok((im, -re))
}

/// Complex division (Smith's method); division by zero is a domain error.
pub fn quot(a: C64, b: C64) -> CResult {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(MathErr::Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// Principal square root.
pub fn sqrt(z: C64) -> CResult {
    if let Some(r) = lookup(&special::SQRT, z) {
        return r;
    }
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return Ok((0.0, y));
    }
    let (ax, ay) = (x.abs(), y.abs());
    // s = sqrt((|x| + |z|) / 2), computed without overflow or underflow.
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let (sx, sy) = (ldexp(ax, SCALE_UP), ldexp(ay, SCALE_UP));
        ldexp((sx + sx.hypot(sy)).sqrt(), -(SCALE_UP + 1) / 2)
    } else {
        let sx = ax / 8.0;
        2.0 * (sx + sx.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    })
}

/// Square root of a value `sqrt` never fails on.
fn root(z: C64) -> C64 {
    sqrt(z).unwrap_or((f64::NAN, f64::NAN))
}

/// `log(hypot(x, y)) + 2*log(2)`, i.e. `log(2|z|)`, for huge `z`.
fn log_double_abs(x: f64, y: f64) -> f64 {
    (x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN_2
}

/// Arc cosine.
pub fn acos(z: C64) -> CResult {
    if let Some(r) = lookup(&special::ACOS, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = log_double_abs(x, y);
        let im = if x < 0.0 {
            -l.copysign(y)
        } else {
            l.copysign(-y)
        };
        return Ok((y.abs().atan2(x), im));
    }
    let s1 = root((1.0 - x, -y));
    let s2 = root((1.0 + x, y));
    Ok((
        2.0 * s1.0.atan2(s2.0),
        asinh_real(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

/// Inverse hyperbolic cosine.
pub fn acosh(z: C64) -> CResult {
    if let Some(r) = lookup(&special::ACOSH, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return Ok((log_double_abs(x, y), y.atan2(x)));
    }
    let s1 = root((x - 1.0, y));
    let s2 = root((x + 1.0, y));
    Ok((
        asinh_real(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    ))
}

/// Inverse hyperbolic sine.
pub fn asinh(z: C64) -> CResult {
    if let Some(r) = lookup(&special::ASINH, z) {
        return r;
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = log_double_abs(x, y);
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -l.copysign(-x)
        };
        return Ok((re, y.atan2(x.abs())));
    }
    let s1 = root((1.0 + y, -x));
    let s2 = root((1.0 - y, x));
    Ok((
        asinh_real(s1.0 * s2.1 - s2.0 * s1.1),
        y.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

/// Inverse hyperbolic tangent; `atanh(+-1)` is a domain error.
pub fn atanh(z: C64) -> CResult {
    if let Some(r) = lookup(&special::ATANH, z) {
        return r;
    }
    let (x, y) = z;
    if x < 0.0 {
        let (re, im) = atanh((-x, -y))?;
        return Ok((-re, -im));
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok((x / 4.0 / h / h, -FRAC_PI_2.copysign(-y)));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(MathErr::Domain);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return Ok((re, (2f64.atan2(-ay) / 2.0).copysign(y)));
    }
    let one_minus = 1.0 - x;
    let re = (4.0 * x / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * y).atan2(one_minus * (1.0 + x) - ay * ay) / 2.0;
    Ok((re, im))
}

/// `(copysign(inf, a), copysign(inf, b))`: the infinite results of
/// `exp`/`cosh`/`sinh`/`rect` at an infinite, non-zero-angle argument.
fn signed_infinities(a: f64, b: f64) -> C64 {
    (f64::INFINITY.copysign(a), f64::INFINITY.copysign(b))
}

/// Is `z` an infinite real part with a finite non-zero imaginary part
/// (where `exp` and the hyperbolic functions compute rather than tabulate)?
fn infinite_with_angle(z: C64) -> bool {
    z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0
}

/// Exponential.
pub fn exp(z: C64) -> CResult {
    let (x, y) = z;
    if infinite_with_angle(z) {
        let (c, s) = (y.cos(), y.sin());
        return Ok(if x > 0.0 {
            signed_infinities(c, s)
        } else {
            (0f64.copysign(c), 0f64.copysign(s))
        });
    }
    if let Some(r) = lookup(&special::EXP, z) {
        return r;
    }
    let (l, scale) = if x > log_large() {
        ((x - 1.0).exp(), E)
    } else {
        (x.exp(), 1.0)
    };
    check_range((l * y.cos() * scale, l * y.sin() * scale))
}

/// `x` moved one towards zero, when `cosh(x)`/`sinh(x)` would overflow
/// although the result times `cos`/`sin` might not; with the factor to
/// multiply back (`e`, or 1 if `x` is moderate).
fn hyperbolic_arg(x: f64) -> (f64, f64) {
    if x.abs() > log_large() {
        (x - 1f64.copysign(x), E)
    } else {
        (x, 1.0)
    }
}

/// Hyperbolic cosine.
pub fn cosh(z: C64) -> CResult {
    let (x, y) = z;
    if infinite_with_angle(z) {
        let (re, im) = signed_infinities(y.cos(), y.sin());
        return Ok(if x > 0.0 { (re, im) } else { (re, -im) });
    }
    if let Some(r) = lookup(&special::COSH, z) {
        return r;
    }
    let (x, scale) = hyperbolic_arg(x);
    check_range((y.cos() * x.cosh() * scale, y.sin() * x.sinh() * scale))
}

/// Hyperbolic sine.
pub fn sinh(z: C64) -> CResult {
    let (x, y) = z;
    if infinite_with_angle(z) {
        let (re, im) = signed_infinities(y.cos(), y.sin());
        return Ok(if x > 0.0 { (re, im) } else { (-re, im) });
    }
    if let Some(r) = lookup(&special::SINH, z) {
        return r;
    }
    let (x, scale) = hyperbolic_arg(x);
    check_range((y.cos() * x.sinh() * scale, y.sin() * x.cosh() * scale))
}

/// Hyperbolic tangent.
pub fn tanh(z: C64) -> CResult {
    let (x, y) = z;
    if infinite_with_angle(z) {
        return Ok((1f64.copysign(x), 0f64.copysign(2.0 * y.sin() * y.cos())));
    }
    if let Some(r) = lookup(&special::TANH, z) {
        return r;
    }
    if x.abs() > log_large() {
        let im = 4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp();
        return Ok((1f64.copysign(x), im));
    }
    let (tx, ty) = (x.tanh(), y.tan());
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// Cosine: `cosh(i*z)`.
pub fn cos(z: C64) -> CResult {
    cosh((-z.1, z.0))
}

/// Natural logarithm; `log(0)` is a domain error.
pub fn log(z: C64) -> CResult {
    if let Some(r) = lookup(&special::LOG, z) {
        return r;
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return Err(MathErr::Domain);
        }
        let h = ldexp(ax, SCALE_UP).hypot(ldexp(ay, SCALE_UP));
        h.ln() - f64::from(SCALE_UP) * LN_2
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (big, small) = (ax.max(ay), ax.min(ay));
            ((big - 1.0) * (big + 1.0) + small * small).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, z.1.atan2(z.0)))
}

/// Base-10 logarithm.
pub fn log10(z: C64) -> CResult {
    let (re, im) = log(z)?;
    Ok((re / LN_10, im / LN_10))
}

/// The complex number with modulus `r` and argument `phi`.
pub fn rect(r: f64, phi: f64) -> CResult {
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        let (re, im) = signed_infinities(phi.cos(), phi.sin());
        return Ok(if r > 0.0 { (re, im) } else { (-re, -im) });
    }
    if let Some(v) = lookup(&special::RECT, (r, phi)) {
        return v;
    }
    if phi == 0.0 {
        // r * phi keeps the sign of a zero angle.
        return Ok((r, r * phi));
    }
    Ok((r * phi.cos(), r * phi.sin()))
}

/// `(|z|, phase(z))`; an infinite modulus of a finite `z` is overflow.
pub fn polar(z: C64) -> Result<(f64, f64), MathErr> {
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(MathErr::Range);
    }
    Ok((r, z.1.atan2(z.0)))
}
