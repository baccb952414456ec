//! Compile-time constants: literals and constant tuples.

use super::*;

pub(super) fn number_const(n: &ast::Number) -> Constant {
    match n {
        ast::Number::Int(i) => match i.as_i64() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(parse_big_literal(&i.to_string())),
        },
        ast::Number::Float(f) => Constant::Float(*f),
        ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
    }
}

/// Parse an integer literal token too big for i64 (`0x...`, `0o...`, decimal).
fn parse_big_literal(token: &str) -> BigInt {
    let clean: String = token.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

pub(super) fn negate_const(c: Constant) -> Option<Constant> {
    match c {
        Constant::Int(i) => Some(match i.checked_neg() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(-BigInt::from(i)),
        }),
        Constant::BigInt(b) => {
            let neg = -b;
            Some(match i64::try_from(&neg) {
                Ok(v) => Constant::Int(v),
                Err(_) => Constant::BigInt(neg),
            })
        }
        Constant::Float(f) => Some(Constant::Float(-f)),
        _ => None,
    }
}

fn literal_const(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => number_const(&n.value),
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match u.operand.as_ref() {
            Expr::NumberLiteral(n) => negate_const(number_const(&n.value))?,
            _ => return None,
        },
        Expr::Tuple(t) => const_tuple(&t.elts)?,
        _ => return None,
    })
}

pub(super) fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    let items: Option<Vec<Constant>> = elts.iter().map(literal_const).collect();
    Some(Constant::Tuple(items?.into()))
}

pub(super) fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_)
    )
}

/// Constants are shared only when identical in type and value.
pub(super) fn const_same(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Str(x), Constant::Str(y)) => x == y,
        _ => false,
    }
}
