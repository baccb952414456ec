//! The integer functions of `math`: factorial, comb, perm, gcd, lcm, isqrt.
//! All take any object with `__index__` and work on ints of any size.

use super::{fixed_args, no_keywords};
use ferropy_vm::builtins::check_arity;
use ferropy_vm::objects::function::Args;
use ferropy_vm::objects::int;
use ferropy_vm::{PyResult, Value, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `operator.index(v)` as a BigInt.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index(v)?;
    Ok(int::to_bigint(&i).unwrap_or_default())
}

/// Product of the integers in `lo..=hi` (1 when empty), by binary splitting
/// so that big multiplications get balanced operands.
fn range_product(lo: &BigUint, hi: &BigUint) -> BigUint {
    if hi < lo {
        return BigUint::one();
    }
    let count = hi - lo;
    if count < BigUint::from(16u32) {
        let mut acc = lo.clone();
        let mut i = lo + 1u32;
        while &i <= hi {
            acc *= &i;
            i += 1u32;
        }
        return acc;
    }
    let mid: BigUint = lo + (count >> 1);
    range_product(lo, &mid) * range_product(&(mid + 1u32), hi)
}

/// `n!` for a nonnegative machine-sized `n`.
fn factorial_u64(n: u64) -> BigUint {
    range_product(&BigUint::one(), &BigUint::from(n))
}

/// `math.factorial(n)`, also used by `perm(n)`.
fn factorial_of(vm: &mut Vm, n: &Value) -> PyResult<Value> {
    let n = index_big(vm, n)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(int::from_bigint(vm, factorial_u64(n as u64).into()))
}

/// `math.factorial(n)`.
pub fn factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "factorial", 1)?;
    factorial_of(vm, &a[0])
}

/// `n` and `k` of comb/perm as nonnegative BigUints, with CPython's errors.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigUint, BigUint)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    let check = |vm: &Vm, v: BigInt, name: &str| {
        v.to_biguint()
            .ok_or_else(|| vm.value_error(format!("{name} must be a non-negative integer")))
    };
    let n = check(vm, n, "n")?;
    let k = check(vm, k, "k")?;
    Ok((n, k))
}

/// `k` as a machine-sized count, or CPython's OverflowError naming `what`.
fn count(vm: &Vm, k: &BigUint, what: &str) -> PyResult<u64> {
    k.to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(|| vm.overflow_error(format!("{what} must not exceed {}", i64::MAX)))
}

/// `n * (n-1) * ... * (n-k+1)` for `k <= n`.
fn falling(n: &BigUint, k: u64) -> BigUint {
    range_product(&(n - BigUint::from(k) + 1u32), n)
}

/// `math.comb(n, k)`: ways to choose k of n items.
pub fn comb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "comb", 2)?;
    let (n, k) = n_and_k(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = count(vm, &(&n - &k).min(k), "min(n - k, k)")?;
    let r = falling(&n, k) / factorial_u64(k);
    Ok(int::from_bigint(vm, r.into()))
}

/// `math.perm(n, k=None)`: ordered arrangements of k of n items.
pub fn perm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_keywords(vm, args, "perm")?;
    check_arity(vm, "perm", args.values.len(), 1, 2)?;
    let a = args.values;
    if a.len() == 1 || a[1].is_none() {
        return factorial_of(vm, &a[0]);
    }
    let (n, k) = n_and_k(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = count(vm, &k, "k")?;
    Ok(int::from_bigint(vm, falling(&n, k).into()))
}

/// Fold `args` (each through `__index__`) with `step`, starting from `empty`;
/// a single argument gives its absolute value.
fn fold_ints(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    empty: i64,
    step: fn(BigInt, BigInt) -> BigInt,
) -> PyResult<Value> {
    no_keywords(vm, args, name)?;
    let mut acc: Option<BigInt> = None;
    for v in args.values {
        let x = index_big(vm, v)?;
        acc = Some(match acc {
            None => x.abs(),
            Some(a) => step(a, x),
        });
    }
    Ok(match acc {
        Some(a) => int::from_bigint(vm, a),
        None => Value::Int(empty),
    })
}

/// `math.gcd(*integers)`.
pub fn gcd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(r) = small_gcd(args.values) {
        return Ok(Value::Int(r));
    }
    fold_ints(vm, args, "gcd", 0, |a, b| a.gcd(&b))
}

/// gcd of two or more machine ints without allocating, if they all are.
fn small_gcd(values: &[Value]) -> Option<i64> {
    if values.len() < 2 {
        return None;
    }
    let mut acc = 0u64;
    for v in values {
        let Value::Int(i) = v else { return None };
        acc = acc.gcd(&i.unsigned_abs());
    }
    i64::try_from(acc).ok()
}

/// `math.lcm(*integers)`.
pub fn lcm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    fold_ints(
        vm,
        args,
        "lcm",
        1,
        |a, b| if a.is_zero() { a } else { a.lcm(&b) },
    )
}

/// `math.isqrt(n)`: the floor of the square root of a nonnegative int.
pub fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed_args(vm, args, "isqrt", 1)?;
    let n = index_big(vm, &a[0])?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    if let Some(small) = n.to_u64() {
        return Ok(Value::Int(small.sqrt() as i64));
    }
    Ok(int::from_bigint(vm, n.sqrt()))
}
