//! The methods of `str`. Searching, splitting and padding share their
//! algorithms with `bytes` (`strlike`); argument handling follows CPython's
//! calling conventions (`text_args`). Indices are code points.

use crate::error::PyResult;
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{self, pystr, PyStr};
use crate::objects::strlike::{self, AsciiText, Built, Text, Units};
use crate::objects::text_args::{self as ta, keywords, no_args, one_arg, pos_only, Bound, Sig};
use crate::value::Value;
use crate::vm::Vm;
use compact_str::CompactString;
use ferropy_text::unicode_props as up;
use std::ops::Range;
use std::rc::Rc;

/// The receiver of a `str` method, checked before the arguments (as
/// CPython's method descriptors do).
fn recv<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    let Some(v) = args
        .values
        .get(..args.values.len() - args.kwnames.len())
        .and_then(|p| p.first())
    else {
        return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    pystr(v).ok_or_else(|| ta::wrong_receiver(vm, "str", name, v))
}

/// The receiver and the bound arguments of a call to `str.<sig.name>`.
fn call<'a, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    sig: &Sig<N>,
) -> PyResult<(&'a PyStr, Bound<'a, N>)> {
    let s = recv(vm, args, sig.name)?;
    Ok((s, sig.bind(vm, args)?))
}

/// Code-point index of byte offset `b` in `s`.
fn char_index(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        Text::count(&s.as_str().as_bytes()[..b])
    }
}

/// Byte range of the code points `start..end` of `s` (`start <= end <= len`).
fn byte_range(s: &PyStr, start: usize, end: usize) -> Range<usize> {
    if s.is_ascii() || (start == 0 && end == s.char_len()) {
        let end = if s.is_ascii() { end } else { s.as_str().len() };
        return start..end;
    }
    let b0 = s.byte_offset(start);
    let b1 = b0
        + s.as_str()[b0..]
            .char_indices()
            .nth(end - start)
            .map_or(s.as_str().len() - b0, |(b, _)| b);
    b0..b1
}

