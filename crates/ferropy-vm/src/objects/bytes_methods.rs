//! The methods of `bytes` and `bytearray`. Each is written once, generic
//! over `BA` (false: `bytes`, true: `bytearray`), which picks the receiver
//! type, the type named in error messages and the type of the results.
//! The algorithms are shared with `str` (`strlike`).

use crate::error::PyResult;
use crate::object::Payload;
use crate::objects::bytes::{buffer, buffer_arg, byte_value, new_bytes_like, with_bytearray};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str_methods::Justify;
use crate::objects::strlike::{self, Binary, Units};
use crate::objects::text_args::{self as ta, keywords, no_args, one_arg, pos_only, Bound, Sig};
use crate::value::Value;
use crate::vm::Vm;
use std::borrow::Cow;
use std::ops::Range;

/// The type name of the receiver.
const fn owner<const BA: bool>() -> &'static str {
    if BA {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The receiver's bytes (borrowed from a `bytes`, copied from a `bytearray`).
fn recv<'a, const BA: bool>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Cow<'a, [u8]>> {
    let Some(v) = args
        .values
        .get(..args.values.len() - args.kwnames.len())
        .and_then(|p| p.first())
    else {
        return Err(vm.type_error(format!(
            "unbound method {}.{name}() needs an argument",
            owner::<BA>()
        )));
    };
    match v.payload() {
        Some(Payload::Bytes(_)) if !BA => Ok(buffer(v).unwrap_or_default()),
        Some(Payload::ByteArray(_)) if BA => Ok(buffer(v).unwrap_or_default()),
        _ => Err(ta::wrong_receiver(vm, owner::<BA>(), name, v)),
    }
}

/// The receiver's bytes and the bound arguments.
fn call<'a, const BA: bool, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    sig: &Sig<N>,
) -> PyResult<(Cow<'a, [u8]>, Bound<'a, N>)> {
    let data = recv::<BA>(vm, args, sig.name)?;
    Ok((data, sig.bind_for(vm, args, owner::<BA>())?))
}

/// A result of the receiver's type.
fn make<const BA: bool>(vm: &Vm, data: Vec<u8>) -> Value {
    new_bytes_like(vm, data, BA)
}

fn make_list<const BA: bool>(vm: &Vm, data: &[u8], ranges: Vec<Range<usize>>) -> Value {
    let items = ranges
        .into_iter()
        .map(|r| make::<BA>(vm, data[r].to_vec()))
        .collect();
    vm.new_list(items)
}

// ----- case and predicates -------------------------------------------------------

/// Whether `s` is titlecased: uppercase letters only after uncased bytes,
/// lowercase ones only after cased bytes, and at least one cased byte.
fn istitle_bytes(s: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            (prev_cased, cased) = (true, true);
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            (prev_cased, cased) = (true, true);
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn all_bytes(s: &[u8], p: fn(&u8) -> bool) -> bool {
    !s.is_empty() && s.iter().all(p)
}

/// A copy of `s` with the case changes `runs` applied.
fn map_case(s: &[u8], runs: impl Iterator<Item = strlike::CaseRun>) -> Vec<u8> {
    let mut out = s.to_vec();
    strlike::apply_case(
        &mut out[..],
        runs,
        |b, r| b[r].make_ascii_uppercase(),
        |b, r| b[r].make_ascii_lowercase(),
    );
    out
}

macro_rules! simple_methods {
    ($($fname:ident => $name:literal, $f:expr;)*) => {$(
        fn $fname<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            static SIG: Sig<0> = no_args("bytes", $name);
            let (s, []) = call::<BA, 0>(vm, args, &SIG)?;
            let f: fn(&Vm, &[u8], bool) -> Value = $f;
            Ok(f(vm, &s, BA))
        }
    )*};
}

