//! Argument binding for the methods of `str`, `bytes` and `bytearray`, with
//! CPython's exact error messages for each calling convention.
//!
//! CPython's builtin methods are declared in one of a few ways, and each
//! way words its argument errors differently:
//! - no arguments (`str.upper`): "str.upper() takes no arguments (1 given)";
//! - exactly one positional argument (`str.join`): "str.join() takes
//!   exactly one argument (0 given)";
//! - positional-only arguments (`str.center`): "center expected at least 1
//!   argument, got 0" and "str.center() takes no keyword arguments";
//! - arguments that may be given by keyword (`str.split`): "split() takes
//!   at most 2 arguments (3 given)", "split() got an unexpected keyword
//!   argument 'x'", "argument for split() given by name ('sep') and
//!   position (1)".

use crate::error::{PyErr, PyResult};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// The arguments bound to a signature's parameters (`None`: not given).
pub type Bound<'a, const N: usize> = [Option<&'a Value>; N];

/// The calling convention of a method (see the module documentation).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Takes no arguments.
    NoArgs,
    /// Takes exactly one positional argument.
    OneArg,
    /// Positional-only arguments.
    PosOnly,
    /// The first `posonly` parameters are positional-only, the rest may be
    /// given by keyword.
    Keywords { posonly: usize },
}

/// A method signature: `owner.name(params...)` with `required` mandatory
/// leading parameters.
pub struct Sig<const N: usize> {
    pub owner: &'static str,
    pub name: &'static str,
    pub params: [&'static str; N],
    pub required: usize,
    pub style: Style,
}

/// A method without arguments.
pub const fn no_args(owner: &'static str, name: &'static str) -> Sig<0> {
    Sig {
        owner,
        name,
        params: [],
        required: 0,
        style: Style::NoArgs,
    }
}

/// A method taking exactly one positional argument.
pub const fn one_arg(owner: &'static str, name: &'static str) -> Sig<1> {
    Sig {
        owner,
        name,
        params: ["arg"],
        required: 1,
        style: Style::OneArg,
    }
}

/// A method with positional-only parameters.
pub const fn pos_only<const N: usize>(
    owner: &'static str,
    name: &'static str,
    params: [&'static str; N],
    required: usize,
) -> Sig<N> {
    Sig {
        owner,
        name,
        params,
        required,
        style: Style::PosOnly,
    }
}

/// A method whose parameters after the first `posonly` may be keywords.
pub const fn keywords<const N: usize>(
    owner: &'static str,
    name: &'static str,
    params: [&'static str; N],
    required: usize,
    posonly: usize,
) -> Sig<N> {
    Sig {
        owner,
        name,
        params,
        required,
        style: Style::Keywords { posonly },
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl<const N: usize> Sig<N> {
    /// How CPython names parameter `i` in conversion errors:
    /// `argument 2` or `argument 'encoding'`.
    pub fn label(&self, i: usize) -> String {
        match self.style {
            Style::Keywords { posonly } if i >= posonly => format!("argument '{}'", self.params[i]),
            Style::OneArg => "argument".to_string(),
            _ => format!("argument {}", i + 1),
        }
    }

    /// `TypeError: name() <label> must be <expected>, not <type>` (CPython
    /// writes `None` rather than `NoneType` here).
    pub fn bad_arg(&self, vm: &Vm, i: usize, expected: &str, got: &Value) -> PyErr {
        let got = if got.is_none() {
            "None".to_string()
        } else {
            vm.type_name(got)
        };
        vm.type_error(format!(
            "{}() {} must be {}, not {}",
            self.name,
            self.label(i),
            expected,
            got
        ))
    }

    fn check_positional_count(&self, vm: &Vm, owner: &str, given: usize) -> PyResult<()> {
        match count_error(self.style, owner, self.name, self.required, N, given) {
            Some(msg) => Err(vm.type_error(msg)),
            None => Ok(()),
        }
    }

    /// Bind `args` (whose first value is the receiver) to the parameters.
    pub fn bind<'a>(&self, vm: &Vm, args: &Args<'a>) -> PyResult<Bound<'a, N>> {
        self.bind_for(vm, args, self.owner)
    }

    /// Like `bind`, for a method shared by several types: `owner` names
    /// the type in error messages.
    pub fn bind_for<'a>(&self, vm: &Vm, args: &Args<'a>, owner: &str) -> PyResult<Bound<'a, N>> {
        if args.values.len() == args.kwnames.len() {
            return Err(vm.type_error(format!(
                "unbound method {owner}.{}() needs an argument",
                self.name
            )));
        }
        self.bind_from(vm, args, 1, owner)
    }

    /// Bind the arguments of a static method (no receiver).
    pub fn bind_static<'a>(&self, vm: &Vm, args: &Args<'a>, owner: &str) -> PyResult<Bound<'a, N>> {
        self.bind_from(vm, args, 0, owner)
    }

    fn bind_from<'a>(
        &self,
        vm: &Vm,
        args: &Args<'a>,
        skip: usize,
        owner: &str,
    ) -> PyResult<Bound<'a, N>> {
        let pos = &args.pos()[skip..];
        let mut out: Bound<'a, N> = [None; N];
        // The common case, valid in every style: positional arguments only,
        // as many as the signature takes.
        if args.kwnames.is_empty() && (self.required..=N).contains(&pos.len()) {
            for (slot, v) in out.iter_mut().zip(pos) {
                *slot = Some(v);
            }
            return Ok(out);
        }
        let posonly = match self.style {
            Style::Keywords { posonly } => posonly,
            _ => {
                if !args.kwnames.is_empty() {
                    return Err(vm.type_error(format!(
                        "{owner}.{}() takes no keyword arguments",
                        self.name
                    )));
                }
                self.check_positional_count(vm, owner, pos.len())?;
                for (slot, v) in out.iter_mut().zip(pos) {
                    *slot = Some(v);
                }
                return Ok(out);
            }
        };
        let name = self.name;
        let total = pos.len() + args.kwnames.len();
        if total > N {
            let kw = if pos.is_empty() { "keyword " } else { "" };
            return Err(vm.type_error(format!(
                "{name}() takes at most {N} {kw}argument{} ({total} given)",
                plural(N)
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        let min_posonly = posonly.min(self.required);
        if pos.len() < min_posonly {
            let how = if min_posonly < N {
                "at least"
            } else {
                "exactly"
            };
            return Err(vm.type_error(format!(
                "{name}() takes {how} {min_posonly} positional argument{} ({} given)",
                plural(min_posonly),
                pos.len()
            )));
        }
        for (k, v) in args.kw() {
            let idx = self
                .params
                .iter()
                .position(|p| *p == k)
                .filter(|i| *i >= posonly);
            let Some(i) = idx else {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            };
            if out[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(v);
        }
        if let Some(i) = (0..self.required).find(|i| out[*i].is_none()) {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                self.params[i],
                i + 1
            )));
        }
        Ok(out)
    }
}