/// Resolve `start`/`end` arguments to a byte range, or `None` when the
/// range is empty because `start` lies past `end`.
fn sub_range(
    vm: &mut Vm,
    s: &PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<Range<usize>>> {
    let units = ta::slice_range(vm, start, end, s.char_len())?;
    Ok(units.map(|r| byte_range(s, r.start, r.end)))
}

/// The new str `s[r]` (`r` a byte range on character boundaries); a
/// slice of an ASCII str is ASCII, so its length is known.
fn substr(vm: &Vm, s: &PyStr, r: Range<usize>) -> Value {
    let text = &s.as_str()[r];
    if s.is_ascii() {
        str::new_str_sized(vm, text, text.len())
    } else {
        vm.new_str(text)
    }
}

/// How many items a split result has room for before growing (most
/// splits are short).
const SPLIT_PREALLOC: usize = 12;

/// The list of the pieces `ranges` of `s`; `reverse` when they come from
/// the right.
fn str_list(
    vm: &Vm,
    s: &PyStr,
    ranges: impl Iterator<Item = Range<usize>>,
    reverse: bool,
) -> Value {
    let mut items = Vec::with_capacity(SPLIT_PREALLOC);
    items.extend(ranges.map(|r| substr(vm, s, r)));
    if reverse {
        items.reverse();
    }
    vm.new_list(items)
}

/// A new str from the UTF-8 bytes an algorithm built, of `char_len` code
/// points when the caller knows it.
fn built_str(vm: &Vm, b: Built, char_len: Option<usize>) -> Value {
    const VALID: &str = "str algorithms keep UTF-8 valid";
    let text: CompactString = if b.spilled() {
        String::from_utf8(b.into_vec()).expect(VALID).into()
    } else {
        std::str::from_utf8(&b).expect(VALID).into()
    };
    match char_len {
        Some(n) => str::new_str_sized(vm, text, n),
        None => vm.new_str(text),
    }
}

/// A copy of the ASCII str `s` with the case changes `runs` applied.
fn map_case(vm: &Vm, s: &str, runs: impl Iterator<Item = strlike::CaseRun>) -> Value {
    let mut text = CompactString::from(s);
    strlike::apply_case(
        text.as_mut_str(),
        runs,
        |t, r| t[r].make_ascii_uppercase(),
        |t, r| t[r].make_ascii_lowercase(),
    );
    str::new_str_sized(vm, text, s.len())
}

// ----- construction ----------------------------------------------------------

static NEW: Sig<3> = keywords("str", "str", ["object", "encoding", "errors"], 0, 0);

/// The `encoding`/`errors` argument of `str()` (whose error message, unlike
/// most methods', names `NoneType`).
fn codec_name_arg<'a>(
    vm: &Vm,
    v: Option<&'a Value>,
    name: &str,
    default: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "str() argument '{name}' must be str, not {}",
                vm.type_name(v)
            ))
        }),
    }
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("str.__new__(X): X is not a type object"));
    };
    if pos.len() > 4 {
        return Err(vm.type_error(format!(
            "str expected at most 3 arguments, got {}",
            pos.len() - 1
        )));
    }
    let [obj, encoding, errors] = NEW.bind(vm, args)?;
    let s = match obj {
        None => String::new(),
        Some(o) if encoding.is_none() && errors.is_none() => vm.str_of(o)?,
        Some(o) => {
            let encoding = codec_name_arg(vm, encoding, "encoding", "utf-8")?;
            let errors = codec_name_arg(vm, errors, "errors", "strict")?;
            if o.as_str().is_some() {
                return Err(vm.type_error("decoding str is not supported"));
            }
            let data = crate::objects::bytes::bytes_of(o).ok_or_else(|| {
                vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(o)
                ))
            })?;
            crate::objects::codecs::decode(vm, &data, encoding, errors)?
        }
    };
    if Rc::ptr_eq(cls, &vm.types.str_) {
        return Ok(vm.new_str(s));
    }
    let payload = Payload::Str(PyStr::new(s));
    Ok(Value::Obj(if crate::types::tdata(cls).instance_dict {
        Obj::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        Obj::new(cls.clone(), payload)
    }))
}

// ----- joining and splitting -------------------------------------------------

static JOIN: Sig<1> = one_arg("str", "join");

fn str_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (sep, [iterable]) = call(vm, args, &JOIN)?;
    let iterable = iterable.unwrap();
    if !vm.is_iterable(iterable) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect_iterable(iterable)?;
    let mut total = sep.as_str().len() * items.len().saturating_sub(1);
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(s) => total += s.len(),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(it.as_str().unwrap_or(""));
    }
    Ok(vm.new_str(out))
}

static SPLIT: Sig<2> = keywords("str", "split", ["sep", "maxsplit"], 0, 0);
static RSPLIT: Sig<2> = keywords("str", "rsplit", ["sep", "maxsplit"], 0, 0);

fn split_impl(vm: &mut Vm, args: &Args, sig: &Sig<2>, reverse: bool) -> PyResult<Value> {
    let (s, [sep, maxsplit]) = call(vm, args, sig)?;
    let maxsplit = ta::opt_ssize(vm, maxsplit, -1)?;
    let hay = s.as_str().as_bytes();
    let Some(sep) = sep.filter(|v| !v.is_none()) else {
        return Ok(if s.is_ascii() {
            split_whitespace_list::<AsciiText>(vm, s, maxsplit, reverse)
        } else {
            split_whitespace_list::<Text>(vm, s, maxsplit, reverse)
        });
    };
    let sep = sep
        .as_str()
        .ok_or_else(|| vm.type_error(format!("must be str or None, not {}", vm.type_name(sep))))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let sep = sep.as_bytes();
    Ok(if reverse {
        str_list(vm, s, strlike::rsplit(hay, sep, maxsplit), true)
    } else {
        str_list(vm, s, strlike::split(hay, sep, maxsplit), false)
    })
}

