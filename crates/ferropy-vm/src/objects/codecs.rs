//! Text encodings for `str.encode` and `bytes.decode` (UTF-8, ASCII, Latin-1).

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::vm::Vm;

fn normalize(enc: &str) -> String {
    enc.to_ascii_lowercase().replace(['-', ' '], "_")
}

/// Encode `s` with `encoding`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match normalize(encoding).as_str() {
        "utf_8" | "utf8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "us_ascii" | "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" => {
            let limit = if normalize(encoding).contains("ascii") { 128 } else { 256 };
            let name = if limit == 128 { "ascii" } else { "latin-1" };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            return Err(vm.new_exc(
                                Exc::UnicodeEncodeError,
                                format!(
                                    "'{name}' codec can't encode character '\\u{:04x}' in position {i}: ordinal not in range({limit})",
                                    c as u32
                                ),
                            ))
                        }
                    }
                }
            }
            Ok(out)
        }
        _ => Err(vm.new_exc(Exc::LookupError, format!("unknown encoding: {encoding}"))),
    }
}

/// Decode `data` with `encoding`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match normalize(encoding).as_str() {
        "utf_8" | "utf8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => match errors {
                "replace" => Ok(String::from_utf8_lossy(data).into_owned()),
                "ignore" => Ok(String::from_utf8_lossy(data).replace('\u{FFFD}', "")),
                _ => {
                    let pos = e.valid_up_to();
                    Err(vm.new_exc(
                        Exc::UnicodeDecodeError,
                        format!(
                            "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte",
                            data[pos]
                        ),
                    ))
                }
            },
        },
        "ascii" | "us_ascii" => {
            let mut out = String::with_capacity(data.len());
            for (i, b) in data.iter().enumerate() {
                if *b < 128 {
                    out.push(*b as char);
                } else if errors == "replace" {
                    out.push('\u{FFFD}');
                } else if errors != "ignore" {
                    return Err(vm.new_exc(
                        Exc::UnicodeDecodeError,
                        format!("'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"),
                    ));
                }
            }
            Ok(out)
        }
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" => Ok(data.iter().map(|b| *b as char).collect()),
        _ => Err(vm.new_exc(Exc::LookupError, format!("unknown encoding: {encoding}"))),
    }
}
