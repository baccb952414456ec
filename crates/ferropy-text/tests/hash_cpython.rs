//! Checks `ferropy_text::hash` against hashes recorded from CPython 3.13
//! (`tests/data/hash_expected.txt`, written by `tools/gen_hash_expected.py`).

use ferropy_text::hash::*;
use num_bigint::BigInt;

const DATA: &str = include_str!("data/hash_expected.txt");

fn list<T: std::str::FromStr>(field: &str, radix_hex: bool) -> Vec<T>
where
    T::Err: std::fmt::Debug,
{
    if field == "-" {
        return Vec::new();
    }
    field
        .split(',')
        .map(|x| {
            if radix_hex {
                let v = u32::from_str_radix(x, 16).unwrap();
                v.to_string().parse().unwrap()
            } else {
                x.parse().unwrap()
            }
        })
        .collect()
}

fn f64_from_hex(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).unwrap())
}

fn seed_secret(s: &str) -> HashSecret {
    HashSecret::from_seed(s.parse().unwrap())
}

#[test]
fn all_recorded_hashes_match() {
    let mut checked = 0;
    for line in DATA.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        let expected: i64 = f.last().unwrap().parse().unwrap();
        let got = match f[0] {
            "int" => {
                let v: BigInt = f[1].parse().unwrap();
                if let Ok(small) = f[1].parse::<i64>() {
                    assert_eq!(hash_i64(small), expected, "{line}");
                }
                hash_bigint(&v)
            }
            "float" => hash_float(f64_from_hex(f[1])).unwrap(),
            "complex" => hash_complex(f64_from_hex(f[1]), f64_from_hex(f[2])).unwrap(),
            "tuple" => {
                let hs: Vec<i64> = list(f[1], false);
                hash_tuple(hs.iter().copied(), hs.len())
            }
            "frozenset" => {
                let hs: Vec<i64> = list(f[1], false);
                hash_frozenset(hs.into_iter().rev())
            }
            "str" => {
                let cps: Vec<u32> = list(f[2], true);
                let secret = seed_secret(f[1]);
                assert_eq!(hash_code_points(&secret, &cps), expected, "{line}");
                // ferropy stores lone surrogates as stand-ins and cannot
                // hold U+10E800..U+10EFFF (see `surrogates`).
                let stored: Result<String, _> = cps
                    .iter()
                    .map(|&c| ferropy_text::surrogates::char_for(c))
                    .collect();
                match stored {
                    Ok(s) => hash_str(&secret, &s),
                    Err(_) => expected,
                }
            }
            "bytes" => {
                let hex = if f[2] == "-" { "" } else { f[2] };
                let b: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .collect();
                hash_bytes(&seed_secret(f[1]), &b)
            }
            other => panic!("unknown kind {other}"),
        };
        assert_eq!(got, expected, "{line}");
        checked += 1;
    }
    assert!(checked > 1000);
}

#[test]
fn secret_layout() {
    assert_eq!(HashSecret::from_seed(0).bytes(), &[0u8; 24]);
    let s = HashSecret::from_random_bytes([7; 24]);
    assert_eq!(s.bytes(), &[7u8; 24]);
}

#[test]
fn reserved_values() {
    assert_eq!(hash_i64(-1), -2);
    assert_eq!(hash_float(-1.0), Some(-2));
    assert_eq!(hash_complex_parts(-1, 0), -2);
    assert_eq!(hash_pointer(0x10), 1);
    assert_eq!(HASH_NONE, 4238894112); // hash(None) in CPython 3.13
}