simple_methods! {
    upper => "upper", |vm, s, ba| new_bytes_like(vm, s.to_ascii_uppercase(), ba);
    lower => "lower", |vm, s, ba| new_bytes_like(vm, s.to_ascii_lowercase(), ba);
    title => "title", |vm, s, ba| new_bytes_like(vm, map_case(s, strlike::ascii_title(s)), ba);
    capitalize => "capitalize", |vm, s, ba| new_bytes_like(vm, map_case(s, strlike::ascii_capitalize(s)), ba);
    swapcase => "swapcase", |vm, s, ba| new_bytes_like(vm, map_case(s, strlike::ascii_swapcase(s)), ba);
    copy => "copy", |vm, s, ba| new_bytes_like(vm, s.to_vec(), ba);
    isalnum => "isalnum", |_, s, _| Value::Bool(all_bytes(s, u8::is_ascii_alphanumeric));
    isalpha => "isalpha", |_, s, _| Value::Bool(all_bytes(s, u8::is_ascii_alphabetic));
    isdigit => "isdigit", |_, s, _| Value::Bool(all_bytes(s, u8::is_ascii_digit));
    isspace => "isspace", |_, s, _| Value::Bool(all_bytes(s, |b| Binary::is_space(*b as u32)));
    isascii => "isascii", |_, s, _| Value::Bool(s.is_ascii());
    islower => "islower", |_, s, _| Value::Bool(s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase));
    isupper => "isupper", |_, s, _| Value::Bool(s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase));
    istitle => "istitle", |_, s, _| Value::Bool(istitle_bytes(s));
    getnewargs => "__getnewargs__", |vm, s, _| { let b = vm.new_bytes(s.to_vec()); vm.new_tuple(vec![b]) };
    dunder_bytes => "__bytes__", |vm, s, _| vm.new_bytes(s.to_vec());
}

// ----- searching -----------------------------------------------------------------

/// The needle of `find`/`count`/...: a bytes-like object or a byte value.
fn needle_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    if crate::objects::int::is_int(v) || vm.lookup_special(v, "__index__").is_some() {
        return Ok(Cow::Owned(vec![byte_value(
            vm,
            v,
            "byte must be in range(0, 256)",
        )?]));
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

/// What the `find` family reports.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn search<const BA: bool>(vm: &mut Vm, args: &Args, sig: &Sig<3>, how: Search) -> PyResult<Value> {
    let (s, [sub, start, end]) = call::<BA, 3>(vm, args, sig)?;
    let needle = needle_arg(vm, sub.unwrap())?;
    let range = ta::slice_range(vm, start, end, s.len())?;
    let Some(range) = range else {
        return match how {
            Search::Count => Ok(Value::Int(0)),
            Search::Index | Search::RIndex => Err(vm.value_error("subsection not found")),
            _ => Ok(Value::Int(-1)),
        };
    };
    let hay = &s[range.clone()];
    let found = match how {
        Search::Count if needle.is_empty() => return Ok(Value::Int(hay.len() as i64 + 1)),
        Search::Count => return Ok(Value::Int(strlike::count(hay, &needle) as i64)),
        Search::Find | Search::Index => strlike::find(hay, &needle),
        Search::RFind | Search::RIndex => strlike::rfind(hay, &needle),
    };
    match found {
        Some(i) => Ok(Value::Int((range.start + i) as i64)),
        None if matches!(how, Search::Index | Search::RIndex) => {
            Err(vm.value_error("subsection not found"))
        }
        None => Ok(Value::Int(-1)),
    }
}

macro_rules! search_methods {
    ($($fname:ident => $name:literal, $how:expr;)*) => {$(
        fn $fname<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            static SIG: Sig<3> = pos_only("bytes", $name, ["sub", "start", "end"], 1);
            search::<BA>(vm, args, &SIG, $how)
        }
    )*};
}

search_methods! {
    find => "find", Search::Find;
    rfind => "rfind", Search::RFind;
    index => "index", Search::Index;
    rindex => "rindex", Search::RIndex;
    count => "count", Search::Count;
}

fn affix<const BA: bool>(vm: &mut Vm, args: &Args, sig: &Sig<3>, prefix: bool) -> PyResult<Value> {
    let (s, [affix, start, end]) = call::<BA, 3>(vm, args, sig)?;
    let affix = affix.unwrap();
    let candidates = match affix.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ if buffer(affix).is_some() => vec![affix.clone()],
        _ => {
            return Err(vm.type_error(format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                sig.name,
                vm.type_name(affix)
            )))
        }
    };
    let Some(range) = ta::slice_range(vm, start, end, s.len())? else {
        return Ok(Value::Bool(false));
    };
    let sub = &s[range];
    for c in &candidates {
        let c = buffer_arg(vm, c)?;
        if (prefix && sub.starts_with(&c)) || (!prefix && sub.ends_with(&c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<3> = pos_only("bytes", "startswith", ["prefix", "start", "end"], 1);
    affix::<BA>(vm, args, &SIG, true)
}

fn endswith<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<3> = pos_only("bytes", "endswith", ["suffix", "start", "end"], 1);
    affix::<BA>(vm, args, &SIG, false)
}

// ----- splitting and joining -------------------------------------------------------

fn split_impl<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    sig: &Sig<2>,
    reverse: bool,
) -> PyResult<Value> {
    let (s, [sep, maxsplit]) = call::<BA, 2>(vm, args, sig)?;
    let maxsplit = ta::opt_ssize(vm, maxsplit, -1)?;
    let mut ranges: Vec<_> = match sep.filter(|v| !v.is_none()) {
        None if reverse => strlike::rsplit_whitespace::<Binary>(&s, maxsplit).collect(),
        None => strlike::split_whitespace::<Binary>(&s, maxsplit).collect(),
        Some(sep) => {
            let sep = buffer_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if reverse {
                strlike::rsplit(&s, &sep, maxsplit).collect()
            } else {
                strlike::split(&s, &sep, maxsplit).collect()
            }
        }
    };
    if reverse {
        ranges.reverse();
    }
    Ok(make_list::<BA>(vm, &s, ranges))
}

