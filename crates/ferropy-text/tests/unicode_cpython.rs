//! Checks `ferropy_text::unicode_props` against digests recorded from
//! CPython 3.13 over every code point and over pseudo-random strings
//! (`tests/data/unicode_digests.txt`, written by `tools/gen_unicode_digests.py`).

#![allow(clippy::type_complexity)]

use ferropy_text::unicode_props::*;

const DATA: &str = include_str!("data/unicode_digests.txt");

mod common;

use common::{pool, random_strings, Digest};

fn expected(kind: &str, name: &str) -> String {
    common::expected(DATA, kind, name)
}

fn predicate_digest(pred: impl Fn(u32) -> bool) -> String {
    let mut d = Digest::new();
    for cp in 0..0x11_0000u32 {
        if pred(cp) {
            d.word(cp);
            d.n += 1;
        }
    }
    d.render()
}

#[test]
fn char_predicates_match_cpython() {
    let preds: [(&str, fn(u32) -> bool); 13] = [
        ("isprintable", |c| is_printable(c)),
        ("isidentifier_start", |c| is_identifier_start(c)),
        ("isidentifier_continue", |c| is_identifier_continue(c)),
        ("isdecimal", |c| is_decimal(c)),
        ("isdigit", |c| is_digit(c)),
        ("isnumeric", |c| is_numeric(c)),
        ("isalpha", |c| is_alpha(c)),
        ("isalnum", |c| is_alnum(c)),
        ("isspace", |c| is_space(c)),
        ("isupper", |c| is_upper(c)),
        ("islower", |c| is_lower(c)),
        ("istitle", |c| is_title(c) || is_upper(c)),
        ("linebreak", |c| is_linebreak(c)),
    ];
    for (name, pred) in preds {
        assert_eq!(predicate_digest(pred), expected("char", name), "{name}");
    }
}

#[test]
fn decimal_values_match_cpython() {
    let mut d = Digest::new();
    for cp in 0..0x11_0000u32 {
        if let Some(v) = decimal_value(cp) {
            d.word(cp);
            d.word(v);
            d.n += 1;
        }
    }
    assert_eq!(d.render(), expected("char", "decimal_value"));
}

#[test]
fn char_mappings_match_cpython() {
    let maps: [(&str, fn(char) -> CaseMapping); 4] = [
        ("lower", to_lower_full),
        ("upper", to_upper_full),
        ("title", to_title_full),
        ("casefold", to_folded_full),
    ];
    for (name, map) in maps {
        let mut d = Digest::new();
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let m: String = map(c).collect();
            if m.chars().ne([c]) {
                d.word(u32::from(c));
                d.text(&m);
                d.n += 1;
            }
        }
        assert_eq!(d.render(), expected("map", name), "{name}");
    }
}

fn cps(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().map(u32::from)
}

fn flag(b: bool) -> String {
    if b { "1" } else { "0" }.to_string()
}

#[test]
fn string_methods_match_cpython() {
    let strings = random_strings(&pool(DATA, "pool"), 4000);
    let methods: [(&str, fn(&str) -> String); 11] = [
        ("lower", lower),
        ("upper", upper),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isupper", |s| flag(str_is_upper(cps(s)))),
        ("islower", |s| flag(str_is_lower(cps(s)))),
        ("istitle", |s| flag(str_is_title(cps(s)))),
        ("isidentifier", |s| flag(str_is_identifier(cps(s)))),
        ("isprintable", |s| flag(str_is_printable(cps(s)))),
    ];
    for (name, method) in methods {
        let mut d = Digest::new();
        for s in &strings {
            d.text(&method(s));
        }
        d.n = strings.len();
        assert_eq!(d.render(), expected("strings", name), "{name}");
    }
}

#[test]
fn spot_checks() {
    assert_eq!(lower("ΑΣ"), "ας");
    assert_eq!(lower("Σ"), "σ");
    assert_eq!(lower("ΑΣ.Α"), "ασ.α");
    assert_eq!(upper("ßﬁ"), "SSFI");
    assert_eq!(casefold("ẞΣ"), "ssσ");
    assert_eq!(title("hello wORLD ǆx"), "Hello World ǅx");
    assert_eq!(capitalize("ǆA"), "ǅa");
    assert_eq!(swapcase("aΣ"), "Aς");
    assert_eq!(lower("İ"), "i\u{307}");
    assert!(is_space('\u{1c}') && !is_space('\u{200b}'));
    assert!(is_printable(' ') && !is_printable('\u{a0}'));
    assert!(!is_printable(0xD800u32));
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('²'), None);
    assert!(str_is_identifier(cps("_x1")) && !str_is_identifier(cps("1x")));
}
