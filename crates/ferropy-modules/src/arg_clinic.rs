//! Argument binding for native module functions, in the style of CPython's
//! Argument Clinic, so that wrong calls get CPython's exact messages.

use ferropy_vm::objects::function::Args;
use ferropy_vm::{PyResult, Value, Vm};

/// A signature in the style of CPython's Argument Clinic: `params` in order,
/// the first `posonly` positional-only, at most `maxpos` positional, the
/// first `required` required, the rest keyword-only.
pub(crate) struct Signature {
    pub(crate) name: &'static str,
    pub(crate) params: &'static [&'static str],
    pub(crate) posonly: usize,
    pub(crate) maxpos: usize,
    pub(crate) required: usize,
}

/// Match `args` to `sig`, one slot per parameter, with Argument Clinic's
/// error messages.
pub(crate) fn bind_args(vm: &Vm, args: &Args, sig: &Signature) -> PyResult<Vec<Option<Value>>> {
    let (name, pos) = (sig.name, args.pos());
    let (nargs, total) = (pos.len(), args.values.len());
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let minpos = sig.required.min(sig.maxpos);
    if total > sig.params.len() {
        let kw = if nargs == 0 { "keyword " } else { "" };
        let max = sig.params.len();
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} {kw}argument{} ({total} given)",
            s(max)
        )));
    }
    if nargs > sig.maxpos || nargs < sig.posonly.min(sig.required) {
        let how = match (minpos < sig.maxpos, nargs > sig.maxpos) {
            (false, _) => "exactly",
            (true, true) => "at most",
            (true, false) => "at least",
        };
        let n = if nargs > sig.maxpos {
            sig.maxpos
        } else {
            minpos
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {n} positional argument{} ({nargs} given)",
            s(n)
        )));
    }
    let mut out: Vec<Option<Value>> = sig.params.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut bad_keyword = None;
    for (kw, v) in args.kw() {
        match sig.params.iter().position(|p| *p == kw) {
            Some(i) if i >= sig.posonly && i < nargs => {
                let msg = format!(
                    "argument for {name}() given by name ('{kw}') and position ({})",
                    i + 1
                );
                bad_keyword.get_or_insert(msg);
            }
            Some(i) if i >= sig.posonly => out[i] = Some(v.clone()),
            _ => {
                bad_keyword.get_or_insert(format!(
                    "{name}() got an unexpected keyword argument '{kw}'"
                ));
            }
        }
    }
    if let Some(i) = (nargs..sig.required).find(|&i| out[i].is_none()) {
        let p = sig.params[i];
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{p}' (pos {})",
            i + 1
        )));
    }
    match bad_keyword {
        Some(msg) => Err(vm.type_error(msg)),
        None => Ok(out),
    }
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` of `math` and `cmath`.
pub(crate) const ISCLOSE: Signature = Signature {
    name: "isclose",
    params: &["a", "b", "rel_tol", "abs_tol"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};