fn split<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = keywords("bytes", "split", ["sep", "maxsplit"], 0, 0);
    split_impl::<BA>(vm, args, &SIG, false)
}

fn rsplit<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = keywords("bytes", "rsplit", ["sep", "maxsplit"], 0, 0);
    split_impl::<BA>(vm, args, &SIG, true)
}

fn splitlines<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = keywords("bytes", "splitlines", ["keepends"], 0, 0);
    let (s, [keep]) = call::<BA, 1>(vm, args, &SIG)?;
    let keep = match keep {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let ranges = strlike::splitlines::<Binary>(&s, keep).collect();
    Ok(make_list::<BA>(vm, &s, ranges))
}

fn partition_impl<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    sig: &Sig<1>,
    reverse: bool,
) -> PyResult<Value> {
    let (s, [sep]) = call::<BA, 1>(vm, args, sig)?;
    let sep = buffer_arg(vm, sep.unwrap())?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        strlike::rfind(&s, &sep)
    } else {
        strlike::find(&s, &sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&s[..i], &sep, &s[i + sep.len()..]],
        None if reverse => [b"", b"", &s],
        None => [&s, b"", b""],
    };
    let items = parts.iter().map(|p| make::<BA>(vm, p.to_vec())).collect();
    Ok(vm.new_tuple(items))
}

fn partition<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "partition");
    partition_impl::<BA>(vm, args, &SIG, false)
}

fn rpartition<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "rpartition");
    partition_impl::<BA>(vm, args, &SIG, true)
}

fn join<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "join");
    let (sep, [iterable]) = call::<BA, 1>(vm, args, &SIG)?;
    let iterable = iterable.unwrap();
    if !vm.is_iterable(iterable) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect_iterable(iterable)?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = buffer(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make::<BA>(vm, out))
}

// ----- stripping and replacing -----------------------------------------------------

fn strip_impl<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    sig: &Sig<1>,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, [chars]) = call::<BA, 1>(vm, args, sig)?;
    let range = match chars.filter(|v| !v.is_none()) {
        None => strlike::strip::<Binary>(&s, Binary::is_space, left, right),
        Some(c) => {
            let set = buffer_arg(vm, c)?;
            strlike::strip::<Binary>(&s, |u| set.contains(&(u as u8)), left, right)
        }
    };
    Ok(make::<BA>(vm, s[range].to_vec()))
}

fn strip<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = pos_only("bytes", "strip", ["bytes"], 0);
    strip_impl::<BA>(vm, args, &SIG, true, true)
}

fn lstrip<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = pos_only("bytes", "lstrip", ["bytes"], 0);
    strip_impl::<BA>(vm, args, &SIG, true, false)
}

fn rstrip<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = pos_only("bytes", "rstrip", ["bytes"], 0);
    strip_impl::<BA>(vm, args, &SIG, false, true)
}

fn remove_affix<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    sig: &Sig<1>,
    prefix: bool,
) -> PyResult<Value> {
    let (s, [affix]) = call::<BA, 1>(vm, args, sig)?;
    let affix = buffer_arg(vm, affix.unwrap())?;
    let rest = if prefix {
        s.strip_prefix(affix.as_ref())
    } else {
        s.strip_suffix(affix.as_ref())
    };
    Ok(make::<BA>(vm, rest.unwrap_or(&s).to_vec()))
}

fn removeprefix<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "removeprefix");
    remove_affix::<BA>(vm, args, &SIG, true)
}

fn removesuffix<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "removesuffix");
    remove_affix::<BA>(vm, args, &SIG, false)
}

