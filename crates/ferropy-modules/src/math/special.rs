//! Pure float functions behind `math`: the ones libm lacks or that CPython
//! computes itself (gamma, lgamma, remainder, pow's special cases, frexp,
//! ldexp, nextafter with steps, ulp), written so that results agree with
//! CPython's bit for bit.

use std::f64::consts::PI;

pub use crate::real_args::MathErr;

/// Functions CPython takes from the C library as they are. Rust's `std` has
/// no `erf`/`erfc`, and its `asinh`/`acosh`/`atanh`/`cbrt` are computed
/// differently from libm's and disagree in the last bit for many inputs.
/// On glibc the `f64` aliases are linked: Rust's compiler-builtins defines
/// a `cbrt` of its own that would shadow the C library's.
mod libm {
    extern "C" {
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "erff64")]
        pub fn erf(x: f64) -> f64;
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "erfcf64")]
        pub fn erfc(x: f64) -> f64;
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "asinhf64")]
        pub fn asinh(x: f64) -> f64;
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "acoshf64")]
        pub fn acosh(x: f64) -> f64;
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "atanhf64")]
        pub fn atanh(x: f64) -> f64;
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
    }
}

/// The error function (libm's).
pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double, defined for every input.
    unsafe { libm::erf(x) }
}

/// The complementary error function (libm's).
pub fn erfc(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { libm::erfc(x) }
}

/// Inverse hyperbolic sine (libm's).
pub fn asinh(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { libm::asinh(x) }
}

/// Inverse hyperbolic cosine (libm's).
pub fn acosh(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { libm::acosh(x) }
}

/// Inverse hyperbolic tangent (libm's).
pub fn atanh(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { libm::atanh(x) }
}

/// Cube root (libm's).
pub fn cbrt(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { libm::cbrt(x) }
}

/// The Lanczos approximation used for gamma and lgamma has N = 13 and this
/// g (the parameters Boost uses), with the sum written as a rational
/// function.
const LANCZOS_G: f64 = 6.02468004077673;
/// `LANCZOS_G - 0.5`, exactly.
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
/// Numerator coefficients of the Lanczos sum, constant term first.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// Denominator of the Lanczos sum: x(x+1)...(x+11) expanded, constant term first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// ln(pi).
const LOG_PI: f64 = 1.1447298858494002;

/// The Lanczos sum for positive `x`, evaluated in `1/x` for large `x` to
/// avoid overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near integers (finite `x` only).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// (n-1)! as a float, exact for n <= 23.
fn small_factorial(n: u32) -> f64 {
    (1..n).map(f64::from).product()
}

/// The gamma function.
pub fn gamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathErr::Domain)
        };
    }
    if x == 0.0 || (x == x.floor() && x < 0.0) {
        return Err(MathErr::Domain);
    }
    if x == x.floor() && x <= 23.0 {
        return Ok(small_factorial(x as u32));
    }
    let ax = x.abs();
    let r = if ax < 1e-20 {
        1.0 / x
    } else if ax > 200.0 {
        if x > 0.0 {
            return Err(MathErr::Range);
        }
        0.0 / sin_pi(x)
    } else {
        lanczos_gamma(x, ax)
    };
    if r.is_infinite() {
        Err(MathErr::Range)
    } else {
        Ok(r)
    }
}

/// Gamma by Lanczos for moderate `ax = |x|`, with a correction for the
/// rounding error in `ax + g - 0.5` and the reflection formula for `x < 0`.
fn lanczos_gamma(x: f64, ax: f64) -> f64 {
    let y = ax + LANCZOS_G_MINUS_HALF;
    let rounding = if ax > LANCZOS_G_MINUS_HALF {
        (y - ax) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - ax
    };
    let z = rounding * LANCZOS_G / y;
    let big = ax >= 140.0;
    let power = if big {
        y.powf(ax / 2.0 - 0.25)
    } else {
        y.powf(ax - 0.5)
    };
    if x < 0.0 {
        let mut r = -PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        r /= power;
        if big {
            r /= power;
        }
        r
    } else {
        let mut r = lanczos_sum(ax) / y.exp();
        r += z * r;
        r *= power;
        if big {
            r *= power;
        }
        r
    }
}

