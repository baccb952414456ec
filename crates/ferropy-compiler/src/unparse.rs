//! Expressions back to source text, written the way CPython's `ast.unparse`
//! writes them. With `from __future__ import annotations` (PEP 563),
//! annotations are stored as this text instead of being evaluated.

use ruff_python_ast::{self as ast, Expr};

/// Binding strength, weakest first (CPython's unparser's levels).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next stronger level.
    fn up(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The text of annotation `e`, as `__annotations__` holds it under PEP 563.
pub fn annotation_text(e: &Expr, source: &str) -> String {
    let mut u = Unparser {
        out: String::new(),
        source,
    };
    u.expr(e, Prec::Test);
    u.out
}

struct Unparser<'s> {
    out: String,
    source: &'s str,
}

impl Unparser<'_> {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// Write `e`, in parentheses if it binds more loosely than `level`.
    fn expr(&mut self, e: &Expr, level: Prec) {
        match e {
            Expr::BoolOp(b) => {
                let (op, prec) = match b.op {
                    ast::BoolOp::And => (" and ", Prec::And),
                    ast::BoolOp::Or => (" or ", Prec::Or),
                };
                self.wrapped(level > prec, |u| u.joined(&b.values, op, prec.up()));
            }
            Expr::Named(n) => self.wrapped(level > Prec::Tuple, |u| {
                u.expr(&n.target, Prec::Atom);
                u.push(" := ");
                u.expr(&n.value, Prec::Atom);
            }),
            Expr::BinOp(b) => self.binop(b, level),
            Expr::UnaryOp(u) => self.unary(u, level),
            Expr::Lambda(l) => self.wrapped(level > Prec::Test, |u| {
                u.push("lambda");
                if let Some(params) = &l.parameters {
                    u.push(" ");
                    u.parameters(params);
                }
                u.push(": ");
                u.expr(&l.body, Prec::Test);
            }),
            Expr::If(i) => self.wrapped(level > Prec::Test, |u| {
                u.expr(&i.body, Prec::Test.up());
                u.push(" if ");
                u.expr(&i.test, Prec::Test.up());
                u.push(" else ");
                u.expr(&i.orelse, Prec::Test);
            }),
            Expr::Dict(d) => self.dict(d),
            Expr::Set(s) if s.elts.is_empty() => self.push("{*()}"),
            Expr::Set(s) => self.delimited("{", &s.elts, "}"),
            Expr::List(l) => self.delimited("[", &l.elts, "]"),
            Expr::Tuple(t) => self.tuple(&t.elts, level),
            Expr::ListComp(c) => self.comprehension("[", &[&c.elt], &c.generators, "]"),
            Expr::SetComp(c) => self.comprehension("{", &[&c.elt], &c.generators, "}"),
            Expr::Generator(c) => self.comprehension("(", &[&c.elt], &c.generators, ")"),
            Expr::DictComp(c) => match &c.key {
                Some(key) => self.comprehension("{", &[key, &c.value], &c.generators, "}"),
                None => self.source_text(e),
            },
            Expr::Await(a) => self.wrapped(level > Prec::Await, |u| {
                u.push("await ");
                u.expr(&a.value, Prec::Atom);
            }),
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.push("(");
                self.source_text(e);
                self.push(")");
            }
            Expr::Compare(c) => self.wrapped(level > Prec::Cmp, |u| {
                u.expr(&c.left, Prec::Cmp.up());
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    u.push(&format!(" {} ", op.as_str()));
                    u.expr(right, Prec::Cmp.up());
                }
            }),
            Expr::Call(c) => self.call(c),
            Expr::StringLiteral(s) => self.push(&repr_str(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b
                    .value
                    .iter()
                    .flat_map(|p| p.value.iter().copied())
                    .collect();
                self.push(&repr_bytes(&bytes));
            }
            Expr::NumberLiteral(n) => self.number(&n.value, e),
            Expr::BooleanLiteral(b) => self.push(if b.value { "True" } else { "False" }),
            Expr::NoneLiteral(_) => self.push("None"),
            Expr::EllipsisLiteral(_) => self.push("..."),
            Expr::Attribute(a) => {
                self.expr(&a.value, Prec::Atom);
                let int_literal = matches!(a.value.as_ref(), Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Int(_)));
                self.push(if int_literal { " ." } else { "." });
                self.push(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, Prec::Atom);
                self.push("[");
                match s.slice.as_ref() {
                    Expr::Tuple(t) if !t.elts.is_empty() => self.tuple_items(&t.elts),
                    slice => self.expr(slice, Prec::Tuple),
                }
                self.push("]");
            }
            Expr::Starred(s) => {
                self.push("*");
                self.expr(&s.value, Prec::BitOr);
            }
            Expr::Name(n) => self.push(n.id.as_str()),
            Expr::Slice(s) => {
                if let Some(lower) = &s.lower {
                    self.expr(lower, Prec::Test);
                }
                self.push(":");
                if let Some(upper) = &s.upper {
                    self.expr(upper, Prec::Test);
                }
                if let Some(step) = &s.step {
                    self.push(":");
                    self.expr(step, Prec::Test);
                }
            }
            _ => self.source_text(e),
        }
    }

    /// Fallback for rare forms (f-strings): the source as written.
    fn source_text(&mut self, e: &Expr) {
        let text = &self.source[ruff_text_size::Ranged::range(e)];
        self.out.push_str(text);
    }

    fn wrapped(&mut self, parens: bool, body: impl FnOnce(&mut Self)) {
        if parens {
            self.push("(");
        }
        body(self);
        if parens {
            self.push(")");
        }
    }

    fn joined(&mut self, items: &[Expr], sep: &str, level: Prec) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push(sep);
            }
            self.expr(item, level);
        }
    }

    fn delimited(&mut self, open: &str, items: &[Expr], close: &str) {
        self.push(open);
        self.joined(items, ", ", Prec::Test);
        self.push(close);
    }

    fn tuple(&mut self, items: &[Expr], level: Prec) {
        if items.is_empty() {
            return self.push("()");
        }
        self.wrapped(level > Prec::Tuple, |u| u.tuple_items(items));
    }

    /// Tuple items without parentheses; a lone item keeps its comma.
    fn tuple_items(&mut self, items: &[Expr]) {
        self.joined(items, ", ", Prec::Test);
        if items.len() == 1 {
            self.push(",");
        }
    }

    fn binop(&mut self, b: &ast::ExprBinOp, level: Prec) {
        use ast::Operator::*;
        let prec = match b.op {
            Add | Sub => Prec::Arith,
            Mult | MatMult | Div | FloorDiv | Mod => Prec::Term,
            LShift | RShift => Prec::Shift,
            BitOr => Prec::BitOr,
            BitXor => Prec::BitXor,
            BitAnd => Prec::BitAnd,
            Pow => Prec::Power,
        };
        let right_assoc = b.op == Pow;
        self.wrapped(level > prec, |u| {
            u.expr(&b.left, if right_assoc { prec.up() } else { prec });
            u.push(&format!(" {} ", b.op.as_str()));
            u.expr(&b.right, if right_assoc { prec } else { prec.up() });
        });
    }

    fn unary(&mut self, e: &ast::ExprUnaryOp, level: Prec) {
        let (op, prec) = match e.op {
            ast::UnaryOp::Not => ("not ", Prec::Not),
            ast::UnaryOp::Invert => ("~", Prec::Factor),
            ast::UnaryOp::UAdd => ("+", Prec::Factor),
            ast::UnaryOp::USub => ("-", Prec::Factor),
        };
        self.wrapped(level > prec, |u| {
            u.push(op);
            u.expr(&e.operand, prec);
        });
    }

    fn dict(&mut self, d: &ast::ExprDict) {
        self.push("{");
        for (i, item) in d.items.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            match &item.key {
                Some(key) => {
                    self.expr(key, Prec::Test);
                    self.push(": ");
                    self.expr(&item.value, Prec::Test);
                }
                None => {
                    self.push("**");
                    self.expr(&item.value, Prec::BitOr);
                }
            }
        }
        self.push("}");
    }

    /// `[elt for x in xs if c]`; a dict comprehension has two elements.
    fn comprehension(
        &mut self,
        open: &str,
        elts: &[&Expr],
        generators: &[ast::Comprehension],
        close: &str,
    ) {
        self.push(open);
        self.expr(elts[0], Prec::Test);
        if let Some(value) = elts.get(1) {
            self.push(": ");
            self.expr(value, Prec::Test);
        }
        for g in generators {
            self.push(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, Prec::Tuple);
            self.push(" in ");
            self.expr(&g.iter, Prec::Test.up());
            for cond in &g.ifs {
                self.push(" if ");
                self.expr(cond, Prec::Test.up());
            }
        }
        self.push(close);
    }

    fn call(&mut self, c: &ast::ExprCall) {
        self.expr(&c.func, Prec::Atom);
        let args = &c.arguments;
        if let ([Expr::Generator(g)], []) = (&args.args[..], &args.keywords[..]) {
            return self.comprehension("(", &[&g.elt], &g.generators, ")");
        }
        self.push("(");
        let mut first = true;
        for arg in args.args.iter() {
            if !std::mem::take(&mut first) {
                self.push(", ");
            }
            self.expr(arg, Prec::Test);
        }
        for k in args.keywords.iter() {
            if !std::mem::take(&mut first) {
                self.push(", ");
            }
            match &k.arg {
                Some(name) => {
                    self.push(name.as_str());
                    self.push("=");
                }
                None => self.push("**"),
            }
            self.expr(&k.value, Prec::Test);
        }
        self.push(")");
    }

    /// Lambda parameters: `x, /, y=1, *args, z, **kw`.
    fn parameters(&mut self, p: &ast::Parameters) {
        let mut parts: Vec<String> = Vec::new();
        let with_default = |u: &mut Self, param: &ast::ParameterWithDefault| {
            let mut text = param.parameter.name.as_str().to_string();
            if let Some(d) = &param.default {
                let saved = std::mem::take(&mut u.out);
                u.expr(d, Prec::Test);
                text.push('=');
                text.push_str(&std::mem::replace(&mut u.out, saved));
            }
            text
        };
        for param in p.posonlyargs.iter() {
            parts.push(with_default(self, param));
        }
        if !p.posonlyargs.is_empty() {
            parts.push("/".into());
        }
        for param in p.args.iter() {
            parts.push(with_default(self, param));
        }
        match &p.vararg {
            Some(v) => parts.push(format!("*{}", v.name.as_str())),
            None if !p.kwonlyargs.is_empty() => parts.push("*".into()),
            None => {}
        }
        for param in p.kwonlyargs.iter() {
            parts.push(with_default(self, param));
        }
        if let Some(k) = &p.kwarg {
            parts.push(format!("**{}", k.name.as_str()));
        }
        self.push(&parts.join(", "));
    }

    fn number(&mut self, n: &ast::Number, e: &Expr) {
        match n {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => self.push(&v.to_string()),
                None => self.source_text(e),
            },
            ast::Number::Float(f) => self.push(&repr_float(*f)),
            ast::Number::Complex { real, imag } if *real == 0.0 => {
                self.push(&repr_float(*imag));
                self.push("j");
            }
            ast::Number::Complex { .. } => self.source_text(e),
        }
    }
}