fn replace<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<3> = pos_only("bytes", "replace", ["old", "new", "count"], 2);
    let (s, [old, new, count]) = call::<BA, 3>(vm, args, &SIG)?;
    let old = buffer_arg(vm, old.unwrap())?;
    let new = buffer_arg(vm, new.unwrap())?;
    let count = ta::opt_ssize(vm, count, -1)?;
    Ok(make::<BA>(
        vm,
        strlike::replace::<Binary>(&s, &old, &new, count).into_vec(),
    ))
}

fn expandtabs<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = keywords("bytes", "expandtabs", ["tabsize"], 0, 0);
    let (s, [tabsize]) = call::<BA, 1>(vm, args, &SIG)?;
    let tabsize = ta::opt_ssize(vm, tabsize, 8)?;
    Ok(make::<BA>(
        vm,
        strlike::expandtabs::<Binary>(&s, tabsize).into_vec(),
    ))
}

// ----- padding ---------------------------------------------------------------------

fn justify<const BA: bool>(
    vm: &mut Vm,
    args: &Args,
    sig: &Sig<2>,
    how: Justify,
) -> PyResult<Value> {
    let (s, [width, fill]) = call::<BA, 2>(vm, args, sig)?;
    let width = ta::ssize(vm, width.unwrap())?;
    let fill = match fill {
        None => b' ',
        Some(f) => match buffer(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => return Err(sig.bad_arg(vm, 1, "a byte string of length 1", f)),
        },
    };
    if width <= s.len() as i64 {
        return Ok(make::<BA>(vm, s.into_owned()));
    }
    let width = width as usize;
    let (left, right) = how.split(width - s.len(), width);
    Ok(make::<BA>(
        vm,
        strlike::pad(&s, left, right, &[fill]).into_vec(),
    ))
}

fn center<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = pos_only("bytes", "center", ["width", "fillchar"], 1);
    justify::<BA>(vm, args, &SIG, Justify::Center)
}

fn ljust<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = pos_only("bytes", "ljust", ["width", "fillchar"], 1);
    justify::<BA>(vm, args, &SIG, Justify::Left)
}

fn rjust<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = pos_only("bytes", "rjust", ["width", "fillchar"], 1);
    justify::<BA>(vm, args, &SIG, Justify::Right)
}

fn zfill<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "zfill");
    let (s, [width]) = call::<BA, 1>(vm, args, &SIG)?;
    let width = ta::ssize(vm, width.unwrap())?;
    if width <= s.len() as i64 {
        return Ok(make::<BA>(vm, s.into_owned()));
    }
    Ok(make::<BA>(
        vm,
        strlike::zfill(&s, width as usize - s.len()).into_vec(),
    ))
}

// ----- translation -----------------------------------------------------------------

fn translate<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = keywords("bytes", "translate", ["table", "delete"], 1, 1);
    let (s, [table, delete]) = call::<BA, 2>(vm, args, &SIG)?;
    let table = match table.unwrap() {
        Value::None => None,
        t => Some(buffer_arg(vm, t)?),
    };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = match delete {
        Some(d) => buffer_arg(vm, d)?,
        None => Cow::Borrowed(&b""[..]),
    };
    let out = s
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make::<BA>(vm, out))
}

fn maketrans<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = pos_only("bytes", "maketrans", ["frm", "to"], 2);
    let [frm, to] = SIG.bind_static(vm, args, owner::<BA>())?;
    let frm = buffer_arg(vm, frm.unwrap())?;
    let to = buffer_arg(vm, to.unwrap())?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in frm.iter().zip(to.iter()) {
        table[*a as usize] = *b;
    }
    Ok(vm.new_bytes(table))
}

// ----- decoding and hex --------------------------------------------------------------

fn decode<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = keywords("bytes", "decode", ["encoding", "errors"], 0, 0);
    let (s, [encoding, errors]) = call::<BA, 2>(vm, args, &SIG)?;
    let encoding = ta::opt_str_arg(vm, &SIG, 0, encoding, "utf-8")?;
    let errors = ta::opt_str_arg(vm, &SIG, 1, errors, "strict")?;
    let text = crate::objects::codecs::decode(vm, &s, encoding, errors)?;
    Ok(vm.new_str(text))
}

