//! `DictStore`: the compact, insertion-ordered hash table behind `dict`.
//!
//! Entries live in a dense vector in insertion order (deleted ones become
//! holes); a separate index table maps hash slots to entry positions. A
//! small dict (at most `LINEAR_MAX` entries, the size of most instance
//! dicts) has no index table: lookups scan the entries' hashes, which saves
//! an allocation per dict and is as fast at that size. The
//! table itself never compares keys: lookups go through `Probe`, driven by
//! the VM (`objects::dict::lookup`), because comparing keys may run Python
//! `__eq__` code that must not run while the table is borrowed.

use crate::value::Value;
use std::sync::atomic::{AtomicU64, Ordering};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;
/// Most entry positions (holes included) a dict without an index table has.
const LINEAR_MAX: usize = 8;

/// One key/value pair. A deleted entry has `key == Value::Undef`.
#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Storage for a dict.
pub struct DictStore {
    indices: Vec<u32>,
    entries: Vec<DictEntry>,
    used: u32,
    /// One bit per key ever inserted since the last clearing (bit `hash %
    /// 32`), so a lookup in a dict without an index table can tell most
    /// absent keys without scanning (an instance dict asked for a method
    /// name, say).
    hash_filter: u32,
    /// Renewed on every structural change (insertion, removal, clearing;
    /// not on replacing a value), so iterators and lookups that ran Python
    /// code can detect mutation. Versions are unique across all dicts, so a
    /// cache that remembers a version also knows which dict it saw: a global
    /// or attribute cache keeps an entry index that stays valid while the
    /// version is unchanged.
    pub version: u64,
}

/// The `DictStore::hash_filter` bit of a key hash.
fn filter_bit(hash: i64) -> u32 {
    1 << (hash as u32 & 31)
}

/// The last dict version handed out. Process-wide (not per thread or per
/// interpreter), so versions stay unique when an interpreter moves between
/// threads or several run side by side.
static LAST_VERSION: AtomicU64 = AtomicU64::new(0);

/// A dict version never handed out before (never 0, so 0 can mean "none").
fn fresh_version() -> u64 {
    LAST_VERSION.fetch_add(1, Ordering::Relaxed) + 1
}

impl Clone for DictStore {
    fn clone(&self) -> Self {
        DictStore {
            indices: self.indices.clone(),
            entries: self.entries.clone(),
            used: self.used,
            hash_filter: self.hash_filter,
            version: fresh_version(),
        }
    }
}

/// State of a lookup walking the probe sequence of one hash.
pub struct Probe {
    slot: usize,
    perturb: u64,
}

/// What the probe found at its current slot.
pub enum ProbeStep {
    /// An empty slot: the key is absent.
    Empty,
    /// An entry with the same hash; the caller compares keys.
    Candidate(usize),
}

impl Default for DictStore {
    fn default() -> Self {
        DictStore::new()
    }
}

impl DictStore {
    /// An empty dict.
    pub fn new() -> DictStore {
        DictStore {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            hash_filter: 0,
            version: fresh_version(),
        }
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.used as usize
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Begin probing for `hash`.
    pub fn probe(&self, hash: i64) -> Probe {
        if self.indices.is_empty() {
            // Without an index table, `slot` is the next entry to scan: past
            // the end when the filter rules the key out.
            let absent = self.hash_filter & filter_bit(hash) == 0;
            return Probe {
                slot: if absent { self.entries.len() } else { 0 },
                perturb: 0,
            };
        }
        let mask = self.indices.len() - 1;
        Probe {
            slot: (hash as u64 as usize) & mask,
            perturb: hash as u64,
        }
    }

    /// Advance to the next entry whose hash equals `hash`, or to the end.
    pub fn next_candidate(&self, p: &mut Probe, hash: i64) -> ProbeStep {
        if self.indices.is_empty() {
            return self.next_linear_candidate(p, hash);
        }
        let mask = self.indices.len() - 1;
        loop {
            let ix = self.indices[p.slot];
            let here = p.slot;
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p.slot * 5 + 1 + p.perturb as usize) & mask;
            match ix {
                EMPTY => {
                    p.slot = here;
                    return ProbeStep::Empty;
                }
                DUMMY => {}
                ix => {
                    if self.entries[ix as usize].hash == hash {
                        return ProbeStep::Candidate(ix as usize);
                    }
                }
            }
        }
    }

    /// `next_candidate` for a dict without an index table.
    fn next_linear_candidate(&self, p: &mut Probe, hash: i64) -> ProbeStep {
        while let Some(e) = self.entries.get(p.slot) {
            p.slot += 1;
            if e.hash == hash && !e.key.is_undef() {
                return ProbeStep::Candidate(p.slot - 1);
            }
        }
        ProbeStep::Empty
    }

    /// The entry at `index`, if in range (it may be a deleted hole).
    pub fn get_entry(&self, index: usize) -> Option<&DictEntry> {
        self.entries.get(index)
    }

    /// The entry at `index` (may be a deleted hole).
    pub fn entry(&self, index: usize) -> &DictEntry {
        &self.entries[index]
    }

    /// Replace the value of an existing entry.
    pub fn set_value(&mut self, index: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[index].value, value)
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let linear = self.indices.is_empty();
        if linear && self.entries.len() < LINEAR_MAX {
            if self.entries.capacity() == 0 {
                self.entries.reserve_exact(4);
            }
        } else {
            if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
                self.grow();
            }
            let slot = self.free_slot(hash);
            self.indices[slot] = self.entries.len() as u32;
        }
        self.entries.push(DictEntry { hash, key, value });
        self.used += 1;
        self.hash_filter |= filter_bit(hash);
        self.version = fresh_version();
    }

    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if self.indices[slot] == EMPTY || self.indices[slot] == DUMMY {
                return slot;
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
    }

    fn grow(&mut self) {
        let live: Vec<DictEntry> = self
            .entries
            .drain(..)
            .filter(|e| !e.key.is_undef())
            .collect();
        let mut size = 8;
        while size * 2 <= (live.len() + 1) * 3 {
            size *= 2;
        }
        if !live.is_empty() {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        for e in live {
            let slot = self.free_slot(e.hash);
            self.indices[slot] = self.entries.len() as u32;
            self.entries.push(e);
        }
    }

    /// Remove the entry at `index` (found by a probe for `hash`).
    pub fn remove(&mut self, index: usize) -> DictEntry {
        if !self.indices.is_empty() {
            let hash = self.entries[index].hash;
            let mask = self.indices.len() - 1;
            let mut slot = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            while self.indices[slot] != index as u32 {
                perturb >>= PERTURB_SHIFT;
                slot = (slot * 5 + 1 + perturb as usize) & mask;
            }
            self.indices[slot] = DUMMY;
        }
        let removed = std::mem::replace(
            &mut self.entries[index],
            DictEntry {
                hash: 0,
                key: Value::Undef,
                value: Value::Undef,
            },
        );
        self.used -= 1;
        self.version = fresh_version();
        if self.used == 0 {
            self.clear();
        }
        removed
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
        self.hash_filter = 0;
        self.version = fresh_version();
    }

    /// Number of entry positions (including holes), for index-based iteration.
    pub fn capacity_index(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at position `i`, if not a hole.
    pub fn live_entry(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).filter(|e| !e.key.is_undef())
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }

    /// The last live entry's position (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_undef())
    }
}