/// `split()`/`rsplit()` on runs of whitespace, for text read as `U` units.
fn split_whitespace_list<U: Units>(vm: &Vm, s: &PyStr, maxsplit: i64, reverse: bool) -> Value {
    let hay = s.as_str().as_bytes();
    if reverse {
        str_list(vm, s, strlike::rsplit_whitespace::<U>(hay, maxsplit), true)
    } else {
        str_list(vm, s, strlike::split_whitespace::<U>(hay, maxsplit), false)
    }
}

fn str_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, &SPLIT, false)
}

fn str_rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, &RSPLIT, true)
}

static SPLITLINES: Sig<1> = keywords("str", "splitlines", ["keepends"], 0, 0);

fn str_splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [keep]) = call(vm, args, &SPLITLINES)?;
    let keep = match keep {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let hay = s.as_str().as_bytes();
    Ok(if s.is_ascii() {
        str_list(vm, s, strlike::splitlines::<AsciiText>(hay, keep), false)
    } else {
        str_list(vm, s, strlike::splitlines::<Text>(hay, keep), false)
    })
}

static PARTITION: Sig<1> = one_arg("str", "partition");
static RPARTITION: Sig<1> = one_arg("str", "rpartition");

fn partition_impl(vm: &mut Vm, args: &Args, sig: &Sig<1>, reverse: bool) -> PyResult<Value> {
    let (s, [sep]) = call(vm, args, sig)?;
    let sep_v = sep.unwrap();
    let sep = sep_v
        .as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(sep_v))))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match found {
        Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
        None if reverse => ["", "", text],
        None => [text, "", ""],
    };
    let items = parts.iter().map(|p| vm.new_str(*p)).collect();
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, &PARTITION, false)
}

fn str_rpartition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, &RPARTITION, true)
}

// ----- stripping -------------------------------------------------------------

static STRIP: Sig<1> = pos_only("str", "strip", ["chars"], 0);
static LSTRIP: Sig<1> = pos_only("str", "lstrip", ["chars"], 0);
static RSTRIP: Sig<1> = pos_only("str", "rstrip", ["chars"], 0);

fn strip_impl(vm: &mut Vm, args: &Args, sig: &Sig<1>, left: bool, right: bool) -> PyResult<Value> {
    let (s, [chars]) = call(vm, args, sig)?;
    let hay = s.as_str().as_bytes();
    let range = match chars.filter(|v| !v.is_none()) {
        None if s.is_ascii() => strlike::strip::<AsciiText>(hay, AsciiText::is_space, left, right),
        None => strlike::strip::<Text>(hay, Text::is_space, left, right),
        Some(c) => {
            let c = c
                .as_str()
                .ok_or_else(|| vm.type_error(format!("{} arg must be None or str", sig.name)))?;
            let set = strlike::units::<Text>(c.as_bytes());
            strlike::strip::<Text>(hay, |u| set.contains(&u), left, right)
        }
    };
    if range.len() == hay.len() {
        return exact_or_copy(vm, args.values[0].clone(), s);
    }
    Ok(substr(vm, s, range))
}

/// `v` itself when it is an exact `str` (CPython returns the same object
/// when nothing changes), else a plain copy.
fn exact_or_copy(vm: &Vm, v: Value, s: &PyStr) -> PyResult<Value> {
    if Rc::ptr_eq(&vm.type_of(&v), &vm.types.str_) {
        Ok(v)
    } else {
        Ok(vm.new_str(s.as_str()))
    }
}

fn str_strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, &STRIP, true, true)
}

fn str_lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, &LSTRIP, true, false)
}

fn str_rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, &RSTRIP, false, true)
}

static REMOVEPREFIX: Sig<1> = one_arg("str", "removeprefix");
static REMOVESUFFIX: Sig<1> = one_arg("str", "removesuffix");