/// The separator of `hex()`: one ASCII character from a str or bytes.
fn hex_separator(vm: &mut Vm, sep: &Value) -> PyResult<u8> {
    let chars: Vec<u32> = match (sep.as_str(), buffer(sep)) {
        (Some(s), _) => s.chars().map(u32::from).collect(),
        (None, Some(b)) => b.iter().map(|&b| b as u32).collect(),
        (None, None) => {
            vm.len(sep)?;
            return Err(vm.type_error("sep must be str or bytes."));
        }
    };
    match chars[..] {
        [c] if c < 0x80 => Ok(c as u8),
        [_] => Err(vm.value_error("sep must be ASCII.")),
        _ => Err(vm.value_error("sep must be length 1.")),
    }
}

/// `hex(sep, bytes_per_sep)`: groups of `per` bytes counted from the
/// right (positive) or the left (negative).
pub fn hex_string(data: &[u8], sep: Option<u8>, per: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let (Some(sep), true, true) = (sep, group > 0, i > 0) {
            let boundary = if per > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep as char);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn hex<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = keywords("bytes", "hex", ["sep", "bytes_per_sep"], 0, 0);
    let (s, [sep, per]) = call::<BA, 2>(vm, args, &SIG)?;
    let sep = match sep {
        Some(v) => Some(hex_separator(vm, v)?),
        None => None,
    };
    let per = ta::opt_ssize(vm, per, 1)?;
    Ok(vm.new_str(hex_string(&s, sep, per)))
}

/// Parse the argument of `fromhex`: pairs of hex digits, with ASCII
/// whitespace allowed before each pair.
fn parse_hex(vm: &Vm, s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let bad = |i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| bad(i))?;
        let lo = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn fromhex<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "fromhex");
    let [s] = SIG.bind_for(vm, args, owner::<BA>())?;
    let s = ta::str_arg(vm, &SIG, 0, s.unwrap())?;
    let data = parse_hex(vm, s)?;
    let cls = args.values[0].clone();
    let base = if BA {
        &vm.types.bytearray
    } else {
        &vm.types.bytes
    };
    if matches!(&cls, Value::Obj(c) if std::rc::Rc::ptr_eq(c, base)) {
        return Ok(make::<BA>(vm, data));
    }
    let v = make::<BA>(vm, data);
    vm.call(&cls, vec![v], &[])
}

/// `__rmod__(self, other)`: `other % self` when `other` has the
/// receiver's type.
fn rmod<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytes", "__rmod__");
    let (_, [other]) = call::<BA, 1>(vm, args, &SIG)?;
    let other = other.unwrap();
    let fmt = match other.payload() {
        Some(Payload::Bytes(b)) if !BA => b.to_vec(),
        Some(Payload::ByteArray(b)) if BA => b.borrow().clone(),
        _ => return Ok(vm.not_implemented.clone()),
    };
    let out = crate::objects::percent::bytes_percent(vm, &fmt, &args.values[0])?;
    Ok(make::<BA>(vm, out))
}

// ----- bytearray mutators --------------------------------------------------------------

