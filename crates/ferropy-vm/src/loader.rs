//! Turning compiler output into runnable code: `CodeObject` → `VmCode`,
//! and compile errors → `SyntaxError` exceptions.

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::value::Value;
use crate::vm::Vm;
use crate::vmcode::VmCode;
use ferropy_compiler::bytecode::{CodeObject, Constant, Instr};
use ferropy_compiler::{CompileErrorKind, Mode, SyntaxErrorInfo};
use std::rc::Rc;

/// Prepare a compiled code object (and its nested ones) for execution.
pub fn load(vm: &Vm, code: Rc<CodeObject>) -> Rc<VmCode> {
    let consts = code
        .constants
        .iter()
        .map(|c| constant_value(vm, c))
        .collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let nslots = code.varnames.len() + code.cellvars.len() + code.freevars.len();
    let plain_argcount = plain_argcount(&code);
    let attr_caches = (0..code.names.len()).map(|_| Default::default()).collect();
    let global_caches = (0..code.names.len()).map(|_| Default::default()).collect();
    let doc = match &code.docstring {
        Some(d) => vm.new_str(d.to_string()),
        None => Value::None,
    };
    let class_cell = code
        .freevars
        .iter()
        .position(|n| &**n == "__class__")
        .map(|i| code.varnames.len() + code.cellvars.len() + i);
    Rc::new(VmCode {
        instrs: quicken(&code),
        class_cell,
        name: vm.intern(&code.name),
        qualname: vm.intern(&code.qualname),
        doc,
        code,
        consts,
        names,
        nslots,
        plain_argcount,
        attr_caches,
        global_caches,
    })
}

/// `code.instructions` with each quickenable pair's (or `super().m`
/// triple's) first instruction replaced by the fused form (see
/// `Instr::pair`).
fn quicken(code: &CodeObject) -> Box<[Instr]> {
    let instructions = &code.instructions;
    let mut out = instructions.to_vec();
    for (i, w) in instructions.windows(2).enumerate() {
        if let Some(pair) = Instr::pair(w[0], w[1]) {
            out[i] = pair;
        }
    }
    for (i, w) in instructions.windows(3).enumerate() {
        if let [Instr::LoadGlobal(g), Instr::Call(0), Instr::LoadMethod(m)] = *w {
            let is_super = code.names.get(g as usize).is_some_and(|n| &**n == "super");
            if let (true, Ok(g), Ok(m)) = (is_super, u16::try_from(g), u16::try_from(m)) {
                out[i] = Instr::LoadSuperMethod(g, m);
            }
        }
    }
    out.into_boxed_slice()
}

/// See `VmCode::plain_argcount`.
fn plain_argcount(code: &CodeObject) -> Option<usize> {
    use ferropy_compiler::bytecode::code_flags::{VARARGS, VARKEYWORDS};
    let plain = !code.is_generator_like()
        && code.kwonlyargcount == 0
        && code.flags & (VARARGS | VARKEYWORDS) == 0;
    plain.then_some(code.argcount as usize)
}

fn constant_value(vm: &Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => crate::objects::int::from_bigint(vm, b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex(r, i) => crate::objects::complex::new_complex(vm, *r, *i),
        Constant::Str(s) => vm.intern(s),
        Constant::Bytes(b) => vm.new_bytes(b.to_vec()),
        Constant::Tuple(items) => {
            vm.new_tuple(items.iter().map(|c| constant_value(vm, c)).collect())
        }
        Constant::Code(inner) => Value::Obj(Obj::new(
            vm.types.code.clone(),
            Payload::Code(load(vm, inner.clone())),
        )),
    }
}

/// Compile source text, turning errors into `SyntaxError` and printing
/// the compiler's `SyntaxWarning`s as CPython's warnings module does.
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Rc<VmCode>> {
    match ferropy_compiler::compile(source, filename, mode) {
        Ok(compiled) => {
            for (line, message) in &compiled.warnings {
                show_syntax_warning(vm, source, filename, *line, message);
            }
            Ok(load(vm, Rc::new(compiled.code)))
        }
        Err(info) => {
            for (line, message) in &info.warnings {
                show_syntax_warning(vm, source, filename, *line, message);
            }
            Err(syntax_error(vm, &info))
        }
    }
}

/// Print a `SyntaxWarning` to stderr: `file:line: SyntaxWarning: message`
/// and, for real files, the source line (as `warnings.showwarning`).
fn show_syntax_warning(vm: &mut Vm, source: &str, filename: &str, line: u32, message: &str) {
    let mut text = format!("{filename}:{line}: SyntaxWarning: {message}\n");
    if !filename.starts_with('<') {
        if let Some(src_line) = source.lines().nth(line as usize - 1) {
            text.push_str(&format!("  {}\n", src_line.trim()));
        }
    }
    vm.write_stderr(text.as_bytes());
}

/// Build the `SyntaxError` (or subclass) for a compile error.
pub fn syntax_error(vm: &Vm, info: &SyntaxErrorInfo) -> PyErr {
    let kind = match info.kind {
        CompileErrorKind::SyntaxError => Exc::SyntaxError,
        CompileErrorKind::IndentationError => Exc::IndentationError,
        CompileErrorKind::TabError => Exc::TabError,
        CompileErrorKind::MemoryError => return vm.new_exc(Exc::MemoryError, info.message.clone()),
    };
    let text = match &info.text {
        Some(t) => vm.new_str(format!("{t}\n")),
        None => Value::None,
    };
    let num = |n: u32| {
        if n == 0 {
            Value::None
        } else {
            Value::Int(n as i64)
        }
    };
    let details = vm.new_tuple(vec![
        vm.new_str(info.filename.clone()),
        num(info.lineno),
        num(info.offset),
        text,
        num(info.end_lineno),
        num(info.end_offset),
    ]);
    vm.new_exc_args(kind, vec![vm.new_str(info.message.clone()), details])
}