fn remove_affix(vm: &mut Vm, args: &Args, sig: &Sig<1>, prefix: bool) -> PyResult<Value> {
    let (s, [affix]) = call(vm, args, sig)?;
    let affix = ta::str_arg(vm, sig, 0, affix.unwrap())?;
    let text = s.as_str();
    let rest = if prefix {
        text.strip_prefix(affix)
    } else {
        text.strip_suffix(affix)
    };
    match rest {
        Some(r) if !affix.is_empty() => Ok(vm.new_str(r)),
        _ => exact_or_copy(vm, args.values[0].clone(), s),
    }
}

fn str_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_affix(vm, args, &REMOVEPREFIX, true)
}

fn str_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_affix(vm, args, &REMOVESUFFIX, false)
}

// ----- searching -------------------------------------------------------------

static STARTSWITH: Sig<3> = pos_only("str", "startswith", ["prefix", "start", "end"], 1);
static ENDSWITH: Sig<3> = pos_only("str", "endswith", ["suffix", "start", "end"], 1);

fn affix_impl(vm: &mut Vm, args: &Args, sig: &Sig<3>, prefix: bool) -> PyResult<Value> {
    let (s, [affix, start, end]) = call(vm, args, sig)?;
    let affix = affix.unwrap();
    let name = sig.name;
    let candidates = match affix.payload() {
        Some(Payload::Tuple(t)) => &t[..],
        _ if affix.as_str().is_some() => std::slice::from_ref(affix),
        _ => {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(affix)
            )))
        }
    };
    let Some(range) = sub_range(vm, s, start, end)? else {
        return Ok(Value::Bool(false));
    };
    let sub = &s.as_str()[range];
    for c in candidates {
        let Some(c) = c.as_str() else {
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name(c)
            )));
        };
        if (prefix && sub.starts_with(c)) || (!prefix && sub.ends_with(c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, &STARTSWITH, true)
}

fn str_endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, &ENDSWITH, false)
}

static FIND: Sig<3> = pos_only("str", "find", ["sub", "start", "end"], 1);
static RFIND: Sig<3> = pos_only("str", "rfind", ["sub", "start", "end"], 1);
static INDEX: Sig<3> = pos_only("str", "index", ["sub", "start", "end"], 1);
static RINDEX: Sig<3> = pos_only("str", "rindex", ["sub", "start", "end"], 1);
static COUNT: Sig<3> = pos_only("str", "count", ["sub", "start", "end"], 1);

/// The code-point index of `sub` in `s[start:end]`, searching from the
/// left or the right.
fn find_impl(vm: &mut Vm, args: &Args, sig: &Sig<3>, reverse: bool) -> PyResult<Option<usize>> {
    let (s, [sub, start, end]) = call(vm, args, sig)?;
    let sub = ta::str_arg(vm, sig, 0, sub.unwrap())?;
    let Some(range) = sub_range(vm, s, start, end)? else {
        return Ok(None);
    };
    let hay = &s.as_str().as_bytes()[range.clone()];
    let found = if reverse {
        strlike::rfind(hay, sub.as_bytes())
    } else {
        strlike::find(hay, sub.as_bytes())
    };
    Ok(found.map(|b| char_index(s, range.start + b)))
}

fn found_or(vm: &Vm, found: Option<usize>, raise: bool) -> PyResult<Value> {
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = find_impl(vm, args, &FIND, false)?;
    found_or(vm, r, false)
}

fn str_rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = find_impl(vm, args, &RFIND, true)?;
    found_or(vm, r, false)
}

fn str_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = find_impl(vm, args, &INDEX, false)?;
    found_or(vm, r, true)
}

fn str_rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = find_impl(vm, args, &RINDEX, true)?;
    found_or(vm, r, true)
}