/// The receiver of a bytearray mutator.
fn ba_self<'a, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    sig: &Sig<N>,
) -> PyResult<(&'a Value, Bound<'a, N>)> {
    recv::<true>(vm, args, sig.name)?;
    Ok((&args.values[0], sig.bind(vm, args)?))
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytearray", "append");
    let (this, [item]) = ba_self(vm, args, &SIG)?;
    let b = byte_value(vm, item.unwrap(), "byte must be in range(0, 256)")?;
    with_bytearray(this, |v| v.push(b));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytearray", "extend");
    let (this, [items]) = ba_self(vm, args, &SIG)?;
    let items = items.unwrap();
    let data = match buffer(items) {
        Some(b) => b.into_owned(),
        None if items.as_str().is_some() => {
            return Err(vm.type_error("expected iterable of integers; got: 'str'"))
        }
        None if !vm.is_iterable(items) => {
            return Err(vm.type_error(format!(
                "can't extend bytearray with {}",
                vm.type_name(items)
            )))
        }
        None => {
            let values = vm.collect_iterable(items)?;
            let mut out = Vec::with_capacity(values.len());
            for v in &values {
                out.push(byte_value(vm, v, "byte must be in range(0, 256)")?);
            }
            out
        }
    };
    with_bytearray(this, |v| v.extend_from_slice(&data));
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<2> = pos_only("bytearray", "insert", ["index", "item"], 2);
    let (this, [index, item]) = ba_self(vm, args, &SIG)?;
    let index = ta::ssize(vm, index.unwrap())?;
    let b = byte_value(vm, item.unwrap(), "byte must be in range(0, 256)")?;
    with_bytearray(this, |v| {
        let len = v.len() as i64;
        let at = if index < 0 {
            (index + len).max(0)
        } else {
            index.min(len)
        };
        v.insert(at as usize, b);
    });
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = pos_only("bytearray", "pop", ["index"], 0);
    let (this, [index]) = ba_self(vm, args, &SIG)?;
    let index = ta::opt_ssize(vm, index, -1)?;
    let popped = with_bytearray(this, |v| {
        if v.is_empty() {
            return Err("pop from empty bytearray");
        }
        let i = if index < 0 {
            index + v.len() as i64
        } else {
            index
        };
        if i < 0 || i >= v.len() as i64 {
            return Err("pop index out of range");
        }
        Ok(v.remove(i as usize))
    });
    match popped {
        Some(Ok(b)) => Ok(Value::Int(b as i64)),
        Some(Err(msg)) => Err(vm.index_error(msg)),
        None => Ok(Value::None),
    }
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<1> = one_arg("bytearray", "remove");
    let (this, [value]) = ba_self(vm, args, &SIG)?;
    let b = byte_value(vm, value.unwrap(), "byte must be in range(0, 256)")?;
    let found = with_bytearray(this, |v| {
        v.iter().position(|x| *x == b).map(|i| v.remove(i))
    });
    match found.flatten() {
        Some(_) => Ok(Value::None),
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<0> = no_args("bytearray", "reverse");
    let (this, []) = ba_self(vm, args, &SIG)?;
    with_bytearray(this, |v| v.reverse());
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    static SIG: Sig<0> = no_args("bytearray", "clear");
    let (this, []) = ba_self(vm, args, &SIG)?;
    with_bytearray(this, |v| v.clear());
    Ok(Value::None)
}

// ----- registration --------------------------------------------------------------------

/// The methods `bytes` and `bytearray` share.
fn shared<const BA: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("upper", upper::<BA>),
        ("lower", lower::<BA>),
        ("title", title::<BA>),
        ("capitalize", capitalize::<BA>),
        ("swapcase", swapcase::<BA>),
        ("isalnum", isalnum::<BA>),
        ("isalpha", isalpha::<BA>),
        ("isdigit", isdigit::<BA>),
        ("isspace", isspace::<BA>),
        ("isascii", isascii::<BA>),
        ("islower", islower::<BA>),
        ("isupper", isupper::<BA>),
        ("istitle", istitle::<BA>),
        ("find", find::<BA>),
        ("rfind", rfind::<BA>),
        ("index", index::<BA>),
        ("rindex", rindex::<BA>),
        ("count", count::<BA>),
        ("startswith", startswith::<BA>),
        ("endswith", endswith::<BA>),
        ("split", split::<BA>),
        ("rsplit", rsplit::<BA>),
        ("splitlines", splitlines::<BA>),
        ("partition", partition::<BA>),
        ("rpartition", rpartition::<BA>),
        ("join", join::<BA>),
        ("strip", strip::<BA>),
        ("lstrip", lstrip::<BA>),
        ("rstrip", rstrip::<BA>),
        ("removeprefix", removeprefix::<BA>),
        ("removesuffix", removesuffix::<BA>),
        ("replace", replace::<BA>),
        ("expandtabs", expandtabs::<BA>),
        ("center", center::<BA>),
        ("ljust", ljust::<BA>),
        ("rjust", rjust::<BA>),
        ("zfill", zfill::<BA>),
        ("translate", translate::<BA>),
        ("decode", decode::<BA>),
        ("hex", hex::<BA>),
        ("maketrans", maketrans::<BA>),
        ("fromhex", fromhex::<BA>),
        ("__rmod__", rmod::<BA>),
    ]
}

/// Register the methods of bytes and bytearray.
pub fn install(vm: &mut Vm) {
    use crate::objects::{add_method, mark_classmethod, mark_static};
    let b = vm.types.bytes.clone();
    let ba = vm.types.bytearray.clone();
    for (t, methods) in [(&b, shared::<false>()), (&ba, shared::<true>())] {
        for (name, f) in methods {
            add_method(vm, t, name, f);
        }
        mark_static(vm, t, "maketrans");
        mark_classmethod(vm, t, "fromhex");
    }
    add_method(vm, &b, "__getnewargs__", getnewargs::<false>);
    add_method(vm, &b, "__bytes__", dunder_bytes::<false>);
    let mutators: [(&str, NativeFn); 8] = [
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy::<true>),
    ];
    for (name, f) in mutators {
        add_method(vm, &ba, name, f);
    }
}
