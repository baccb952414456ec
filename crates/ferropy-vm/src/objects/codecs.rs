//! Text encodings for `str.encode`, `bytes.decode`, `str(b, enc)` and
//! `bytes(s, enc)`: UTF-8 (and `utf-8-sig`), ASCII, Latin-1, cp1252,
//! UTF-16 and UTF-32, with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and `xmlcharrefreplace`, and CPython's
//! `UnicodeEncodeError`/`UnicodeDecodeError` (attributes and messages).
//!
//! Lone surrogates are stored as stand-ins (`ferropy_text::surrogates`):
//! the UTF codecs refuse them ("surrogates not allowed") unless the
//! `surrogatepass` or `surrogateescape` handler applies, and decoding makes
//! them only through those handlers.

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::objects::exception;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use ferropy_text::surrogates::{code_point, has_stand_ins, stand_in, surrogate_of};

/// Byte order of the UTF-16/UTF-32 codecs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

/// The codecs ferropy implements natively.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    /// Without a byte order: encode with a BOM, decode by the BOM.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

impl Codec {
    /// Whether `surrogatepass` can write a lone surrogate in this codec.
    fn passes_surrogates(self) -> bool {
        matches!(
            self,
            Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_)
        )
    }

    /// Write `surrogate` as `surrogatepass` does: its code unit, or for
    /// UTF-8 the three bytes a surrogate would have.
    fn push_surrogate(self, out: &mut Vec<u8>, surrogate: u32) {
        match self {
            Codec::Utf16(order) => push_unit(out, surrogate, 2, order.unwrap_or(Endian::Little)),
            Codec::Utf32(order) => push_unit(out, surrogate, 4, order.unwrap_or(Endian::Little)),
            _ => out.extend_from_slice(&[
                0xe0 | (surrogate >> 12) as u8,
                0x80 | ((surrogate >> 6) & 0x3f) as u8,
                0x80 | (surrogate & 0x3f) as u8,
            ]),
        }
    }

    /// The name used in error messages.
    fn name(self) -> &'static str {
        use Endian::*;
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Little)) => "utf-16-le",
            Codec::Utf16(Some(Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Little)) => "utf-32-le",
            Codec::Utf32(Some(Big)) => "utf-32-be",
        }
    }
}

/// Find the codec for an encoding name, as `codecs.lookup` normalizes it.
fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let key: String = encoding
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    use Endian::*;
    Ok(match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "iso_646.irv_1991" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859"
        | "cp819" | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_8859_1_1987" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Big)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Big)),
        _ => return Err(vm.new_exc(Exc::LookupError, format!("unknown encoding: {encoding}"))),
    })
}

/// cp1252's bytes 0x80..=0x9f (0 = undefined); the rest is Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => char::from_u32(CP1252_HIGH[b as usize - 0x80] as u32).filter(|c| *c != '\0'),
        _ => Some(b as char),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x80 || (0xa0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&m| m != 0 && m as u32 == cp)
        .map(|i| 0x80 + i as u8)
}