/// CPython's message when `given` positional arguments do not fit a method
/// `owner.name` of calling convention `style` taking `min..=max` of them.
fn count_error(
    style: Style,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
    given: usize,
) -> Option<String> {
    let msg = match style {
        Style::NoArgs if given > 0 => {
            format!("{}.{name}() takes no arguments ({given} given)", owner)
        }
        Style::OneArg if given != 1 => format!(
            "{}.{name}() takes exactly one argument ({given} given)",
            owner
        ),
        Style::PosOnly if given < min || given > max => {
            let (bound, what) = if given < min {
                (min, "at least ")
            } else {
                (max, "at most ")
            };
            let what = if min == max { "" } else { what };
            format!(
                "{name} expected {what}{bound} argument{}, got {given}",
                plural(bound)
            )
        }
        Style::Keywords { .. } if given > max => format!(
            "{name}() takes at most {max} argument{} ({given} given)",
            plural(max)
        ),
        _ => return None,
    };
    Some(msg)
}

/// Check the arguments of a positional-only method `owner.name` taking
/// `min..=max` arguments after the receiver, worded as CPython words it for
/// that shape ("takes no arguments", "takes exactly one argument", "expected
/// at most 2 arguments").
#[inline]
pub fn check_method_arity(
    vm: &Vm,
    args: &Args,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let given = args.values.len() - 1;
    if args.kwnames.is_empty() && (min..=max).contains(&given) {
        return Ok(());
    }
    Err(method_arity_error(vm, args, owner, name, min, max))
}

/// The error `check_method_arity` raises.
#[cold]
fn method_arity_error(
    vm: &Vm,
    args: &Args,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyErr {
    if !args.kwnames.is_empty() {
        return vm.type_error(format!("{owner}.{name}() takes no keyword arguments"));
    }
    let style = match (min, max) {
        (0, 0) => Style::NoArgs,
        (1, 1) => Style::OneArg,
        _ => Style::PosOnly,
    };
    let given = args.values.len() - 1;
    let msg = count_error(style, owner, name, min, max, given);
    vm.type_error(msg.unwrap_or_default())
}

/// The error for a method called on an object of the wrong type:
/// "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object".
pub fn wrong_receiver(vm: &Vm, owner: &str, name: &str, got: &Value) -> PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        vm.type_name(got)
    ))
}

/// A `str` argument, or the conversion error `name() <label> must be str`.
pub fn str_arg<'a, const N: usize>(
    vm: &Vm,
    sig: &Sig<N>,
    i: usize,
    v: &'a Value,
) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| sig.bad_arg(vm, i, "str", v))
}

/// An optional `str` argument with a default.
pub fn opt_str_arg<'a, const N: usize>(
    vm: &Vm,
    sig: &Sig<N>,
    i: usize,
    v: Option<&'a Value>,
    default: &'a str,
) -> PyResult<&'a str> {
    match v {
        Some(v) => str_arg(vm, sig, i, v),
        None => Ok(default),
    }
}

/// An index-sized integer ("Python int too large to convert to C ssize_t").
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v)?;
    crate::objects::int::to_i64(&i)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// An optional index-sized integer argument with a default.
pub fn opt_ssize(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => ssize(vm, v),
        None => Ok(default),
    }
}

/// A slice bound of `find`/`count`/...: an int, `None`, or an object with
/// `__index__`. Negative values count from the end (clamped at 0); values
/// past the end are kept, so that a start past the end finds nothing.
fn slice_bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(default);
    };
    let Ok(i) = vm.index(v) else {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    };
    let i = match crate::objects::int::to_i64(&i) {
        Some(i) => i,
        None if crate::objects::int::to_bigint(&i)
            .is_some_and(|b| b.sign() == num_bigint::Sign::Minus) =>
        {
            i64::MIN
        }
        None => i64::MAX,
    };
    Ok(if i < 0 {
        i.saturating_add(len as i64).max(0) as usize
    } else {
        i as usize
    })
}

/// The unit range `start:end` of a sequence of `len` units for the
/// `find`/`count`/`startswith` family; `None` when `start` lies past `end`.
pub fn slice_range(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<Option<std::ops::Range<usize>>> {
    let start = slice_bound(vm, start, len, 0)?;
    let end = slice_bound(vm, end, len, len)?.min(len);
    Ok((start <= end).then_some(start..end))
}
