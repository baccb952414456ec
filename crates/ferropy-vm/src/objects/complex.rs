//! `complex` numbers: arithmetic and construction.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::int;
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::BinOp;

/// A new complex value.
pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(Obj::new(vm.types.complex.clone(), Payload::Complex(re, im)))
}

/// Any number as (re, im).
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(b) => Some((*b as i64 as f64, 0.0)),
        Value::Float(f) => Some((*f, 0.0)),
        Value::Obj(o) => match &o.payload {
            Payload::Complex(r, i) => Some((*r, *i)),
            Payload::Float(f) => Some((*f, 0.0)),
            Payload::Int(b) => ferropy_text::float_repr::bigint_to_float(b).map(|f| (f, 0.0)),
            _ => None,
        },
        _ => None,
    }
}

/// Complex binary operation; `Ok(None)` when unsupported.
pub fn complex_binop(vm: &mut Vm, op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Option<Value>> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division("division by zero"));
            }
            complex_div(a, b)
        }
        BinOp::Pow => {
            if ar == 0.0 && ai == 0.0 && (bi != 0.0 || br < 0.0) {
                return Err(vm.zero_division("zero to a negative or complex power"));
            }
            return Ok(Some(complex_pow_value(vm, a, b)));
        }
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, r, i)))
}

fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (ar, ai) = a;
    let (br, bi) = b;
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

/// `a ** b` for complex operands.
pub fn complex_pow_value(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> Value {
    let (ar, ai) = a;
    let (br, bi) = b;
    if br == 0.0 && bi == 0.0 {
        return new_complex(vm, 1.0, 0.0);
    }
    if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
        let n = br as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = (result.0 * base.0 - result.1 * base.1, result.0 * base.1 + result.1 * base.0);
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        if n < 0 {
            result = complex_div((1.0, 0.0), result);
        }
        return new_complex(vm, result.0, result.1);
    }
    let vabs = ar.hypot(ai);
    let len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    let mut len = len;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    new_complex(vm, len * phase.cos(), len * phase.sin())
}

/// `complex(real=0, imag=0)`.
pub fn complex_new(vm: &mut Vm, args: &crate::objects::function::Args) -> PyResult<Value> {
    let pos = args.pos();
    let re = pos.get(1).cloned().or_else(|| args.kwarg("real").cloned()).unwrap_or(Value::Int(0));
    let im = pos.get(2).cloned().or_else(|| args.kwarg("imag").cloned()).unwrap_or(Value::Int(0));
    if let Some(s) = re.as_str() {
        let _ = s;
        return Err(vm.not_implemented_error("complex() from a string is not supported yet"));
    }
    let (a, b) = (
        as_complex(&re).ok_or_else(|| vm.type_error(format!("complex() first argument must be a string or a number, not '{}'", vm.type_name(&re))))?,
        as_complex(&im).ok_or_else(|| vm.type_error(format!("complex() second argument must be a number, not '{}'", vm.type_name(&im))))?,
    );
    let _ = int::is_int;
    Ok(new_complex(vm, a.0 - b.1, a.1 + b.0))
}