// ----- errors ----------------------------------------------------------------

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_exc(
        Exc::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its five attributes.
fn unicode_error(
    vm: &Vm,
    kind: Exc,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        vm.new_str(codec),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    let err = vm.new_exc_args(kind, args.clone());
    set_unicode_attrs(vm, &err.0, &args);
    err
}

fn set_unicode_attrs(vm: &Vm, o: &crate::value::ObjRef, args: &[Value]) {
    for (name, v) in ["encoding", "object", "start", "end", "reason"]
        .iter()
        .zip(args)
    {
        exception::set_attr_raw(vm, o, name, v.clone());
    }
}

// ----- encoding --------------------------------------------------------------

/// Encode `s` with `encoding` and the error handler `errors`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let mut out = Vec::with_capacity(s.len());
    let vm: &Vm = vm;
    if has_stand_ins(s) {
        return encode_with_surrogates(vm, s, codec, errors);
    }
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(s.as_bytes());
        }
        Codec::Utf16(order) => {
            let e = order.unwrap_or(Endian::Little);
            if order.is_none() {
                push_unit(&mut out, 0xfeff, 2, e);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    push_unit(&mut out, *u as u32, 2, e);
                }
            }
        }
        Codec::Utf32(order) => {
            let e = order.unwrap_or(Endian::Little);
            if order.is_none() {
                push_unit(&mut out, 0xfeff, 4, e);
            }
            for c in s.chars() {
                push_unit(&mut out, c as u32, 4, e);
            }
        }
        Codec::Ascii => {
            return Encoding {
                vm,
                s,
                codec,
                errors,
                out,
            }
            .bytewise(
                |c| (c < '\u{80}').then_some(c as u8),
                "ordinal not in range(128)",
            )
        }
        Codec::Latin1 => {
            return Encoding {
                vm,
                s,
                codec,
                errors,
                out,
            }
            .bytewise(|c| u8::try_from(c as u32).ok(), "ordinal not in range(256)")
        }
        Codec::Cp1252 => {
            return Encoding {
                vm,
                s,
                codec,
                errors,
                out,
            }
            .bytewise(cp1252_encode, "character maps to <undefined>")
        }
    }
    Ok(out)
}

/// Encode text that holds lone surrogates: character by character, the
/// surrogates going to the error handler.
fn encode_with_surrogates(vm: &Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let utf = |c: char| {
        let mut out = Vec::new();
        match codec {
            Codec::Utf16(order) => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    push_unit(&mut out, *u as u32, 2, order.unwrap_or(Endian::Little));
                }
            }
            Codec::Utf32(order) => {
                push_unit(&mut out, c as u32, 4, order.unwrap_or(Endian::Little))
            }
            _ => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
        out
    };
    let mut out = Vec::new();
    match codec {
        Codec::Utf8Sig => out.extend_from_slice(b"\xef\xbb\xbf"),
        Codec::Utf16(None) => push_unit(&mut out, 0xfeff, 2, Endian::Little),
        Codec::Utf32(None) => push_unit(&mut out, 0xfeff, 4, Endian::Little),
        _ => {}
    }
    let encoding = Encoding {
        vm,
        s,
        codec,
        errors,
        out,
    };
    match codec {
        Codec::Ascii => encoding.charwise(
            |c| (c < '\u{80}').then(|| vec![c as u8]),
            "ordinal not in range(128)",
        ),
        Codec::Latin1 => encoding.charwise(
            |c| u8::try_from(c as u32).ok().map(|b| vec![b]),
            "ordinal not in range(256)",
        ),
        Codec::Cp1252 => encoding.charwise(
            |c| cp1252_encode(c).map(|b| vec![b]),
            "character maps to <undefined>",
        ),
        _ => encoding.charwise(
            |c| surrogate_of(c).is_none().then(|| utf(c)),
            "surrogates not allowed",
        ),
    }
}

fn push_unit(out: &mut Vec<u8>, u: u32, width: usize, e: Endian) {
    let bytes = u.to_le_bytes();
    let unit = &bytes[..width];
    match e {
        Endian::Little => out.extend_from_slice(unit),
        Endian::Big => out.extend(unit.iter().rev()),
    }
}

/// An encoding in progress that can fail: the text, the codec, the error
/// handler and the bytes so far.
struct Encoding<'a> {
    vm: &'a Vm,
    s: &'a str,
    codec: Codec,
    errors: &'a str,
    out: Vec<u8>,
}

