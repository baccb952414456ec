//! `PyErr`: a raised Python exception travelling through Rust code.

use crate::value::ObjRef;

/// A raised exception: the exception instance.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

/// Result of anything that can raise.
pub type PyResult<T = crate::value::Value> = Result<T, PyErr>;