fn str_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [sub, start, end]) = call(vm, args, &COUNT)?;
    let sub = ta::str_arg(vm, &COUNT, 0, sub.unwrap())?;
    let Some(range) = sub_range(vm, s, start, end)? else {
        return Ok(Value::Int(0));
    };
    let hay = &s.as_str().as_bytes()[range];
    let n = if sub.is_empty() {
        Text::count(hay) + 1
    } else {
        strlike::count(hay, sub.as_bytes())
    };
    Ok(Value::Int(n as i64))
}

static REPLACE: Sig<3> = keywords("str", "replace", ["old", "new", "count"], 2, 2);

fn str_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [old, new, count]) = call(vm, args, &REPLACE)?;
    let old = ta::str_arg(vm, &REPLACE, 0, old.unwrap())?;
    let new = ta::str_arg(vm, &REPLACE, 1, new.unwrap())?;
    let count = ta::opt_ssize(vm, count, -1)?;
    let out =
        strlike::replace::<Text>(s.as_str().as_bytes(), old.as_bytes(), new.as_bytes(), count);
    check_len(vm, out.len())?;
    Ok(built_str(vm, out, None))
}

/// Refuse results past the memory budget of a single string.
fn check_len(vm: &Vm, n: usize) -> PyResult<()> {
    if n > (1usize << 34) {
        return Err(vm.new_exc(Exc::MemoryError, ""));
    }
    Ok(())
}

// ----- case and predicates ---------------------------------------------------

macro_rules! mapping_methods {
    ($($fname:ident => $name:literal, $ascii:expr, $full:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            static SIG: Sig<0> = no_args("str", $name);
            let (s, []) = call(vm, args, &SIG)?;
            if s.is_ascii() {
                return Ok(map_case(vm, s.as_str(), $ascii(s.as_str().as_bytes())));
            }
            let full: fn(&str) -> String = $full;
            Ok(vm.new_str(full(s.as_str())))
        }
    )*};
}

mapping_methods! {
    str_upper => "upper", strlike::ascii_upper, up::upper;
    str_lower => "lower", strlike::ascii_lower, up::lower;
    str_title => "title", strlike::ascii_title, up::title;
    str_capitalize => "capitalize", strlike::ascii_capitalize, up::capitalize;
    str_swapcase => "swapcase", strlike::ascii_swapcase, up::swapcase;
    str_casefold => "casefold", strlike::ascii_lower, up::casefold;
}

macro_rules! predicate_methods {
    ($($fname:ident => $name:literal, $f:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            static SIG: Sig<0> = no_args("str", $name);
            let (s, []) = call(vm, args, &SIG)?;
            let f: fn(&str) -> bool = $f;
            Ok(Value::Bool(f(s.as_str())))
        }
    )*};
}

/// Whether `s` is non-empty and every character satisfies `p`.
fn all_chars(s: &str, p: fn(u32) -> bool) -> bool {
    !s.is_empty() && s.chars().all(|c| p(c as u32))
}

fn code_points(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().map(u32::from)
}

predicate_methods! {
    str_isdigit => "isdigit", |s| all_chars(s, up::is_digit);
    str_isdecimal => "isdecimal", |s| all_chars(s, up::is_decimal);
    str_isnumeric => "isnumeric", |s| all_chars(s, up::is_numeric);
    str_isalpha => "isalpha", |s| all_chars(s, up::is_alpha);
    str_isalnum => "isalnum", |s| all_chars(s, up::is_alnum);
    str_isspace => "isspace", |s| all_chars(s, up::is_space);
    str_isascii => "isascii", |s| s.is_ascii();
    str_isupper => "isupper", |s| up::str_is_upper(code_points(s));
    str_islower => "islower", |s| up::str_is_lower(code_points(s));
    str_istitle => "istitle", |s| up::str_is_title(code_points(s));
    str_isidentifier => "isidentifier", |s| up::str_is_identifier(code_points(s));
    str_isprintable => "isprintable", |s| up::str_is_printable(code_points(s));
}

// ----- padding ---------------------------------------------------------------