/// Python's `repr` of a float: the shortest digits that round-trip, in
/// exponent form below 1e-4 or from 1e16 up; infinity as `1e309`, the
/// literal that makes it.
fn repr_float(f: f64) -> String {
    if f.is_infinite() {
        return if f > 0.0 {
            "1e309".into()
        } else {
            "-1e309".into()
        };
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("a decimal exponent");
    if (-4..16).contains(&exp) {
        let plain = format!("{f}");
        return if plain.contains('.') {
            plain
        } else {
            format!("{plain}.0")
        };
    }
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exp.abs())
}

/// Python's `repr` of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            _ if !c.is_ascii() && is_printable(c) => out.push(c),
            _ => {
                let code = c as u32;
                let escaped = match code {
                    0..=0xff => format!("\\x{code:02x}"),
                    0x100..=0xffff => format!("\\u{code:04x}"),
                    _ => format!("\\U{code:08x}"),
                };
                out.push_str(&escaped);
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of a bytes object.
fn repr_bytes(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// An approximation of Python's `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'
        ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unparse(src: &str) -> String {
        let parsed = ruff_python_parser::parse_expression(src).unwrap();
        annotation_text(&parsed.syntax().body, src)
    }

    #[test]
    fn matches_cpython_unparse() {
        let cases = [
            ("int", "int"),
            ("'Foo'", "'Foo'"),
            ("\"it's\"", "\"it's\""),
            ("list[int]", "list[int]"),
            ("dict[str,int]|None", "dict[str, int] | None"),
            ("Callable[[int], str]", "Callable[[int], str]"),
            ("tuple[int, ...]", "tuple[int, ...]"),
            ("(int, str)", "(int, str)"),
            ("x[1,]", "x[1,]"),
            ("a if b else c", "a if b else c"),
            ("lambda x, *, y=1: x", "lambda x, *, y=1: x"),
            ("-x ** 2", "-x ** 2"),
            ("(-x) ** 2", "(-x) ** 2"),
            ("2 ** -1", "2 ** (-1)"),
            ("a - (b - c)", "a - (b - c)"),
            ("f(*a, k=1, **kw)", "f(*a, k=1, **kw)"),
            ("f(x for x in y)", "f(x for x in y)"),
            ("0x10", "16"),
            ("1e-5", "1e-05"),
            ("(a, )", "(a,)"),
            ("x if y else (lambda: z)", "x if y else lambda: z"),
            ("(lambda: z) if y else x", "(lambda: z) if y else x"),
            ("- -x", "--x"),
            ("{*()}", "{*()}"),
            ("x[1:2, ::3]", "x[1:2, ::3]"),
            ("'\\u00e9'", "'\u{e9}'"),
            ("b'ab\\x00'", "b'ab\\x00'"),
            ("1e16", "1e+16"),
            ("0.5", "0.5"),
            ("1 .real", "1 .real"),
            ("not a or b", "not a or b"),
        ];
        for (src, want) in cases {
            assert_eq!(unparse(src), want, "{src}");
        }
    }
}
