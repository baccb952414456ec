//! Per-name caches for `LoadGlobal`.
//!
//! A global name is looked up in the module's globals, then in builtins.
//! The cache remembers where the last lookup found it: the entry index and
//! the versions of the dicts it searched. Dict versions are unique across
//! all dicts and renewed on every insertion or removal (`dict.rs`), so while
//! they are unchanged the entry index still holds the name, and its current
//! value can be read without hashing or probing.

use crate::dict::DictStore;
use crate::object::Payload;
use crate::objects::dict::find_str_key;
use crate::value::{ObjRef, Value};
use std::cell::{Cell, Ref};

/// One cache (per name index of a code object).
#[derive(Default)]
pub struct GlobalCache {
    /// Version of the globals dict when the name was found (0: empty cache).
    globals_version: Cell<u64>,
    /// Version of the builtins dict if the name was found there, else 0.
    builtins_version: Cell<u64>,
    /// Entry index of the name in the dict where it was found.
    index: Cell<u32>,
}

fn dict_store(d: &ObjRef) -> Option<Ref<'_, DictStore>> {
    match &d.payload {
        Payload::Dict(s) => Some(s.borrow()),
        _ => None,
    }
}

/// The value of global `name` (an interned `str`), or `None` when
/// the general lookup must decide (absent name, non-`str` keys, non-dict
/// namespaces).
#[inline]
pub fn load(
    cache: &GlobalCache,
    globals: &ObjRef,
    builtins: &ObjRef,
    name: &Value,
) -> Option<Value> {
    let g = dict_store(globals)?;
    let index = cache.index.get() as usize;
    if g.version == cache.globals_version.get() {
        let builtins_version = cache.builtins_version.get();
        if builtins_version == 0 {
            return Some(g.entry(index).value.clone());
        }
        let b = dict_store(builtins)?;
        if b.version == builtins_version {
            return Some(b.entry(index).value.clone());
        }
    }
    look_up_and_remember(cache, &g, builtins, name)
}

/// The full lookup of a cache miss, remembering where the name was found.
#[cold]
#[inline(never)]
fn look_up_and_remember(
    cache: &GlobalCache,
    g: &DictStore,
    builtins: &ObjRef,
    name: &Value,
) -> Option<Value> {
    let hash = crate::objects::str::pystr(name)?.hash();
    if let Some(i) = find_str_key(g, name, hash)? {
        remember(cache, g.version, 0, i);
        return Some(g.entry(i).value.clone());
    }
    let b = dict_store(builtins)?;
    let i = find_str_key(&b, name, hash)??;
    remember(cache, g.version, b.version, i);
    Some(b.entry(i).value.clone())
}

fn remember(cache: &GlobalCache, globals_version: u64, builtins_version: u64, index: usize) {
    cache.globals_version.set(globals_version);
    cache.builtins_version.set(builtins_version);
    cache.index.set(index as u32);
}