static CENTER: Sig<2> = pos_only("str", "center", ["width", "fillchar"], 1);
static LJUST: Sig<2> = pos_only("str", "ljust", ["width", "fillchar"], 1);
static RJUST: Sig<2> = pos_only("str", "rjust", ["width", "fillchar"], 1);

/// Where the padding of `center`/`ljust`/`rjust` goes.
#[derive(Clone, Copy)]
pub enum Justify {
    Center,
    Left,
    Right,
}

impl Justify {
    /// Split `total` units of padding for a result `width` units wide.
    pub fn split(self, total: usize, width: usize) -> (usize, usize) {
        match self {
            Justify::Center => strlike::center_split(total, width),
            Justify::Left => (0, total),
            Justify::Right => (total, 0),
        }
    }
}

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let s = v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        ))
    })?;
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

fn justify_impl(vm: &mut Vm, args: &Args, sig: &Sig<2>, how: Justify) -> PyResult<Value> {
    let (s, [width, fill]) = call(vm, args, sig)?;
    let width = ta::ssize(vm, width.unwrap())?;
    let fill = fill_char(vm, fill)?;
    let len = s.char_len();
    if width <= len as i64 {
        return exact_or_copy(vm, args.values[0].clone(), s);
    }
    let width = width as usize;
    check_len(vm, width.saturating_mul(fill.len_utf8()))?;
    let (left, right) = how.split(width - len, width);
    let mut buf = [0u8; 4];
    let out = strlike::pad(
        s.as_str().as_bytes(),
        left,
        right,
        fill.encode_utf8(&mut buf).as_bytes(),
    );
    Ok(built_str(vm, out, Some(width)))
}

fn str_center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify_impl(vm, args, &CENTER, Justify::Center)
}

fn str_ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify_impl(vm, args, &LJUST, Justify::Left)
}

fn str_rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify_impl(vm, args, &RJUST, Justify::Right)
}

static ZFILL: Sig<1> = one_arg("str", "zfill");

fn str_zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [width]) = call(vm, args, &ZFILL)?;
    let width = ta::ssize(vm, width.unwrap())?;
    let len = s.char_len();
    if width <= len as i64 {
        return exact_or_copy(vm, args.values[0].clone(), s);
    }
    check_len(vm, width as usize)?;
    let width = width as usize;
    let out = strlike::zfill(s.as_str().as_bytes(), width - len);
    Ok(built_str(vm, out, Some(width)))
}

static EXPANDTABS: Sig<1> = keywords("str", "expandtabs", ["tabsize"], 0, 0);

fn str_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [tabsize]) = call(vm, args, &EXPANDTABS)?;
    let tabsize = ta::opt_ssize(vm, tabsize, 8)?;
    if !s.as_str().contains('\t') {
        return exact_or_copy(vm, args.values[0].clone(), s);
    }
    check_len(vm, s.as_str().len().saturating_mul(tabsize.max(1) as usize))?;
    let out = strlike::expandtabs::<Text>(s.as_str().as_bytes(), tabsize);
    Ok(built_str(vm, out, None))
}

// ----- encoding and formatting -----------------------------------------------

static ENCODE: Sig<2> = keywords("str", "encode", ["encoding", "errors"], 0, 0);

fn str_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [encoding, errors]) = call(vm, args, &ENCODE)?;
    let encoding = ta::opt_str_arg(vm, &ENCODE, 0, encoding, "utf-8")?;
    let errors = ta::opt_str_arg(vm, &ENCODE, 1, errors, "strict")?;
    let b = crate::objects::codecs::encode(vm, s.as_str(), encoding, errors)?;
    Ok(vm.new_bytes(b))
}

fn str_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = recv(vm, args, "format")?;
    let pos = &args.pos()[1..];
    let kw: Vec<(&str, &Value)> = args.kw().collect();
    let source = crate::objects::str_format::Source::Kwargs(&kw);
    let r = crate::objects::str_format::format(vm, s.as_str(), pos, &source)?;
    Ok(vm.new_str(r))
}

