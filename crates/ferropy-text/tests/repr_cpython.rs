//! Checks `ferropy_text::str_repr` against digests recorded from CPython
//! 3.13 (`tests/data/repr_digests.txt`, written by `tools/gen_repr_digests.py`).

#![allow(clippy::type_complexity)]

mod common;

use common::{pool, random_strings, Digest};
use ferropy_text::str_repr::*;

const DATA: &str = include_str!("data/repr_digests.txt");

fn expected(kind: &str, name: &str) -> String {
    common::expected(DATA, kind, name)
}

#[test]
fn every_code_point_matches_cpython() {
    let fns: [(&str, fn(&[u32]) -> String); 2] = [
        ("repr", str_repr_code_points),
        ("ascii", ascii_repr_code_points),
    ];
    for (name, f) in fns {
        let mut d = Digest::new();
        for cp in 0..0x11_0000u32 {
            let out = f(&[cp]);
            // How ferropy stores the code point (lone surrogates as
            // stand-ins; U+10E800..U+10EFFF cannot be stored): same repr.
            if let Ok(c) = ferropy_text::surrogates::char_for(cp) {
                let via_str = if name == "repr" {
                    str_repr(&c.to_string())
                } else {
                    ascii_repr(&c.to_string())
                };
                assert_eq!(via_str, out);
            }
            d.text(&out);
            d.n += 1;
        }
        assert_eq!(d.render(), expected("chars", name), "{name}");
    }
}

#[test]
fn random_strings_match_cpython() {
    let strings = random_strings(&pool(DATA, "strpool"), 4000);
    let fns: [(&str, fn(&str) -> String, fn(&[u32]) -> String); 2] = [
        ("repr", str_repr, str_repr_code_points),
        ("ascii", ascii_repr, ascii_repr_code_points),
    ];
    for (name, of_str, of_code_points) in fns {
        let mut d = Digest::new();
        for s in &strings {
            let cps: Vec<u32> = s.chars().map(u32::from).collect();
            let out = of_code_points(&cps);
            // A stored str reads U+10E800..U+10EFFF as lone surrogates.
            if !ferropy_text::surrogates::has_stand_ins(s) {
                assert_eq!(of_str(s), out);
            }
            d.text(&out);
            d.n += 1;
        }
        assert_eq!(d.render(), expected("strings", name), "{name}");
    }
}

#[test]
fn bytes_match_cpython() {
    let mut blobs: Vec<Vec<u8>> = random_strings(&pool(DATA, "bytespool"), 4000)
        .iter()
        .map(|s| s.chars().map(|c| (u32::from(c) % 256) as u8).collect())
        .collect();
    blobs.extend((0..=255u8).map(|b| vec![b]));
    let fns: [(&str, fn(&[u8]) -> String); 2] = [
        ("repr", bytes_repr),
        ("bytearray", |b| bytearray_repr("bytearray", b)),
    ];
    for (name, f) in fns {
        let mut d = Digest::new();
        for b in &blobs {
            d.text(&f(b));
            d.n += 1;
        }
        assert_eq!(d.render(), expected("bytes", name), "{name}");
    }
}
