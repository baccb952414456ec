//! `str`: the string representation (`PyStr`), hashing, and f-string
//! formatting (`format_value`). The methods live in `str_methods`.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::value::Value;
use crate::vm::Vm;
use compact_str::CompactString;
use ferropy_compiler::bytecode::Conversion;
use ferropy_text::hash::HashSecret;
use std::cell::Cell;
use std::sync::OnceLock;

static HASH_SECRET: OnceLock<HashSecret> = OnceLock::new();

/// Set the process-wide string hash secret (first call wins, like CPython's
/// per-process secret).
pub fn init_hash_secret(secret: HashSecret) {
    let _ = HASH_SECRET.set(secret);
}

/// CPython's hash of a `str`.
pub fn hash_str(s: &str) -> i64 {
    let secret = HASH_SECRET.get_or_init(|| HashSecret::from_seed(0));
    ferropy_text::hash::hash_str(secret, s)
}

/// CPython's hash of `bytes`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let secret = HASH_SECRET.get_or_init(|| HashSecret::from_seed(0));
    ferropy_text::hash::hash_bytes(secret, b)
}

/// The character ferropy stores for code point `cp` (lone surrogates
/// become stand-ins, see `ferropy_text::surrogates`); `cp` must be below
/// 0x110000.
pub fn char_for(vm: &Vm, cp: u32) -> PyResult<char> {
    ferropy_text::surrogates::char_for(cp).map_err(|_| reserved_code_point_error(vm, cp))
}

/// The error for a code point ferropy cannot hold: U+10E800..U+10EFFF
/// stand in for lone surrogates.
pub fn reserved_code_point_error(vm: &Vm, cp: u32) -> crate::error::PyErr {
    vm.not_implemented_error(format!(
        "ferropy cannot hold code point U+{cp:04X}: U+10E800..U+10EFFF stand in for lone surrogates"
    ))
}

/// A Python string: UTF-8 text, its length in code points, and a cached hash.
///
/// Text of up to 24 bytes is stored inline (`CompactString`), so a short
/// str is a single allocation, like CPython's.
pub struct PyStr {
    text: CompactString,
    char_len: usize,
    /// The hash once computed, else `HASH_UNSET` (a str hash is never -1,
    /// as in CPython).
    hash: Cell<i64>,
}

/// `PyStr::hash` not computed yet.
const HASH_UNSET: i64 = -1;

impl PyStr {
    /// Wrap `s` (a `&str` is copied straight into the string's storage).
    pub fn new(s: impl Into<CompactString>) -> PyStr {
        let text = s.into();
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr::with_char_len(text, char_len)
    }

    /// Wrap `s`, whose length in code points the caller already knows
    /// (so the text is not scanned again).
    pub fn with_char_len(s: impl Into<CompactString>, char_len: usize) -> PyStr {
        let text = s.into();
        debug_assert_eq!(text.chars().count(), char_len);
        PyStr {
            text,
            char_len,
            hash: Cell::new(HASH_UNSET),
        }
    }

    /// Append in place (only for a string nobody else references yet).
    pub fn push_str(&mut self, more: &str) {
        self.text.push_str(more);
        self.char_len += if more.is_ascii() {
            more.len()
        } else {
            more.chars().count()
        };
        self.hash.set(HASH_UNSET);
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Whether every character is ASCII (so byte index = char index).
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The hash, computed once.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(&self.text);
        self.hash.set(h);
        h
    }

    /// The character at code-point index `i` (caller checks bounds).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap()
        }
    }

    /// Byte offset of code-point index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.text.len())
        }
    }
}

/// A new `str` value of `char_len` code points (see [`PyStr::with_char_len`]).
pub fn new_str_sized(vm: &Vm, s: impl Into<CompactString>, char_len: usize) -> Value {
    Value::Obj(Obj::new(
        vm.types.str_.clone(),
        Payload::Str(PyStr::with_char_len(s, char_len)),
    ))
}

/// The `PyStr` of a str value.
pub fn pystr(v: &Value) -> Option<&PyStr> {
    match v.payload()? {
        Payload::Str(s) => Some(s),
        _ => None,
    }
}

/// `BuildString`: the f-string pieces `parts` (all str) joined.
pub fn concat(parts: &[Value]) -> String {
    let texts = || parts.iter().map(|v| v.as_str().unwrap_or(""));
    let mut s = String::with_capacity(texts().map(str::len).sum());
    s.extend(texts());
    s
}

/// `FormatValue`: convert with `!s`/`!r`/`!a`, then apply the format spec.
pub fn format_value(
    vm: &mut Vm,
    v: Value,
    conv: Conversion,
    spec: Option<Value>,
) -> PyResult<Value> {
    let converted = match conv {
        Conversion::None => v,
        Conversion::Str => {
            let s = vm.str_of(&v)?;
            vm.new_str(s)
        }
        Conversion::Repr => {
            let s = vm.repr(&v)?;
            vm.new_str(s)
        }
        Conversion::Ascii => {
            let s = vm.repr(&v)?;
            vm.new_str(ferropy_text::str_repr::ascii_escape(&s))
        }
    };
    let spec_str = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
    if spec_str.is_empty() {
        if let Value::Obj(o) = &converted {
            if matches!(o.payload, Payload::Str(_)) && o.class_is(&vm.types.str_) {
                return Ok(converted);
            }
        }
        let s = vm.str_of(&converted)?;
        return Ok(vm.new_str(s));
    }
    vm.format(&converted, spec_str)
}