static FORMAT_MAP: Sig<1> = one_arg("str", "format_map");

fn str_format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [mapping]) = call(vm, args, &FORMAT_MAP)?;
    let source = crate::objects::str_format::Source::Mapping(mapping.unwrap());
    let r = crate::objects::str_format::format(vm, s.as_str(), &[], &source)?;
    Ok(vm.new_str(r))
}

static GETNEWARGS: Sig<0> = no_args("str", "__getnewargs__");

fn str_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, []) = call(vm, args, &GETNEWARGS)?;
    let copy = vm.new_str(s.as_str());
    Ok(vm.new_tuple(vec![copy]))
}

static RMOD: Sig<1> = one_arg("str", "__rmod__");

/// `str.__rmod__(self, other)`: `other % self` when `other` is a str.
fn str_rmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, [other]) = call(vm, args, &RMOD)?;
    let other = other.unwrap();
    if pystr(other).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    crate::objects::percent::str_percent(vm, other, &args.values[0])
}

// ----- translation -----------------------------------------------------------

static MAKETRANS: Sig<3> = pos_only("str", "maketrans", ["x", "y", "z"], 1);

fn str_maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [x, y, z] = MAKETRANS.bind_static(vm, args, "str")?;
    let x = x.unwrap();
    let d = vm.new_dict();
    let Some(y) = y else {
        let Some(src) = x
            .as_obj()
            .filter(|_| matches!(x.payload(), Some(Payload::Dict(_))))
        else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in crate::objects::dict::items(src) {
            let key = match k.as_str() {
                Some(s) if s.chars().count() == 1 => Value::Int(s.chars().next().unwrap() as i64),
                Some(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                None if crate::objects::int::is_int(&k) => k,
                None => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            crate::objects::dict::set_item(vm, &d, key, v)?;
        }
        return Ok(Value::Obj(d));
    };
    let from = x.as_str().ok_or_else(|| {
        vm.type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    let to = ta::str_arg(vm, &MAKETRANS, 1, y)?;
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in from.chars().zip(to.chars()) {
        crate::objects::dict::set_item(vm, &d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in ta::str_arg(vm, &MAKETRANS, 2, z)?.chars() {
            crate::objects::dict::set_item(vm, &d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(d))
}

static TRANSLATE: Sig<1> = one_arg("str", "translate");

fn str_translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, [table]) = call(vm, args, &TRANSLATE)?;
    let table = table.unwrap();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(v) => translate_push(vm, &mut out, &v)?,
            Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), Exc::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

/// Append what a translate table mapped a character to.
fn translate_push(vm: &mut Vm, out: &mut String, v: &Value) -> PyResult<()> {
    if let Some(r) = v.as_str() {
        out.push_str(r);
        return Ok(());
    }
    if !crate::objects::int::is_int(v) {
        return Err(vm.type_error("character mapping must return integer, None or str"));
    }
    let cp = crate::objects::int::to_i64(v).filter(|i| (0..0x110000).contains(i));
    let Some(cp) = cp else {
        return Err(vm.value_error("character mapping must be in range(0x110000)"));
    };
    out.push(crate::objects::str::char_for(vm, cp as u32)?);
    Ok(())
}

/// Register the str methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let methods: &[(&str, NativeFn)] = &[
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("replace", str_replace),
        ("upper", str_upper),
        ("lower", str_lower),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("encode", str_encode),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("expandtabs", str_expandtabs),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
        ("__getnewargs__", str_getnewargs),
        ("__rmod__", str_rmod),
        ("__new__", str_new),
        ("maketrans", str_maketrans),
    ];
    for (n, f) in methods {
        crate::objects::add_method(vm, &t, n, *f);
    }
    crate::objects::mark_static(vm, &t, "__new__");
    crate::objects::mark_static(vm, &t, "maketrans");
    crate::objects::codecs::install(vm);
}
