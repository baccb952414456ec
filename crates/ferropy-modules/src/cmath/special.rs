//! Results of the `cmath` functions where an argument part is infinite or
//! NaN (C99 Annex G). Each table has one row per class of the real part and
//! one column per class of the imaginary part, in the order -inf,
//! negative, -0.0, +0.0, positive, +inf, nan. An entry is three letters:
//! the real and imaginary result (`z`/`Z` = +/-0, `i`/`I` = +/-inf,
//! `n` = nan, `p`/`P` = +/-pi, `h`/`H` = +/-pi/2, `q`/`Q` = +/-pi/4,
//! `t`/`T` = +/-3pi/4, `o`/`O` = +/-1, `.` = not used) and the error
//! (`-` none, `d` domain, `r` range).

use super::{CResult, MathErr, C64};
use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

/// A table of special values, one string per real-part class.
pub type Table = [&'static str; 7];

/// The class (row or column) of one part.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x < 0.0 {
            0
        } else {
            5
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The value a table letter stands for.
fn decode(c: u8) -> f64 {
    let v = match c.to_ascii_lowercase() {
        b'z' => 0.0,
        b'i' => f64::INFINITY,
        b'p' => PI,
        b'h' => FRAC_PI_2,
        b'q' => FRAC_PI_4,
        b't' => 3.0 * FRAC_PI_4,
        b'o' => 1.0,
        _ => f64::NAN,
    };
    if c.is_ascii_uppercase() {
        -v
    } else {
        v
    }
}

/// The tabulated result for `z`, or `None` when both parts are finite.
pub fn lookup(table: &Table, z: C64) -> Option<CResult> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    let row = table[class(z.0)].as_bytes();
    let entry = &row[class(z.1) * 4..class(z.1) * 4 + 3];
    Some(match entry[2] {
        b'd' => Err(MathErr::Domain),
        b'r' => Err(MathErr::Range),
        _ => Ok((decode(entry[0]), decode(entry[1]))),
    })
}

/// `acos` at special arguments.
pub const ACOS: Table = [
    "ti- pi- pi- pI- pI- tI- ni-",
    "hi- ... ... ... ... hI- nn-",
    "hi- ... ... ... ... hI- hn-",
    "hi- ... ... ... ... hI- hn-",
    "hi- ... ... ... ... hI- nn-",
    "qi- zi- zi- zI- zI- qI- ni-",
    "ni- nn- nn- nn- nn- nI- nn-",
];

/// `acosh` at special arguments.
pub const ACOSH: Table = [
    "iT- iP- iP- ip- ip- it- in-",
    "iH- ... ... ... ... ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iQ- iZ- iZ- iz- iz- iq- in-",
    "in- nn- nn- nn- nn- in- nn-",
];

/// `asinh` at special arguments.
pub const ASINH: Table = [
    "IQ- IZ- IZ- Iz- Iz- Iq- In-",
    "IH- ... ... ... ... Ih- nn-",
    "IH- ... ... ... ... Ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iQ- iZ- iZ- iz- iz- iq- in-",
    "in- nn- nZ- nz- nn- in- nn-",
];

/// `atanh` at special arguments.
pub const ATANH: Table = [
    "ZH- ZH- ZH- Zh- Zh- Zh- Zn-",
    "ZH- ... ... ... ... Zh- nn-",
    "ZH- ... ... ... ... Zh- Zn-",
    "zH- ... ... ... ... zh- zn-",
    "zH- ... ... ... ... zh- nn-",
    "zH- zH- zH- zh- zh- zh- zn-",
    "zH- nn- nn- nn- nn- zh- nn-",
];

/// `cosh` at special arguments.
pub const COSH: Table = [
    "..d ... iz- iZ- ... ..d in-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d nz-",
    "..d ... ... ... ... ..d nz-",
    "..d ... ... ... ... ..d nn-",
    "..d ... iZ- iz- ... ..d in-",
    "nn- nn- nz- nz- nn- nn- nn-",
];

/// `exp` at special arguments.
pub const EXP: Table = [
    "zz- ... zZ- zz- ... zz- zz-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d nn-",
    "..d ... iZ- iz- ... ..d in-",
    "nn- nn- nZ- nz- nn- nn- nn-",
];

/// `log` at special arguments.
pub const LOG: Table = [
    "iT- iP- iP- ip- ip- it- in-",
    "iH- ... ... ... ... ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iH- ... ... ... ... ih- nn-",
    "iQ- iZ- iZ- iz- iz- iq- in-",
    "in- nn- nn- nn- nn- in- nn-",
];

/// `sinh` at special arguments.
pub const SINH: Table = [
    "..d ... IZ- Iz- ... ..d in-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d zn-",
    "..d ... ... ... ... ..d zn-",
    "..d ... ... ... ... ..d nn-",
    "..d ... iZ- iz- ... ..d in-",
    "nn- nn- nZ- nz- nn- nn- nn-",
];

/// `sqrt` at special arguments.
pub const SQRT: Table = [
    "iI- zI- zI- zi- zi- ii- ni-",
    "iI- ... ... ... ... ii- nn-",
    "iI- ... ... ... ... ii- nn-",
    "iI- ... ... ... ... ii- nn-",
    "iI- ... ... ... ... ii- nn-",
    "iI- iZ- iZ- iz- iz- ii- in-",
    "iI- nn- nn- nn- nn- ii- nn-",
];

/// `tanh` at special arguments.
pub const TANH: Table = [
    "Oz- ... OZ- Oz- ... Oz- Oz-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d nn-",
    "..d ... ... ... ... ..d nn-",
    "oz- ... oZ- oz- ... oz- oz-",
    "nn- nn- nZ- nz- nn- nn- nn-",
];

/// `rect` at special arguments.
pub const RECT: Table = [
    "..d ... Iz- IZ- ... ..d in-",
    "..d ... ... ... ... ..d nn-",
    "zz- ... ... ... ... zz- zz-",
    "zz- ... ... ... ... zz- zz-",
    "..d ... ... ... ... ..d nn-",
    "..d ... iZ- iz- ... ..d in-",
    "nn- nn- nz- nz- nn- nn- nn-",
];
