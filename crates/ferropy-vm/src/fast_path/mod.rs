//! The interpreter's inner loop for the common instructions: locals,
//! constants, jumps, int and float arithmetic, range and list iteration,
//! subscripts and `in` tests on builtin containers, cached global and
//! attribute access, calls to and returns from plain Python functions
//! (`VmCode::plain_argcount`), and generators resumed in place. It works on
//! the frame stack alone, without the rest of `Vm`, and hands back a
//! `Handoff`: a builtin call for `interp.rs` to make, or the first
//! instruction it cannot finish, for the general `execute`.
//!
//! `calls.rs` builds the frames of the calls it makes; `operands.rs` holds
//! the checks and operations on values it does without the `Vm`.

mod calls;
mod operands;

use calls::{init_call, plain_call, super_method};
use operands::{
    builtin_item, exact_sequence_items, float_op, int_binop, name_hash, next_fast, number_compare,
    other_binop, quick_contains, quick_exc_match, quick_truth, set_builtin_item,
};

use crate::attr_cache::MethodLookup;
use crate::frame::{Block, BlockKind, Frame, FramePool, InlineResume};
use crate::interp::Exit;
use crate::object::Obj;
use crate::object::Payload;
use crate::objects::generator::take_inline_frame;
use crate::value::Value;
use crate::vm::BuiltinTypes;
use ferropy_compiler::bytecode::code_flags::ASYNC_GENERATOR;
use ferropy_compiler::bytecode::Instr;
use std::cell::RefCell;
use std::rc::Rc;

/// Why the fast path hands control back to the general interpreter.
pub enum Handoff {
    /// The slow path must run this instruction; the top frame's `ip` points
    /// at it.
    Slow(Instr),
    /// Finalizers must run first; `ip` is past the last instruction run.
    Finalize,
    /// The entry frame returned or yielded: the interpreter loop ends.
    Exit(Exit),
    /// The call at `ip` is not a plain Python call: the callable is at this
    /// stack position. The caller runs it if it is a builtin taking few
    /// arguments (`Vm::call_small_native`), which skips the slow path's
    /// dispatch, and hands anything else to the slow path.
    CallBuiltin(usize),
}

/// Run fast instructions until the slow path must take over.
pub fn run(vm: &mut crate::vm::Vm) -> Handoff {
    let crate::vm::Vm {
        frames,
        frame_pool,
        recursion_limit,
        types,
        ..
    } = vm;
    loop {
        let can_call = frames.len() < *recursion_limit;
        let calls = can_call.then_some(Calls {
            pool: frame_pool,
            types,
        });
        match run_frame(frames.last_mut().unwrap(), calls, types) {
            Switch::Slow => {
                // Read the instruction again rather than carry it in
                // `Switch`: packing it there costs a store-forwarding stall.
                let f = frames.last().unwrap();
                return Handoff::Slow(f.code.instrs[f.ip]);
            }
            Switch::Finalize => return Handoff::Finalize,
            Switch::Call(callee) => frames.push(callee),
            Switch::Return => {
                let mut done = frames.pop().unwrap();
                let v = done.stack.pop().unwrap();
                let keep = !done.discard_result;
                let entry = done.is_entry;
                frame_pool.recycle(done);
                if entry {
                    return Handoff::Exit(Exit::Return(v));
                }
                if keep {
                    frames.last_mut().unwrap().stack.push(v);
                }
                if crate::finalize::has_pending() {
                    return Handoff::Finalize;
                }
            }
            Switch::Yield => {
                let v = frames.last_mut().unwrap().stack.pop().unwrap();
                if let Some(v) = crate::objects::generator::yield_inline(frames, v) {
                    return Handoff::Exit(Exit::Yield(v));
                }
            }
            Switch::CallBuiltin(func_at) => return Handoff::CallBuiltin(func_at),
        }
    }
}

/// Why `run_frame` stopped.
enum Switch {
    /// The slow path must run the instruction at `ip`.
    Slow,
    /// Finalizers must run before the next instruction.
    Finalize,
    /// Push this frame: a plain call (the caller's `ip` is past the call) or
    /// a generator resumed in place (see `InlineResume`).
    Call(Box<Frame>),
    /// The frame (not a generator's) returned the value on top of its
    /// stack, to a Python caller or, from an entry frame, out of the
    /// interpreter loop. (Values stay on the stack so that `Switch` fits in
    /// two registers.)
    Return,
    /// A generator frame yielded the value on top of its stack (see
    /// `generator::yield_inline`).
    Yield,
    /// The call at `ip` is not a plain Python call: try a builtin with the
    /// callable at this stack position (see `Vm::call_small_native`).
    CallBuiltin(usize),
}

