//! The ferropy virtual machine: values and objects, builtin types, the
//! interpreter loop, the import system and the `Os` trait through which all
//! contact with the host passes.

pub mod attr;
pub mod attr_cache;
pub mod builtins;
pub mod call;
pub mod cycles;
pub mod dealloc;
pub mod dict;
pub mod docs;
pub mod error;
pub mod exc_kinds;
mod fast_path;
pub mod finalize;
pub mod frame;
pub mod global_cache;
pub mod import;
pub mod interp;
pub mod loader;
pub mod object;
pub mod objects;
pub mod ops;
pub mod os;
pub mod set;
pub mod sys;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;
pub mod vmcode;

pub use error::{PyErr, PyResult};
pub use value::{ObjRef, Value};
pub use vm::Vm;
