//! Helpers shared by the CPython-reference tests; they mirror
//! `tools/refdigest.py` exactly.
#![allow(dead_code)]

/// FNV-1a-64 over little-endian u32 words, with an item count.
pub struct Digest {
    pub h: u64,
    pub n: usize,
}

impl Digest {
    pub fn new() -> Digest {
        Digest {
            h: 0xCBF2_9CE4_8422_2325,
            n: 0,
        }
    }

    pub fn word(&mut self, v: u32) {
        for b in v.to_le_bytes() {
            self.h = (self.h ^ u64::from(b)).wrapping_mul(0x100_0000_01B3);
        }
    }

    pub fn text(&mut self, s: &str) {
        s.chars().for_each(|c| self.word(u32::from(c)));
        self.word(u32::MAX);
    }

    pub fn render(&self) -> String {
        format!("{} {:016x}", self.n, self.h)
    }
}

/// The value recorded for `"{kind} {name} "` in a reference data file.
pub fn expected(data: &str, kind: &str, name: &str) -> String {
    let prefix = format!("{kind} {name} ");
    data.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no reference for {kind} {name}"))
        .to_string()
}

/// The characters of a `"{key} hex,hex,..."` pool line.
pub fn pool(data: &str, key: &str) -> Vec<char> {
    let prefix = format!("{key} ");
    let line = data.lines().find_map(|l| l.strip_prefix(&prefix)).unwrap();
    line.split(',')
        .map(|h| char::from_u32(u32::from_str_radix(h, 16).unwrap()).unwrap())
        .collect()
}

/// `refdigest.random_strings`: 0..=12 chars each, 7/8 from `pool`, 1/8 any
/// non-surrogate code point.
pub fn random_strings(pool: &[char], count: usize) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let n = next() % 13;
            (0..n)
                .map(|_| {
                    let r = next();
                    if r % 8 == 0 {
                        char::from_u32(((r >> 8) % 0x11_0000) as u32).unwrap_or('A')
                    } else {
                        pool[((r >> 8) % pool.len() as u64) as usize]
                    }
                })
                .collect()
        })
        .collect()
}