/// The natural logarithm of |gamma(x)|.
pub fn lgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        return Ok(x.abs());
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathErr::Domain)
        } else {
            Ok(0.0)
        };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-ax.ln());
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    if r.is_infinite() {
        Err(MathErr::Range)
    } else {
        Ok(r)
    }
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y` (even on
/// ties). Exact; NaN where undefined.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    // Compare m with ay/2 through the (exact) complement, which cannot underflow.
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else if quotient_is_odd(ax, ay) {
        -m
    } else {
        m
    };
    1f64.copysign(x) * r
}

/// Whether floor(ax / ay) is odd, computed exactly.
fn quotient_is_odd(ax: f64, ay: f64) -> bool {
    if ay > f64::MAX / 2.0 {
        ax >= ay
    } else {
        ax % (2.0 * ay) >= ay
    }
}

/// `x ** y` with C99 Annex F special cases; errors for a negative base with
/// a non-integer exponent, zero to a negative power, and overflow.
pub fn pow(x: f64, y: f64) -> Result<f64, MathErr> {
    if x.is_finite() && y.is_finite() {
        let r = x.powf(y);
        return if r.is_nan() || (r.is_infinite() && x == 0.0) {
            Err(MathErr::Domain)
        } else if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    Ok(if x.is_nan() {
        if y == 0.0 {
            1.0
        } else {
            x
        }
    } else if y.is_nan() {
        if x == 1.0 {
            1.0
        } else {
            y
        }
    } else if x.is_infinite() {
        let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
        match (y > 0.0, y == 0.0, odd_y) {
            (true, _, true) => x,
            (true, _, false) => x.abs(),
            (_, true, _) => 1.0,
            (_, _, true) => 0f64.copysign(x),
            _ => 0.0,
        }
    } else if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0) == (x.abs() > 1.0) {
        f64::INFINITY
    } else {
        0.0
    })
}

/// 2**64 as a float.
pub const TWO_POW_64: f64 = 18446744073709551616.0;
/// The exponent bits of an f64.
const EXP_MASK: u64 = 0x7ff << 52;

/// Split `x` into a mantissa in [0.5, 1) and a power of two; zeros,
/// infinities and NaN come back unchanged with exponent 0.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, lift) = if x.abs() < f64::MIN_POSITIVE {
        (x * TWO_POW_64, 64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits & EXP_MASK) >> 52) as i32 - 1022;
    (
        f64::from_bits((bits & !EXP_MASK) | (1022 << 52)),
        exp - lift,
    )
}

/// `2.0 ** n` for `n` in the normal exponent range [-1022, 1023].
fn pow2(n: i32) -> f64 {
    f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// `x * 2**n`, correctly rounded (a single rounding even for subnormal
/// results).
pub fn ldexp(x: f64, n: i64) -> f64 {
    // Beyond +-2200 every finite nonzero x over- or underflows anyway.
    let mut n = n.clamp(-2200, 2200) as i32;
    let mut y = x;
    // Scale in big steps first; going down, keep 53 bits of headroom so the
    // final multiplication is the only one that can round.
    for _ in 0..2 {
        if n > 1023 {
            y *= pow2(1023);
            n -= 1023;
        } else if n < -1022 {
            y *= pow2(-1022 + 53);
            n += 1022 - 53;
        }
    }
    y * pow2(n.clamp(-1022, 1023))
}

/// The float `steps` representable values after `x` in the direction of
/// `y`, stopping at `y`.
pub fn nextafter(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    // Floats in order as integers: -0.0 and 0.0 both map to 0.
    let key = |v: f64| {
        let magnitude = i128::from(v.to_bits() & !(1 << 63));
        if v.is_sign_negative() {
            -magnitude
        } else {
            magnitude
        }
    };
    let (kx, ky) = (key(x), key(y));
    let k = if ky > kx {
        (kx + i128::from(steps)).min(ky)
    } else {
        (kx - i128::from(steps)).max(ky)
    };
    if k == ky {
        return y;
    }
    let bits = k.unsigned_abs() as u64;
    if k < 0 || (k == 0 && x.is_sign_negative()) {
        f64::from_bits(bits | (1 << 63))
    } else {
        f64::from_bits(bits)
    }
}

/// The value of the least significant bit of `x`.
pub fn ulp(x: f64) -> f64 {
    let x = x.abs();
    if !x.is_finite() {
        return x;
    }
    let up = x.next_up();
    if up.is_infinite() {
        x - x.next_down()
    } else {
        up - x
    }
}
