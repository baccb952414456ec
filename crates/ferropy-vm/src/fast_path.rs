//! The interpreter's inner loop for instructions that only touch the current
//! frame (locals, constants, jumps, small-int and float arithmetic, range and
//! list iteration, global loads that hit). It runs with a plain `&mut Frame`,
//! without going through `Vm`, and hands the first instruction it cannot
//! finish to the general `execute`.

use crate::frame::Frame;
use crate::object::Payload;
use crate::objects::iterators::IterState;
use crate::objects::{dict, int};
use crate::ops::cmp_ord;
use crate::value::Value;
use ferropy_compiler::bytecode::{BinOp, CmpOp, Instr};

/// Run fast instructions; returns the next instruction for the slow path
/// with `frame.ip` pointing at it, or `None` (with `ip` past the last
/// instruction run) when finalizers must run first.
pub fn run(frame: &mut Frame) -> Option<Instr> {
    let Frame {
        code,
        ip,
        stack,
        slots,
        globals,
        builtins,
        ..
    } = frame;
    let instrs = &code.code.instructions;
    loop {
        let instr = instrs[*ip];
        match instr {
            Instr::LoadFast(i) => {
                let v = &slots[i as usize];
                if v.is_undef() {
                    return Some(instr);
                }
                stack.push(v.clone());
            }
            Instr::StoreFast(i) => {
                slots[i as usize] = stack.pop().unwrap();
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return None;
                }
            }
            Instr::LoadConst(i) => stack.push(code.consts[i as usize].clone()),
            Instr::LoadDeref(i) => {
                let Some(Payload::Cell(c)) = slots[code.cell_base() + i as usize].payload() else {
                    return Some(instr);
                };
                let v = c.borrow().clone();
                if v.is_undef() {
                    return Some(instr);
                }
                stack.push(v);
            }
            Instr::StoreDeref(i) => {
                let Some(Payload::Cell(c)) = slots[code.cell_base() + i as usize].payload() else {
                    return Some(instr);
                };
                let old = std::mem::replace(&mut *c.borrow_mut(), stack.pop().unwrap());
                drop(old);
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return None;
                }
            }
            Instr::PopTop => {
                stack.pop();
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return None;
                }
            }
            Instr::Jump(t) => {
                *ip = t as usize;
                continue;
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let Some(Value::Bool(b)) = stack.last() else {
                    return Some(instr);
                };
                let jump_on = matches!(instr, Instr::PopJumpIfTrue(_));
                let b = *b;
                stack.pop();
                if b == jump_on {
                    *ip = t as usize;
                    continue;
                }
            }
            Instr::Compare(op) => {
                let n = stack.len();
                let r = match (&stack[n - 2], &stack[n - 1]) {
                    (Value::Int(a), Value::Int(b)) => cmp_ord(op, a.cmp(b)),
                    (Value::Float(a), Value::Float(b)) => float_cmp(op, *a, *b),
                    _ => return Some(instr),
                };
                stack.truncate(n - 2);
                stack.push(Value::Bool(r));
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                let n = stack.len();
                let r = match (&stack[n - 2], &stack[n - 1]) {
                    (Value::Int(a), Value::Int(b)) => match int::small_binop(op, *a, *b) {
                        Some(v) => v,
                        None => return Some(instr),
                    },
                    (Value::Float(a), Value::Float(b)) => match float_op(op, *a, *b) {
                        Some(v) => v,
                        None => return Some(instr),
                    },
                    _ => return Some(instr),
                };
                stack.truncate(n - 2);
                stack.push(r);
            }
            Instr::Copy(k) => {
                let v = stack[stack.len() - k as usize].clone();
                stack.push(v);
            }
            Instr::Swap(k) => {
                let n = stack.len();
                stack.swap(n - 1, n - k as usize);
            }
            Instr::IsOp(neg) => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(Value::Bool(a.is(&b) != neg));
            }
            Instr::LoadGlobal(i) => {
                let name = &code.names[i as usize];
                let Some(p) = crate::objects::str::pystr(name) else {
                    return Some(instr);
                };
                let hash = p.hash();
                match dict::get_str_value(globals, name, hash) {
                    Some(Some(v)) => stack.push(v),
                    Some(None) => match dict::get_str_value(builtins, name, hash) {
                        Some(Some(v)) => stack.push(v),
                        _ => return Some(instr),
                    },
                    None => return Some(instr),
                }
            }
            Instr::ForIter(t) => match next_fast(stack.last().unwrap()) {
                Some(Some(v)) => stack.push(v),
                Some(None) => {
                    stack.pop();
                    *ip = t as usize;
                    continue;
                }
                None => return Some(instr),
            },
            Instr::LoadAttr(i) => {
                let name = &code.names[i as usize];
                let hash = name_hash(name);
                match crate::attr_cache::load(
                    &code.attr_caches[i as usize],
                    stack.last().unwrap(),
                    name,
                    hash,
                ) {
                    Some(v) => *stack.last_mut().unwrap() = v,
                    None => return Some(instr),
                }
            }
            Instr::StoreAttr(i) => {
                let name = &code.names[i as usize];
                let hash = name_hash(name);
                let n = stack.len();
                let v = std::mem::take(&mut stack[n - 2]);
                match crate::attr_cache::store(
                    &code.attr_caches[i as usize],
                    &stack[n - 1],
                    name,
                    hash,
                    v,
                ) {
                    Ok(()) => stack.truncate(n - 2),
                    Err(v) => {
                        stack[n - 2] = v;
                        return Some(instr);
                    }
                }
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return None;
                }
            }
            Instr::LoadMethod(i) => {
                let name = &code.names[i as usize];
                let hash = name_hash(name);
                match crate::attr_cache::load_method(
                    &code.attr_caches[i as usize],
                    stack.last().unwrap(),
                    name,
                    hash,
                ) {
                    Some(f) => {
                        let obj = std::mem::replace(stack.last_mut().unwrap(), f);
                        stack.push(obj);
                    }
                    None => return Some(instr),
                }
            }
            Instr::Nop => {}
            _ => return Some(instr),
        }
        *ip += 1;
    }
}

fn name_hash(name: &Value) -> i64 {
    crate::objects::str::pystr(name)
        .map(|p| p.hash())
        .unwrap_or(0)
}

fn float_cmp(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

fn float_op(op: BinOp, a: f64, b: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv if b != 0.0 => a / b,
        _ => return None,
    }))
}

/// Next item of a range or list iterator without calling into the VM;
/// `None` when the iterator needs the general path.
fn next_fast(it: &Value) -> Option<Option<Value>> {
    let Some(Payload::Iterator(cell)) = it.payload() else {
        return None;
    };
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::Range {
            next,
            step,
            remaining,
        } => Some(crate::objects::iterators::range_next(
            next, *step, remaining,
        )),
        IterState::Seq { seq, index } => {
            let Some(Payload::List(l)) = seq.payload() else {
                return None;
            };
            let r = l.borrow().get(*index).cloned();
            *index += 1;
            if r.is_none() {
                *st = IterState::Exhausted;
            }
            Some(r)
        }
        _ => None,
    }
}
