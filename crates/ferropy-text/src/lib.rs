//! Text and number algorithms that must match CPython 3.13 to the letter.
//!
//! Everything here is a pure function on Rust data (no interpreter values), so
//! it can be unit-tested on its own and the VM crate stays free of the details
//! of float formatting, hashing and literal parsing.
mod digits;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod number_parse;
pub mod percent_format;
pub mod str_repr;
pub mod surrogates;
pub mod unicode_props;