/// What `run_frame` needs to make calls (absent at the recursion limit).
#[derive(Clone, Copy)]
struct Calls<'a> {
    pool: &'a FramePool,
    types: &'a BuiltinTypes,
}

/// Run fast instructions of one frame until it calls, returns or meets an
/// instruction for the slow path.
fn run_frame(frame: &mut Frame, calls: Option<Calls>, types: &BuiltinTypes) -> Switch {
    let Frame {
        code,
        ip,
        stack,
        slots,
        blocks,
        globals,
        builtins,
        generator,
        init_instance,
        inline,
        ..
    } = frame;
    let instrs = &code.instrs;
    loop {
        let instr = instrs[*ip];
        match instr {
            Instr::LoadFast(i) => {
                let v = &slots[i as usize];
                if v.is_undef() {
                    return Switch::Slow;
                }
                stack.push(v.clone());
            }
            Instr::StoreFast(i) => {
                slots[i as usize] = stack.pop().unwrap();
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return Switch::Finalize;
                }
            }
            Instr::LoadConst(i) => stack.push(code.consts[i as usize].clone()),
            Instr::LoadDeref(i) => {
                let Some(Payload::Cell(c)) = slots[code.cell_base() + i as usize].payload() else {
                    return Switch::Slow;
                };
                let v = c.borrow().clone();
                if v.is_undef() {
                    return Switch::Slow;
                }
                stack.push(v);
            }
            Instr::StoreDeref(i) => {
                let Some(Payload::Cell(c)) = slots[code.cell_base() + i as usize].payload() else {
                    return Switch::Slow;
                };
                let old = std::mem::replace(&mut *c.borrow_mut(), stack.pop().unwrap());
                drop(old);
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return Switch::Finalize;
                }
            }
            Instr::PopTop => {
                stack.pop();
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return Switch::Finalize;
                }
            }
            Instr::Jump(t) => {
                *ip = t as usize;
                continue;
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let Some(b) = top_truth(stack) else {
                    return Switch::Slow;
                };
                let jump_on = matches!(instr, Instr::PopJumpIfTrue(_));
                stack.pop();
                if b == jump_on {
                    *ip = t as usize;
                    continue;
                }
            }
            Instr::Compare(op) => {
                let n = stack.len();
                let Some(r) = number_compare(op, &stack[n - 2], &stack[n - 1]) else {
                    return Switch::Slow;
                };
                stack.truncate(n - 2);
                stack.push(Value::Bool(r));
            }
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                // `s += t` stays on the slow path, which may append in place.
                let concat = matches!(instr, Instr::BinaryOp(_)).then_some(types);
                let n = stack.len();
                let r = match (&stack[n - 2], &stack[n - 1]) {
                    (Value::Int(a), Value::Int(b)) => match int_binop(op, *a, *b) {
                        Some(v) => v,
                        None => return Switch::Slow,
                    },
                    (Value::FloatBits(a), Value::FloatBits(b)) => {
                        match float_op(op, f64::from_bits(*a), f64::from_bits(*b)) {
                            Some(v) => v,
                            None => match other_binop(op, &stack[n - 2], &stack[n - 1], concat) {
                                Some(v) => v,
                                None => return Switch::Slow,
                            },
                        }
                    }
                    (a, b) => match other_binop(op, a, b, concat) {
                        Some(v) => v,
                        None => return Switch::Slow,
                    },
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
                let cache = &code.global_caches[i as usize];
                match crate::global_cache::load(cache, globals, builtins, name) {
                    Some(v) => stack.push(v),
                    None => return Switch::Slow,
                }
            }
            Instr::ForIter(t) => match next_fast(stack.last().unwrap()) {
                Some(Some(v)) => stack.push(v),
                Some(None) => {
                    stack.pop();
                    *ip = t as usize;
                    continue;
                }
                None => {
                    // A generator runs in place: its frame goes on top.
                    let it = stack.last().unwrap();
                    let how = InlineResume::ForIter(t);
                    let Some(callee) = calls.and_then(|_| take_inline_frame(it, &Value::None, how))
                    else {
                        return Switch::Slow;
                    };
                    *ip += 1;
                    return Switch::Call(callee);
                }
            },
            // Async generators wrap what they yield: the slow path does that.
            Instr::YieldValue if code.code.flags & ASYNC_GENERATOR == 0 => {
                *ip += 1;
                return Switch::Yield;
            }
            Instr::YieldFrom if calls.is_some() => {
                let n = stack.len();
                let how = InlineResume::YieldFrom;
                let Some(callee) = take_inline_frame(&stack[n - 2], &stack[n - 1], how) else {
                    return Switch::Slow;
                };
                // This frame stays at its `YieldFrom` while the generator runs.
                stack.pop();
                return Switch::Call(callee);
            }
            Instr::LoadAttr(i) => {
                let name = &code.names[i as usize];
                let hash = name_hash(name);
                let cache = &code.attr_caches[i as usize];
                let obj = stack.last_mut().unwrap();
                if let Some(v) = crate::attr_cache::load(cache, obj, name, hash) {
                    *obj = v;
                } else {
                    let (Some(calls), Some(fget)) =
                        (calls, crate::attr_cache::property_getter(cache, obj))
                    else {
                        return Switch::Slow;
                    };
                    // Call `fget(obj)` as if it were `Call(1)`.
                    let obj = std::mem::replace(obj, fget);
                    stack.push(obj);
                    let func_at = stack.len() - 2;
                    if let Some(callee) = plain_call(stack, func_at, func_at + 1, calls) {
                        *ip += 1;
                        return Switch::Call(callee);
                    }
                    let obj = stack.pop().unwrap();
                    *stack.last_mut().unwrap() = obj;
                    return Switch::Slow;
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
                        let cache = &code.attr_caches[i as usize];
                        let (Some(calls), Some(fset)) = (
                            calls,
                            crate::attr_cache::property_setter(cache, &stack[n - 1]),
                        ) else {
                            return Switch::Slow;
                        };
                        // Call `fset(obj, value)` and drop its result:
                        // [value, obj] becomes [fset, obj, value].
                        let value = std::mem::replace(&mut stack[n - 2], fset);
                        stack.push(value);
                        if let Some(mut callee) = plain_call(stack, n - 2, n - 1, calls) {
                            callee.discard_result = true;
                            *ip += 1;
                            return Switch::Call(callee);
                        }
                        let value = stack.pop().unwrap();
                        stack[n - 2] = value;
                        return Switch::Slow;
                    }
                }
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return Switch::Finalize;
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
                    Some(MethodLookup::Method(f)) => {
                        let obj = std::mem::replace(stack.last_mut().unwrap(), f);
                        stack.push(obj);
                    }
                    Some(MethodLookup::Attribute(f)) => {
                        *stack.last_mut().unwrap() = f;
                        stack.push(Value::Undef);
                    }
                    None => return Switch::Slow,
                }
            }
            Instr::Call(n) if calls.is_some() => {
                let calls = calls.unwrap();
                let func_at = stack.len() - n as usize - 1;
                let callee = match plain_call(stack, func_at, func_at + 1, calls) {
                    Some(callee) => Some(callee),
                    None => init_call(stack, func_at, calls),
                };
                if let Some(callee) = callee {
                    *ip += 1;
                    return Switch::Call(callee);
                }
                return Switch::CallBuiltin(func_at);
            }
            Instr::CallMethod(n) if calls.is_some() => {
                let func_at = stack.len() - n as usize - 2;
                let first_arg = func_at + 1 + stack[func_at + 1].is_undef() as usize;
                if let Some(callee) = plain_call(stack, func_at, first_arg, calls.unwrap()) {
                    *ip += 1;
                    return Switch::Call(callee);
                }
                return Switch::CallBuiltin(func_at);
            }
            Instr::ReturnValue if generator.is_none() && inline.is_none() => {
                // An `__init__` frame pushed by a class call returns the
                // instance (and must return None).
                return match init_instance.take() {
                    None => Switch::Return,
                    Some(instance) if stack.last().unwrap().is_none() => {
                        *stack.last_mut().unwrap() = instance;
                        Switch::Return
                    }
                    Some(instance) => {
                        *init_instance = Some(instance);
                        Switch::Slow
                    }
                };
            }
            Instr::BinarySubscr => {
                let n = stack.len();
                let Some(v) = builtin_item(&stack[n - 2], &stack[n - 1]) else {
                    return Switch::Slow;
                };
                stack.truncate(n - 2);
                stack.push(v);
            }
            Instr::CheckExcMatch => {
                let n = stack.len();
                let Some(m) = quick_exc_match(&stack[n - 2], &stack[n - 1]) else {
                    return Switch::Slow;
                };
                stack[n - 1] = Value::Bool(m);
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return Switch::Finalize;
                }
            }
            Instr::DeleteFast(i) => {
                let v = &mut slots[i as usize];
                if v.is_undef() {
                    return Switch::Slow;
                }
                *v = Value::Undef;
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return Switch::Finalize;
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let Some(b) = top_truth(stack) else {
                    return Switch::Slow;
                };
                if b == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                    *ip = t as usize;
                    continue;
                }
                stack.pop();
            }
            Instr::ContainsOp(negate) => {
                if !quick_contains(stack, negate) {
                    return Switch::Slow;
                }
            }
            Instr::StoreSubscr => {
                let n = stack.len();
                let v = std::mem::take(&mut stack[n - 3]);
                if let Err(v) = set_builtin_item(&stack[n - 2], &stack[n - 1], v) {
                    stack[n - 3] = v;
                    return Switch::Slow;
                }
                stack.truncate(n - 3);
                if crate::finalize::has_pending() {
                    *ip += 1;
                    return Switch::Finalize;
                }
            }
            Instr::LoadClosure(i) => stack.push(slots[code.cell_base() + i as usize].clone()),
            Instr::SetupExcept(handler) => {
                let level = stack.len() as u32;
                blocks.push(Block {
                    kind: BlockKind::Except,
                    handler,
                    level,
                });
            }
            Instr::PopBlock => {
                blocks.pop();
            }
            Instr::UnpackSequence(n) => {
                let seq = stack.pop().unwrap();
                let Some(items) = exact_sequence_items(&seq, n as usize) else {
                    stack.push(seq);
                    return Switch::Slow;
                };
                stack.extend(items.into_iter().rev());
            }
            // The empty tuple is a singleton: the slow path hands it out.
            Instr::BuildTuple(n) if n > 0 => {
                let items = stack.split_off(stack.len() - n as usize);
                let tuple = Obj::new(types.tuple.clone(), Payload::Tuple(items.into()));
                stack.push(Value::Obj(tuple));
            }
            Instr::BuildList(n) => {
                let items = stack.split_off(stack.len() - n as usize);
                let list = Obj::new(types.list.clone(), Payload::List(RefCell::new(items)));
                stack.push(Value::Obj(list));
            }
            Instr::ListAppend(depth) => {
                let v = stack.pop().unwrap();
                let list = &stack[stack.len() - depth as usize];
                crate::objects::list::append(list, v);
            }
            Instr::LoadFastLoadFast(a, b) => {
                let (x, y) = (&slots[a as usize], &slots[b as usize]);
                if x.is_undef() || y.is_undef() {
                    return Switch::Slow;
                }
                stack.push(x.clone());
                stack.push(y.clone());
                *ip += 2;
                continue;
            }
            Instr::LoadFastLoadConst(a, c) => {
                let x = &slots[a as usize];
                if x.is_undef() {
                    return Switch::Slow;
                }
                stack.push(x.clone());
                stack.push(code.consts[c as usize].clone());
                *ip += 2;
                continue;
            }
            Instr::StoreFastLoadFast(a, b) => {
                slots[a as usize] = stack.pop().unwrap();
                // The `LoadFast` runs on its own after finalizers or to
                // raise for an unbound local.
                *ip += 1;
                if crate::finalize::has_pending() {
                    return Switch::Finalize;
                }
                let y = &slots[b as usize];
                if y.is_undef() {
                    return Switch::Slow;
                }
                stack.push(y.clone());
                *ip += 1;
                continue;
            }
            Instr::CompareJumpIfFalse(op, t) => {
                let n = stack.len();
                let Some(r) = number_compare(op, &stack[n - 2], &stack[n - 1]) else {
                    return Switch::Slow;
                };
                stack.truncate(n - 2);
                *ip = if r { *ip + 2 } else { t as usize };
                continue;
            }
            Instr::LoadSuperMethod(g, m) => {
                let super_global = crate::global_cache::load(
                    &code.global_caches[g as usize],
                    globals,
                    builtins,
                    &code.names[g as usize],
                );
                let is_builtin_super =
                    matches!(&super_global, Some(Value::Obj(s)) if Rc::ptr_eq(s, &types.super_));
                let found = is_builtin_super
                    .then(|| super_method(code, slots, &code.names[m as usize]))
                    .flatten();
                let Some((method, instance)) = found else {
                    return Switch::Slow;
                };
                stack.push(method);
                stack.push(instance);
                *ip += 3;
                continue;
            }
            Instr::Nop => {}
            _ => return Switch::Slow,
        }
        *ip += 1;
    }
}

/// The truth of the value on top of the stack when no Python code decides
/// it (see `quick_truth`).
#[inline(always)]
fn top_truth(stack: &[Value]) -> Option<bool> {
    match stack.last().unwrap() {
        Value::True => Some(true),
        Value::False => Some(false),
        other => quick_truth(other),
    }
}
