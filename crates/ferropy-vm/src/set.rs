//! `SetStore`: the hash table behind `set` and `frozenset`.
//!
//! It follows CPython's set layout (linear probing in runs of nine slots,
//! then perturbation; the same growth rule) so iteration order — table order
//! — matches CPython's for the same hashes. As with dicts, key comparison is
//! driven by the VM through `next_candidate`.

use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// One table slot.
#[derive(Clone)]
pub enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

/// Storage for a set.
#[derive(Clone)]
pub struct SetStore {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    pub version: u64,
}

/// Probe state for one hash.
pub struct SetProbe {
    slot: usize,
    run_left: usize,
    perturb: u64,
    free_slot: Option<usize>,
    started: bool,
}

/// Result of advancing a probe.
pub enum SetStep {
    /// Reached an empty slot: the key is absent; insert at the given slot.
    Absent(usize),
    /// A slot holding an equal-hash key to compare.
    Candidate(usize),
}

impl Default for SetStore {
    fn default() -> Self {
        SetStore::new()
    }
}

impl SetStore {
    /// An empty set.
    pub fn new() -> SetStore {
        SetStore {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Start probing for `hash`.
    pub fn probe(&self, hash: i64) -> SetProbe {
        SetProbe {
            slot: (hash as u64 as usize) & self.mask(),
            run_left: 0,
            perturb: hash as u64,
            free_slot: None,
            started: false,
        }
    }

    /// Advance to the next candidate or the insertion point.
    pub fn next_candidate(&self, p: &mut SetProbe, hash: i64) -> SetStep {
        let mask = self.mask();
        loop {
            if !p.started {
                p.started = true;
                p.run_left = if p.slot + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
            } else if p.run_left > 0 {
                p.run_left -= 1;
                p.slot += 1;
            } else {
                p.perturb >>= PERTURB_SHIFT;
                p.slot = (p.slot * 5 + 1 + p.perturb as usize) & mask;
                p.run_left = if p.slot + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
            }
            match &self.table[p.slot] {
                Slot::Empty => return SetStep::Absent(p.free_slot.unwrap_or(p.slot)),
                Slot::Dummy => {
                    if p.free_slot.is_none() {
                        p.free_slot = Some(p.slot);
                    }
                }
                Slot::Active(h, _) if *h == hash => return SetStep::Candidate(p.slot),
                Slot::Active(..) => {}
            }
        }
    }

    /// The key at `slot` (must be active).
    pub fn key_at(&self, slot: usize) -> &Value {
        match &self.table[slot] {
            Slot::Active(_, k) => k,
            _ => panic!("inactive set slot"),
        }
    }

    /// Insert at the slot a probe reported as `Absent`.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        let was_empty = matches!(self.table[slot], Slot::Empty);
        self.table[slot] = Slot::Active(hash, key);
        self.used += 1;
        self.version += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let target = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(target);
            }
        }
    }

    /// Remove the key at `slot`.
    pub fn remove_at(&mut self, slot: usize) -> Value {
        let old = std::mem::replace(&mut self.table[slot], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        match old {
            Slot::Active(_, k) => k,
            _ => Value::Undef,
        }
    }

    /// Rebuild the table with room for `min_used` keys.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Insert into a table known to have no dummies and no equal key.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.table[i], Slot::Empty) {
                self.table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(self.table[i + j], Slot::Empty) {
                        self.table[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Copy `other` into this empty set the way CPython's `set_merge` does
    /// (same table layout when sizes allow).
    pub fn merge_into_empty(&mut self, other: &SetStore) {
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
        } else {
            for slot in &other.table {
                if let Slot::Active(h, k) = slot {
                    self.insert_clean(*h, k.clone());
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version += 1;
    }

    /// Make room before adding `extra` keys (CPython does this for dict/set sources).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Active keys in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    /// Active (hash, key) pairs in table order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// Table size, for index-based iteration.
    pub fn table_len(&self) -> usize {
        self.table.len()
    }

    /// The key at table position `i`, if active.
    pub fn get_slot(&self, i: usize) -> Option<&Value> {
        match self.table.get(i)? {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        *self = SetStore {
            version: self.version + 1,
            ..SetStore::new()
        };
    }

    /// Remove and return an arbitrary key (CPython's `pop` scans from a finger;
    /// we take the first active slot).
    pub fn pop_first(&mut self) -> Option<Value> {
        let i = self
            .table
            .iter()
            .position(|s| matches!(s, Slot::Active(..)))?;
        Some(self.remove_at(i))
    }
}