impl Encoding<'_> {
    /// Encode with a one-byte-per-character codec; runs of characters it
    /// cannot encode (`enc` gives `None`) go to the error handler.
    fn bytewise(self, enc: impl Fn(char) -> Option<u8>, reason: &str) -> PyResult<Vec<u8>> {
        self.charwise(|c| enc(c).map(|b| vec![b]), reason)
    }

    /// Encode character by character (`enc` gives the bytes of one, or
    /// `None`); runs of characters it cannot encode go to the error handler.
    fn charwise(
        mut self,
        enc: impl Fn(char) -> Option<Vec<u8>>,
        reason: &str,
    ) -> PyResult<Vec<u8>> {
        let chars: Vec<char> = self.s.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if let Some(bytes) = enc(chars[i]) {
                self.out.extend_from_slice(&bytes);
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && enc(chars[i]).is_none() {
                i += 1;
            }
            self.fail(&chars[start..i], start, reason)?;
        }
        Ok(self.out)
    }

    /// Apply the error handler to the unencodable `run` of characters,
    /// which starts at code point `start`.
    fn fail(&mut self, run: &[char], start: usize, reason: &str) -> PyResult<()> {
        let vm = self.vm;
        let surrogates: Option<Vec<u32>> = run.iter().map(|c| surrogate_of(*c)).collect();
        match (self.errors, surrogates) {
            ("surrogateescape", Some(s)) if s.iter().all(|u| (0xdc80..0xdd00).contains(u)) => {
                self.out.extend(s.iter().map(|u| (u - 0xdc00) as u8));
                return Ok(());
            }
            ("surrogatepass", Some(s)) if self.codec.passes_surrogates() => {
                for u in s {
                    self.codec.push_surrogate(&mut self.out, u);
                }
                return Ok(());
            }
            _ => {}
        }
        match self.errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let obj = vm.new_str(self.s);
                Err(unicode_error(
                    vm,
                    Exc::UnicodeEncodeError,
                    self.codec.name(),
                    obj,
                    start,
                    start + run.len(),
                    reason,
                ))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.out.extend(std::iter::repeat_n(b'?', run.len()));
                Ok(())
            }
            "backslashreplace" => {
                for c in run {
                    self.out
                        .extend_from_slice(escape_code_point(code_point(*c)).as_bytes());
                }
                Ok(())
            }
            "xmlcharrefreplace" => {
                for c in run {
                    self.out
                        .extend_from_slice(format!("&#{};", code_point(*c)).as_bytes());
                }
                Ok(())
            }
            "namereplace" => {
                Err(vm
                    .not_implemented_error("the 'namereplace' error handler is not supported yet"))
            }
            other => Err(unknown_handler(vm, other)),
        }
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` writes them.
fn escape_code_point(cp: u32) -> String {
    match cp {
        0..=0xff => format!("\\x{cp:02x}"),
        0x100..=0xffff => format!("\\u{cp:04x}"),
        _ => format!("\\U{cp:08x}"),
    }
}

// ----- decoding --------------------------------------------------------------

/// Decode `data` with `encoding` and the error handler `errors`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    let d = Decoding {
        vm,
        data,
        codec,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 => d.utf8(data),
        Codec::Utf8Sig => d.utf8(data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data)),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => d.bytewise(
            |b| (b < 0x80).then_some(b as char),
            "ordinal not in range(128)",
        ),
        Codec::Cp1252 => d.bytewise(cp1252_decode, "character maps to <undefined>"),
        Codec::Utf16(order) => d.utf16(order),
        Codec::Utf32(order) => d.utf32(order),
    }
}

/// A decoding in progress: the input, the codec (for error messages), the
/// error handler and the text so far.
struct Decoding<'a> {
    vm: &'a Vm,
    data: &'a [u8],
    codec: Codec,
    errors: &'a str,
    out: String,
}

impl Decoding<'_> {
    /// The lone surrogate `surrogatepass` reads from UTF-8 input at `at`
    /// (encoded `ED A0..BF 80..BF`), if that handler is on and one is there.
    fn passed_surrogate_at(&self, at: usize) -> Option<char> {
        if self.errors != "surrogatepass" {
            return None;
        }
        match self.data.get(at..at + 3)? {
            [0xED, second @ 0xA0..=0xBF, third @ 0x80..=0xBF] => Some(stand_in(
                0xd000 | ((*second as u32 & 0x3f) << 6) | (*third as u32 & 0x3f),
            )),
            _ => None,
        }
    }

    /// Append decoded text, refusing the code points that stand in for
    /// lone surrogates (ferropy cannot hold them as themselves).
    fn push_text(&mut self, s: &str) -> PyResult<()> {
        if let Some(c) = s.chars().find(|c| surrogate_of(*c).is_some()) {
            return Err(crate::objects::str::reserved_code_point_error(
                self.vm, c as u32,
            ));
        }
        self.out.push_str(s);
        Ok(())
    }

    /// Append the character for a decoded code point: a lone surrogate
    /// only through `surrogatepass` (else the handler decides).
    fn push_code_point(&mut self, cp: u32, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match char::from_u32(cp) {
            Some(c) => self.push_text(c.encode_utf8(&mut [0; 4])),
            None if self.errors == "surrogatepass" && (0xd800..0xe000).contains(&cp) => {
                self.out.push(stand_in(cp));
                Ok(())
            }
            None => self.fail(start, end, reason),
        }
    }

    /// Apply the error handler to the undecodable bytes `data[start..end]`.
    fn fail(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        let vm = self.vm;
        let escapable = self.data[start..end].iter().all(|b| *b >= 0x80);
        match self.errors {
            "surrogateescape" if escapable => {
                let escaped = self.data[start..end]
                    .iter()
                    .map(|b| stand_in(0xdc00 + *b as u32));
                self.out.extend(escaped);
                Ok(())
            }
            "strict" | "surrogatepass" | "surrogateescape" => {
                let obj = vm.new_bytes(self.data.to_vec());
                Err(unicode_error(
                    vm,
                    Exc::UnicodeDecodeError,
                    self.codec.name(),
                    obj,
                    start,
                    end,
                    reason,
                ))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            other => Err(unknown_handler(vm, other)),
        }
    }

    /// Decode with a one-byte-per-character codec.
    fn bytewise(mut self, dec: impl Fn(u8) -> Option<char>, reason: &str) -> PyResult<String> {
        for (i, &b) in self.data.iter().enumerate() {
            match dec(b) {
                Some(c) => self.out.push(c),
                None => self.fail(i, i + 1, reason)?,
            }
        }
        Ok(self.out)
    }

    /// Decode UTF-8 `input` (all of `data`, or what follows a BOM).
    fn utf8(mut self, input: &[u8]) -> PyResult<String> {
        let offset = self.data.len() - input.len();
        let mut rest = input;
        loop {
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    self.push_text(s)?;
                    return Ok(self.out);
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    self.push_text(std::str::from_utf8(&rest[..good]).unwrap_or(""))?;
                    let start = offset + input.len() - rest.len() + good;
                    if let Some(c) = self.passed_surrogate_at(start) {
                        self.out.push(c);
                        rest = &rest[good + 3..];
                        continue;
                    }
                    let (len, reason) = match e.error_len() {
                        None => (rest.len() - good, "unexpected end of data"),
                        Some(n) if is_utf8_start(rest[good]) => (n, "invalid continuation byte"),
                        Some(n) => (n, "invalid start byte"),
                    };
                    self.fail(start, start + len, reason)?;
                    rest = &rest[good + len..];
                }
            }
        }
    }

    fn utf16(mut self, order: Option<Endian>) -> PyResult<String> {
        let data = self.data;
        let (e, mut i) = bom_order(data, 2, order);
        self.codec = Codec::Utf16(Some(e));
        while i + 1 < data.len() {
            let u = read_unit(data, i, 2, e);
            // Not a high surrogate: a character, or a lone low surrogate.
            if !(0xd800..0xdc00).contains(&u) {
                self.push_code_point(u, i, i + 2, "illegal encoding")?;
                i += 2;
            } else if i + 4 > data.len() {
                self.fail(i, data.len(), "unexpected end of data")?;
                i = data.len();
            } else {
                let lo = read_unit(data, i + 2, 2, e);
                if (0xdc00..0xe000).contains(&lo) {
                    let cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    self.push_code_point(cp, i, i + 4, "illegal encoding")?;
                    i += 4;
                } else {
                    self.push_code_point(u, i, i + 2, "illegal UTF-16 surrogate")?;
                    i += 2;
                }
            }
        }
        if i < data.len() {
            self.fail(i, data.len(), "truncated data")?;
        }
        Ok(self.out)
    }

    fn utf32(mut self, order: Option<Endian>) -> PyResult<String> {
        let data = self.data;
        let (e, mut i) = bom_order(data, 4, order);
        self.codec = Codec::Utf32(Some(e));
        while i + 3 < data.len() {
            let u = read_unit(data, i, 4, e);
            let reason = if (0xd800..0xe000).contains(&u) {
                "code point in surrogate code point range(0xd800, 0xe000)"
            } else {
                "code point not in range(0x110000)"
            };
            self.push_code_point(u, i, i + 4, reason)?;
            i += 4;
        }
        if i < data.len() {
            self.fail(i, data.len(), "truncated data")?;
        }
        Ok(self.out)
    }
}

/// Whether `b` can start a multi-byte UTF-8 sequence.
fn is_utf8_start(b: u8) -> bool {
    (0xc2..=0xf4).contains(&b)
}

/// Read the byte order mark of a UTF-16/32 stream with no fixed order.
fn bom_order(data: &[u8], width: usize, order: Option<Endian>) -> (Endian, usize) {
    if let Some(e) = order {
        return (e, 0);
    }
    let (le, be): (&[u8], &[u8]) = if width == 2 {
        (b"\xff\xfe", b"\xfe\xff")
    } else {
        (b"\xff\xfe\0\0", b"\0\0\xfe\xff")
    };
    if data.starts_with(le) {
        (Endian::Little, width)
    } else if data.starts_with(be) {
        (Endian::Big, width)
    } else {
        (Endian::Little, 0)
    }
}

fn read_unit(data: &[u8], i: usize, width: usize, e: Endian) -> u32 {
    let mut v = 0u32;
    for k in 0..width {
        let b = data[i + if e == Endian::Little {
            width - 1 - k
        } else {
            k
        }];
        v = (v << 8) | b as u32;
    }
    v
}

// ----- the exception types -----------------------------------------------------

/// `UnicodeEncodeError.__init__`/`UnicodeDecodeError.__init__`: store the
/// five arguments as attributes.
fn unicode_error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exception::exc_init(vm, args)?;
    let pos = &args.pos()[1..];
    if let (Value::Obj(o), 5) = (&args.values[0], pos.len()) {
        set_unicode_attrs(vm, o, pos);
    }
    Ok(Value::None)
}

fn attr(o: &crate::value::ObjRef, name: &str) -> Option<Value> {
    exception::get_attr_raw(o, name)
}

fn usize_attr(o: &crate::value::ObjRef, name: &str) -> Option<usize> {
    crate::objects::int::to_i64(&attr(o, name)?).and_then(|i| usize::try_from(i).ok())
}

/// `str()` of a `UnicodeEncodeError`/`UnicodeDecodeError`, from its
/// attributes as CPython computes it.
fn unicode_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.values[0] else {
        unreachable!("method receiver")
    };
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) = (
        attr(o, "encoding"),
        attr(o, "object"),
        usize_attr(o, "start"),
        usize_attr(o, "end"),
        attr(o, "reason"),
    ) else {
        let s = exception::exc_str(vm, o)?;
        return Ok(vm.new_str(s));
    };
    let enc = vm.str_of(&enc)?;
    let reason = vm.str_of(&reason)?;
    let one = end == start + 1;
    let msg = if let Some(s) = obj.as_str() {
        match s.chars().nth(start).filter(|_| one) {
            Some(c) => {
                let shown = escape_code_point(code_point(c));
                format!(
                    "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
                )
            }
            None => format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end.wrapping_sub(1)
            ),
        }
    } else {
        let data = crate::objects::bytes::bytes_of(&obj).unwrap_or_default();
        match data.get(start).filter(|_| one) {
            Some(b) => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            None => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end.wrapping_sub(1)
            ),
        }
    };
    Ok(vm.new_str(msg))
}

/// Register `__init__` and `__str__` of the Unicode error types.
pub fn install(vm: &mut Vm) {
    for kind in [Exc::UnicodeEncodeError, Exc::UnicodeDecodeError] {
        let t = vm.exc_type(kind).clone();
        crate::objects::add_method(vm, &t, "__init__", unicode_error_init);
        crate::objects::add_method(vm, &t, "__str__", unicode_error_str);
    }
}
