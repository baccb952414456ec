//! The interpreter loop.
//!
//! `Vm::run_frames` executes the top frame of `Vm::frames`; calls to Python
//! functions push a frame and continue in the same loop, returns pop it. The
//! loop hands control back to Rust only when an entry frame returns, yields
//! or lets an exception escape.

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::fast_path::Handoff;
use crate::frame::{Block, BlockKind, Frame, InlineResume};
use crate::object::Payload;
use crate::objects::function::Args;
use crate::objects::{dict, exception, function, generator};
use crate::value::Value;
use crate::vm::Vm;
use ferropy_compiler::bytecode::{type_param, Instr, UnaryOp};

/// How an entry frame left the loop.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Result of starting a call from the loop.
pub enum CallOutcome {
    /// The callee ran to completion (native code) and produced a value.
    Done(Value),
    /// The callee's frame was pushed; the loop continues in it.
    Pushed,
}

macro_rules! frame {
    ($vm:expr) => {
        $vm.frames.last_mut().unwrap()
    };
}

macro_rules! pop {
    ($vm:expr) => {
        frame!($vm).stack.pop().unwrap()
    };
}

macro_rules! push {
    ($vm:expr, $v:expr) => {{
        let v = $v;
        frame!($vm).stack.push(v)
    }};
}

macro_rules! top {
    ($vm:expr) => {
        frame!($vm).stack.last().unwrap()
    };
}

/// How `call_from_loop` goes on with a class call.
enum ClassCall {
    /// Push this `__init__` frame (its return value becomes the instance).
    Init(Box<Frame>),
    /// `__new__` made something that is not an instance: the call's result.
    Done(Value),
}

impl Vm {
    /// Push `frame` as an entry frame and run it until it returns or yields.
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Exit> {
        if self.native_depth >= self.native_depth_limit()
            || self.frames.len() >= self.recursion_limit + 50
        {
            return Err(self.recursion_error());
        }
        frame.is_entry = true;
        self.frames.push(frame);
        self.native_depth += 1;
        let result = self.run_frames();
        self.native_depth -= 1;
        result
    }

    /// Like `run_frame`, but start by raising `err` at the frame's current
    /// instruction (`generator.throw`).
    pub fn run_frame_raising(&mut self, mut frame: Box<Frame>, err: PyErr) -> PyResult<Exit> {
        if self.native_depth >= self.native_depth_limit() {
            return Err(self.recursion_error());
        }
        frame.is_entry = true;
        self.frames.push(frame);
        self.native_depth += 1;
        let result = match self.unwind(err, false) {
            Ok(()) => self.run_frames(),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        result
    }

    /// Execute until the entry frame exits.
    fn run_frames(&mut self) -> PyResult<Exit> {
        loop {
            match self.step_until_error() {
                Ok(exit) => return Ok(exit),
                Err((err, skip_tb)) => {
                    let unwound = self.unwind(err, skip_tb);
                    // Frames left behind may have dropped objects with
                    // finalizers; they run now, as CPython runs them while
                    // the exception propagates.
                    if crate::finalize::has_pending() {
                        crate::finalize::run_pending(self);
                    }
                    unwound?
                }
            }
        }
    }

    /// Find a handler for `err`, walking out of frames until an entry frame.
    /// Returns `Ok` when execution can resume at a handler.
    fn unwind(&mut self, mut err: PyErr, skip_tb: bool) -> Result<(), PyErr> {
        if !skip_tb && exception::traceback_of(&Value::Obj(err.0.clone())).is_none() {
            self.chain_context(&err);
        }
        let mut add_tb = !skip_tb;
        loop {
            if add_tb {
                exception::add_traceback(self, &err);
            }
            add_tb = true;
            while let Some(block) = frame!(self).blocks.pop() {
                let level = block.level as usize;
                match block.kind {
                    BlockKind::Except => {
                        let prev = std::mem::replace(&mut self.exc_info, Value::Obj(err.0.clone()));
                        let frame = frame!(self);
                        frame.stack.truncate(level);
                        frame.stack.push(prev);
                        frame.stack.push(Value::Obj(err.0.clone()));
                        frame.blocks.push(Block {
                            kind: BlockKind::Handler,
                            handler: 0,
                            level: level as u32,
                        });
                        frame.ip = block.handler as usize;
                        return Ok(());
                    }
                    BlockKind::Handler => {
                        let frame = frame!(self);
                        let prev = frame.stack[level].clone();
                        frame.stack.truncate(level);
                        self.exc_info = prev;
                    }
                }
            }
            let frame = self.frames.pop().unwrap();
            if let Some(g) = &frame.generator {
                crate::objects::generator::mark_finished(g);
                if let Some(how) = frame.inline {
                    err = crate::objects::generator::stop_iteration_to_runtime_error(self, g, err);
                    if how == InlineResume::YieldFrom {
                        // The error comes out of the consumer's `YieldFrom`.
                        frame!(self).ip += 1;
                    }
                }
            }
            if frame.is_entry {
                return Err(err);
            }
        }
    }

    /// Set `__context__` of a newly raised exception to the one being handled.
    fn chain_context(&mut self, err: &PyErr) {
        let Value::Obj(current) = &self.exc_info else {
            return;
        };
        if std::rc::Rc::ptr_eq(current, &err.0) {
            return;
        }
        exception::set_context_checked(self, &err.0, current.clone());
    }

    /// Run instructions until the entry frame exits or an error occurs; the
    /// bool says the error should not get a traceback entry (re-raise).
    fn step_until_error(&mut self) -> Result<Exit, (PyErr, bool)> {
        loop {
            let instr = match crate::fast_path::run(self) {
                Handoff::Slow(instr) => instr,
                Handoff::Finalize => {
                    crate::finalize::run_pending(self);
                    continue;
                }
                Handoff::Exit(exit) => {
                    if crate::finalize::has_pending() {
                        crate::finalize::run_pending(self);
                    }
                    return Ok(exit);
                }
                Handoff::CallBuiltin(func_at) => match self.call_builtin_at(func_at) {
                    Ok(true) => continue,
                    Ok(false) => {
                        let f = frame!(self);
                        f.code.instrs[f.ip]
                    }
                    Err(e) => return Err((e, false)),
                },
            };
            frame!(self).ip += 1;
            let result = self.execute(instr);
            if crate::finalize::has_pending() {
                crate::finalize::run_pending(self);
            }
            match result {
                Ok(None) => {}
                Ok(Some(exit)) => return Ok(exit),
                Err(e) => {
                    let reraise =
                        matches!(instr, Instr::Reraise | Instr::Raise(0) | Instr::EndAsyncFor);
                    return Err((e, reraise));
                }
            }
        }
    }

    /// Execute one instruction. `Some(exit)` when the entry frame finished.
    fn execute(&mut self, instr: Instr) -> PyResult<Option<Exit>> {
        match instr {
            Instr::Nop => {}
            // Quickened pairs run their first instruction here.
            Instr::LoadFastLoadFast(..)
            | Instr::LoadFastLoadConst(..)
            | Instr::StoreFastLoadFast(..)
            | Instr::CompareJumpIfFalse(..)
            | Instr::LoadSuperMethod(..) => return self.execute(instr.first_of_pair()),
            Instr::LoadConst(i) => {
                let f = frame!(self);
                let v = f.code.consts[i as usize].clone();
                f.stack.push(v);
            }
            Instr::LoadFast(i) => {
                let f = frame!(self);
                let v = f.slots[i as usize].clone();
                if v.is_undef() {
                    let name = f.code.code.varnames[i as usize].clone();
                    return Err(self.new_exc(
                        Exc::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                f.stack.push(v);
            }
            Instr::StoreFast(i) => {
                let f = frame!(self);
                let v = f.stack.pop().unwrap();
                f.slots[i as usize] = v;
            }
            Instr::DeleteFast(i) => {
                let f = frame!(self);
                if f.slots[i as usize].is_undef() {
                    let name = f.code.code.varnames[i as usize].clone();
                    return Err(self.new_exc(
                        Exc::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                f.slots[i as usize] = Value::Undef;
            }
            Instr::LoadDeref(i) => {
                let v = self.load_deref(i as usize)?;
                push!(self, v);
            }
            Instr::StoreDeref(i) => {
                let v = pop!(self);
                let cell = self.cell_at(i as usize);
                function::cell_set(&cell, v);
            }
            Instr::DeleteDeref(i) => {
                self.load_deref(i as usize)?;
                let cell = self.cell_at(i as usize);
                function::cell_set(&cell, Value::Undef);
            }
            Instr::LoadClosure(i) => {
                let cell = self.cell_at(i as usize);
                push!(self, cell);
            }
            Instr::LoadClassDeref(i) => {
                let name = self.deref_name(i as usize);
                let locals = frame!(self).locals.clone();
                if let Some(locals) = locals {
                    if let Some(v) = self.mapping_get(&locals, &name)? {
                        push!(self, v);
                        return Ok(None);
                    }
                }
                let v = self.load_deref(i as usize)?;
                push!(self, v);
            }
            Instr::LoadGlobal(i) => {
                let v = self.load_global(i as usize)?;
                push!(self, v);
            }
            Instr::StoreGlobal(i) => {
                let f = frame!(self);
                let name = f.code.names[i as usize].clone();
                let globals = f.globals.clone();
                let v = f.stack.pop().unwrap();
                dict::set_item(self, &globals, name, v)?;
            }
            Instr::DeleteGlobal(i) => {
                let f = frame!(self);
                let name = f.code.names[i as usize].clone();
                let globals = f.globals.clone();
                if dict::del_item(self, &globals, &name)?.is_none() {
                    return Err(self.name_error(&name));
                }
            }
            Instr::LoadName(i) => {
                let v = self.load_name(i as usize)?;
                push!(self, v);
            }
            Instr::StoreName(i) => {
                let f = frame!(self);
                let name = f.code.names[i as usize].clone();
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                let v = f.stack.pop().unwrap();
                self.mapping_set(&target, name, v)?;
            }
            Instr::DeleteName(i) => {
                let f = frame!(self);
                let name = f.code.names[i as usize].clone();
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                if !self.mapping_del(&target, &name)? {
                    return Err(self.name_error(&name));
                }
            }
            Instr::LoadAttr(i) => {
                let code = frame!(self).code.clone();
                let name = &code.names[i as usize];
                let obj = pop!(self);
                crate::attr_cache::learn(
                    &code.attr_caches[i as usize],
                    &obj,
                    name,
                    &self.types.object,
                );
                let v = self.getattr(&obj, name)?;
                push!(self, v);
            }
            Instr::StoreAttr(i) => {
                let code = frame!(self).code.clone();
                let name = &code.names[i as usize];
                let obj = pop!(self);
                let v = pop!(self);
                crate::attr_cache::learn(
                    &code.attr_caches[i as usize],
                    &obj,
                    name,
                    &self.types.object,
                );
                self.setattr(&obj, name, v)?;
            }
            Instr::DeleteAttr(i) => {
                let name = frame!(self).code.names[i as usize].clone();
                let obj = pop!(self);
                self.delattr(&obj, &name)?;
            }
            Instr::LoadMethod(i) => {
                let code = frame!(self).code.clone();
                let name = code.names[i as usize].clone();
                let obj = pop!(self);
                crate::attr_cache::learn(
                    &code.attr_caches[i as usize],
                    &obj,
                    &name,
                    &self.types.object,
                );
                let (f, self_arg) = self.load_method(&obj, &name)?;
                let fr = frame!(self);
                fr.stack.push(f);
                fr.stack.push(self_arg);
            }
            Instr::CallMethod(n) => {
                let f = frame!(self);
                let n = n as usize;
                let len = f.stack.len();
                if let Some(v) = self.call_small_native(len - n - 2)? {
                    push!(self, v);
                    return Ok(None);
                }
                let f = frame!(self);
                let self_arg = std::mem::take(&mut f.stack[len - n - 1]);
                let func = std::mem::take(&mut f.stack[len - n - 2]);
                let capacity = match func.payload() {
                    Some(Payload::Function(pf)) => pf.code.nslots.max(n + 1),
                    _ => n + 1,
                };
                let mut args = self.arg_pool.take(capacity);
                if !self_arg.is_undef() {
                    args.push(self_arg);
                }
                let f = frame!(self);
                args.extend(f.stack.drain(len - n..));
                f.stack.truncate(len - n - 2);
                self.call_from_loop(func, args, &[])?;
            }
            Instr::BinarySubscr => {
                let key = pop!(self);
                let obj = pop!(self);
                let v = self.getitem(&obj, &key)?;
                push!(self, v);
            }
            Instr::StoreSubscr => {
                let key = pop!(self);
                let obj = pop!(self);
                let v = pop!(self);
                self.setitem(&obj, key, v)?;
            }
            Instr::DeleteSubscr => {
                let key = pop!(self);
                let obj = pop!(self);
                self.delitem(&obj, &key)?;
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { pop!(self) } else { Value::None };
                let upper = pop!(self);
                let lower = pop!(self);
                let s = crate::objects::slice::new_slice(self, lower, upper, step);
                push!(self, s);
            }
            Instr::BinaryOp(op) => {
                let b = pop!(self);
                let a = pop!(self);
                let v = match small_int_binop(&a, &b, op) {
                    Some(v) => v,
                    None => self.binary_op(&a, &b, op)?,
                };
                push!(self, v);
            }
            Instr::InplaceOp(op) => {
                if op == ferropy_compiler::bytecode::BinOp::Add && self.try_append_in_place() {
                    return Ok(None);
                }
                let b = pop!(self);
                let a = pop!(self);
                let v = match small_int_binop(&a, &b, op) {
                    Some(v) => v,
                    None => self.inplace_op(&a, &b, op)?,
                };
                push!(self, v);
            }
            Instr::Unary(op) => {
                let a = pop!(self);
                let v = match op {
                    UnaryOp::Not => Value::Bool(!self.truthy(&a)?),
                    _ => self.unary_op(&a, op)?,
                };
                push!(self, v);
            }
            Instr::Compare(op) => {
                let b = pop!(self);
                let a = pop!(self);
                let v = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => {
                        Value::Bool(crate::ops::cmp_ord(op, x.cmp(y)))
                    }
                    _ => self.compare(&a, &b, op)?,
                };
                push!(self, v);
            }
            Instr::IsOp(neg) => {
                let b = pop!(self);
                let a = pop!(self);
                push!(self, Value::Bool(a.is(&b) != neg));
            }
            Instr::ContainsOp(neg) => {
                let container = pop!(self);
                let item = pop!(self);
                let r = self.contains(&container, &item)?;
                push!(self, Value::Bool(r != neg));
            }
            Instr::Jump(t) => frame!(self).ip = t as usize,
            Instr::PopJumpIfFalse(t) => {
                let v = pop!(self);
                let b = match v.as_bool() {
                    Some(b) => b,
                    None => self.truthy(&v)?,
                };
                if !b {
                    frame!(self).ip = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = pop!(self);
                let b = match v.as_bool() {
                    Some(b) => b,
                    None => self.truthy(&v)?,
                };
                if b {
                    frame!(self).ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                let v = top!(self).clone();
                if !self.truthy(&v)? {
                    frame!(self).ip = t as usize;
                } else {
                    pop!(self);
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                let v = top!(self).clone();
                if self.truthy(&v)? {
                    frame!(self).ip = t as usize;
                } else {
                    pop!(self);
                }
            }
            Instr::GetIter => {
                let v = pop!(self);
                let it = self.iter(&v)?;
                push!(self, it);
            }
            Instr::ForIter(t) => {
                let it = top!(self).clone();
                if self.room_for_frame() {
                    if let Some(frame) = generator::resume_inline(self, &it, t)? {
                        self.frames.push(frame);
                        return Ok(None);
                    }
                }
                match self.next(&it)? {
                    Some(v) => push!(self, v),
                    None => {
                        let f = frame!(self);
                        f.stack.pop();
                        f.ip = t as usize;
                    }
                }
            }
            Instr::BuildTuple(n) => {
                let items = self.pop_n(n as usize);
                let t = self.new_tuple(items);
                push!(self, t);
            }
            Instr::BuildList(n) => {
                let items = self.pop_n(n as usize);
                let l = self.new_list(items);
                push!(self, l);
            }
            Instr::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                let s = crate::objects::set::new_set_from(self, items, false)?;
                push!(self, s);
            }
            Instr::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                let d = self.new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    dict::set_item(self, &d, k, v)?;
                }
                push!(self, Value::Obj(d));
            }
            Instr::BuildConstKeyMap(_) => unreachable!("not emitted"),
            Instr::ListAppend(depth) => {
                let v = pop!(self);
                let f = frame!(self);
                let list = f.stack[f.stack.len() - depth as usize].clone();
                crate::objects::list::append(&list, v);
            }
            Instr::SetAdd(depth) => {
                let v = pop!(self);
                let f = frame!(self);
                let set = f.stack[f.stack.len() - depth as usize].clone();
                crate::objects::set::add(self, &set, v)?;
            }
            Instr::MapAdd(depth) => {
                let v = pop!(self);
                let k = pop!(self);
                let f = frame!(self);
                let d = f.stack[f.stack.len() - depth as usize].clone();
                dict::set_item(self, d.as_obj().unwrap(), k, v)?;
            }
            Instr::ListExtend(depth) => {
                let iterable = pop!(self);
                let f = frame!(self);
                let list = f.stack[f.stack.len() - depth as usize].clone();
                let items = self
                    .collect_iterable(&iterable)
                    .map_err(|e| self.star_arg_error(e, &iterable))?;
                crate::objects::list::extend(&list, items);
            }
            Instr::SetUpdate(depth) => {
                let iterable = pop!(self);
                let f = frame!(self);
                let set = f.stack[f.stack.len() - depth as usize].clone();
                for v in self.collect_iterable(&iterable)? {
                    crate::objects::set::add(self, &set, v)?;
                }
            }
            Instr::DictUpdate(depth) | Instr::DictMerge(depth) => {
                let other = pop!(self);
                let f = frame!(self);
                let n = f.stack.len();
                let d = f.stack[n - depth as usize].clone();
                let strict = matches!(instr, Instr::DictMerge(_));
                let func = if strict {
                    f.stack[n - depth as usize - 2].clone()
                } else {
                    Value::None
                };
                let is_mapping = matches!(other.payload(), Some(Payload::Dict(_)))
                    || self.lookup_special(&other, "keys").is_some();
                if !is_mapping {
                    let msg = if strict {
                        let fname = function::describe(self, &func);
                        format!(
                            "{fname} argument after ** must be a mapping, not {}",
                            self.type_name(&other)
                        )
                    } else {
                        format!("'{}' object is not a mapping", self.type_name(&other))
                    };
                    return Err(self.type_error(msg));
                }
                if let Err(e) = dict::update_from(self, d.as_obj().unwrap(), &other, strict) {
                    if strict && self.is_exc(&Value::Obj(e.0.clone()), Exc::TypeError) {
                        let msg = crate::objects::exception::args_of(&e.0)
                            .first()
                            .and_then(|m| m.as_str().map(str::to_string))
                            .unwrap_or_default();
                        let fname = function::describe(self, &func);
                        return Err(self.type_error(format!("{fname} {msg}")));
                    }
                    return Err(e);
                }
            }
            Instr::StarArgsToTuple => {
                let args = pop!(self);
                let t = self.star_args_tuple(args)?;
                push!(self, t);
            }
            Instr::ListToTuple => {
                let l = pop!(self);
                let items = crate::objects::list::items(&l);
                let t = self.new_tuple(items);
                push!(self, t);
            }
            Instr::UnpackSequence(n) => {
                let seq = pop!(self);
                let items = self.unpack(&seq, n as usize, None)?;
                let f = frame!(self);
                f.stack.extend(items.into_iter().rev());
            }
            Instr::UnpackEx(before, after) => {
                let seq = pop!(self);
                let items = self.unpack(&seq, before as usize, Some(after as usize))?;
                let f = frame!(self);
                f.stack.extend(items.into_iter().rev());
            }
            Instr::BuildString(n) => {
                let f = frame!(self);
                let start = f.stack.len() - n as usize;
                let s = crate::objects::str::concat(&f.stack[start..]);
                f.stack.truncate(start);
                let v = self.new_str(s);
                push!(self, v);
            }
            Instr::FormatValue(conv, has_spec) => {
                let spec = if has_spec { Some(pop!(self)) } else { None };
                let v = pop!(self);
                let r = crate::objects::str::format_value(self, v, conv, spec)?;
                push!(self, r);
            }
            Instr::Call(n) => {
                let f = frame!(self);
                let len = f.stack.len();
                let n = n as usize;
                if let Some(v) = self.call_small_native(len - n - 1)? {
                    push!(self, v);
                    return Ok(None);
                }
                let f = frame!(self);
                let capacity = match f.stack[len - n - 1].payload() {
                    Some(Payload::Function(func)) => func.code.nslots.max(n),
                    _ => n,
                };
                let mut args = self.arg_pool.take(capacity);
                let f = frame!(self);
                args.extend(f.stack.drain(len - n..));
                let func = f.stack.pop().unwrap();
                self.call_from_loop(func, args, &[])?;
            }
            Instr::CallKw(n) => {
                let kwnames = pop!(self);
                let f = frame!(self);
                let len = f.stack.len();
                let args: Vec<Value> = f.stack.drain(len - n as usize..).collect();
                let func = f.stack.pop().unwrap();
                let names = crate::objects::tuple::items(&kwnames);
                self.call_from_loop(func, args, &names)?;
            }
            Instr::CallEx(has_kw) => {
                let kwargs = if has_kw { Some(pop!(self)) } else { None };
                let args = pop!(self);
                let func = pop!(self);
                let mut argv = crate::objects::tuple::items(&args);
                let mut names = Vec::new();
                if let Some(kw) = kwargs {
                    for (k, v) in dict::items(kw.as_obj().unwrap()) {
                        if k.as_str().is_none() {
                            return Err(self.type_error("keywords must be strings"));
                        }
                        names.push(k);
                        argv.push(v);
                    }
                }
                self.call_from_loop(func, argv, &names)?;
            }
            Instr::MakeFunction(flags) => {
                let v = function::make_function(self, flags)?;
                push!(self, v);
            }
            Instr::ReturnValue => {
                let v = pop!(self);
                // Take what is needed, then drop the frame in place (no move).
                let f = frame!(self);
                let generator = f.generator.take();
                let inline = f.inline;
                let is_entry = f.is_entry;
                let init_instance = f.init_instance.take();
                let discard_result = f.discard_result;
                let done = self.frames.pop().unwrap();
                self.frame_pool.recycle(done);
                if let Some(g) = &generator {
                    crate::objects::generator::mark_finished(g);
                }
                if let Some(how) = inline {
                    // A generator running in place finished: its consumer
                    // leaves the loop, takes `v` as the `yield from` value,
                    // or sees its `next()`/`send()` call raise.
                    let consumer = frame!(self);
                    match how {
                        InlineResume::ForIter(exit) => {
                            consumer.stack.pop();
                            consumer.ip = exit as usize;
                        }
                        InlineResume::YieldFrom => {
                            *consumer.stack.last_mut().unwrap() = v;
                            consumer.ip += 1;
                        }
                        InlineResume::Call => {
                            let args = if v.is_none() { vec![] } else { vec![v] };
                            return Err(self.new_exc_args(Exc::StopIteration, args));
                        }
                    }
                    return Ok(None);
                }
                let v = match init_instance {
                    Some(inst) => {
                        if !v.is_none() {
                            return Err(self.type_error(format!(
                                "__init__() should return None, not '{}'",
                                self.type_name(&v)
                            )));
                        }
                        inst
                    }
                    None => v,
                };
                if is_entry {
                    return Ok(Some(Exit::Return(v)));
                }
                if !discard_result {
                    push!(self, v);
                }
            }
            Instr::YieldValue => {
                let v = pop!(self);
                let f = frame!(self);
                if f.code.code.flags & ferropy_compiler::bytecode::code_flags::ASYNC_GENERATOR != 0
                {
                    let wrapped = crate::objects::async_gen::wrap(self, v);
                    return Ok(self.suspend(wrapped));
                }
                return Ok(self.suspend(v));
            }
            Instr::YieldFrom => {
                if self.room_for_frame() {
                    let f = frame!(self);
                    let n = f.stack.len();
                    let sub = &f.stack[n - 2];
                    let how = InlineResume::YieldFrom;
                    if let Some(frame) = generator::take_inline_frame(sub, &f.stack[n - 1], how) {
                        // The delegating frame stays at its `YieldFrom`.
                        f.stack.pop();
                        f.ip -= 1;
                        self.frames.push(frame);
                        return Ok(None);
                    }
                }
                let sent = pop!(self);
                let sub = top!(self).clone();
                match crate::objects::generator::send_to(self, &sub, sent)? {
                    crate::objects::generator::SendResult::Yielded(v) => {
                        frame!(self).ip -= 1;
                        return Ok(self.suspend(v));
                    }
                    crate::objects::generator::SendResult::Returned(v) => {
                        pop!(self);
                        push!(self, v);
                    }
                }
            }
            Instr::GetAwaitable => {
                let v = pop!(self);
                let a = crate::objects::generator::get_awaitable(self, v)?;
                push!(self, a);
            }
            Instr::GetAIter => {
                let v = pop!(self);
                let Some(f) = self.lookup_special(&v, "__aiter__") else {
                    return Err(self.type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {}",
                        self.type_name(&v)
                    )));
                };
                let a = self.call(&self.bind(&f, &v), vec![], &[])?;
                push!(self, a);
            }
            Instr::GetANext => {
                let v = top!(self).clone();
                let a = self.call_method(&v, "__anext__", vec![])?;
                let a = crate::objects::generator::get_awaitable(self, a)?;
                push!(self, a);
            }
            Instr::EndAsyncFor => {
                // [aiter, prev, exc]
                let exc = pop!(self);
                if self.is_exc(&exc, Exc::StopAsyncIteration) {
                    self.pop_except();
                    pop!(self);
                } else {
                    return Err(PyErr(exc.as_obj().unwrap().clone()));
                }
            }
            Instr::Raise(n) => {
                let err = self.do_raise(n)?;
                if n > 0 {
                    self.chain_context(&err);
                }
                return Err(err);
            }
            Instr::Reraise => {
                let exc = pop!(self);
                return Err(PyErr(exc.as_obj().unwrap().clone()));
            }
            Instr::SetupExcept(handler) => {
                let f = frame!(self);
                let level = f.stack.len() as u32;
                f.blocks.push(Block {
                    kind: BlockKind::Except,
                    handler,
                    level,
                });
            }
            Instr::PopBlock => {
                frame!(self).blocks.pop();
            }
            Instr::PopExcept => self.pop_except(),
            Instr::CheckExcMatch => {
                let t = pop!(self);
                let exc = top!(self).clone();
                let m = exception::matches(self, &exc, &t)?;
                push!(self, Value::Bool(m));
            }
            Instr::CheckEgMatch => {
                let t = pop!(self);
                let exc = pop!(self);
                let (rest, matched) =
                    crate::objects::exception_group::check_eg_match(self, &exc, &t)?;
                let f = frame!(self);
                f.stack.push(rest);
                f.stack.push(matched);
            }
            Instr::PrepReraiseStar => {
                let rest = pop!(self);
                let raised = pop!(self);
                let orig = pop!(self);
                let mut all = crate::objects::list::items(&raised);
                all.push(rest);
                let r = crate::objects::exception_group::prep_reraise_star(self, &orig, all)?;
                push!(self, r);
            }
            Instr::BeforeWith => {
                let ctx = pop!(self);
                let (exit, enter) = self.context_methods(
                    &ctx,
                    "__enter__",
                    "__exit__",
                    "the context manager protocol",
                )?;
                push!(self, exit);
                // A Python `__enter__` runs as a pushed frame; its result
                // lands on the stack above `exit`.
                self.call_from_loop(enter, Vec::new(), &[])?;
            }
            Instr::BeforeAsyncWith => {
                let ctx = pop!(self);
                let (exit, enter) = self.context_methods(
                    &ctx,
                    "__aenter__",
                    "__aexit__",
                    "the asynchronous context manager protocol",
                )?;
                let r = self.call(&enter, vec![], &[])?;
                let r = crate::objects::generator::get_awaitable(self, r)?;
                let f = frame!(self);
                f.stack.push(exit);
                f.stack.push(r);
            }
            Instr::WithExceptStart => {
                let f = frame!(self);
                let len = f.stack.len();
                let exc = f.stack[len - 1].clone();
                let exit = f.stack[len - 3].clone();
                let t = Value::Obj(self.type_of(&exc));
                let tb = exception::traceback_of(&exc);
                let r = self.call(&exit, vec![t, exc, tb], &[])?;
                push!(self, r);
            }
            Instr::ImportName(i) => {
                let name = frame!(self).code.names[i as usize].clone();
                let fromlist = pop!(self);
                let level = pop!(self);
                let m = crate::import::import_name(self, &name, &fromlist, &level)?;
                push!(self, m);
            }
            Instr::ImportFrom(i) => {
                let name = frame!(self).code.names[i as usize].clone();
                let module = top!(self).clone();
                let v = crate::import::import_from(self, &module, &name)?;
                push!(self, v);
            }
            Instr::ImportStar => {
                let module = pop!(self);
                crate::import::import_star(self, &module)?;
            }
            Instr::LoadBuildClass => {
                let v = dict::get_str(&self.builtins_dict(), "__build_class__")
                    .ok_or_else(|| self.new_exc(Exc::NameError, "__build_class__ not found"))?;
                push!(self, v);
            }
            Instr::SetupAnnotations => {
                let f = frame!(self);
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                let key = self.intern("__annotations__");
                if self.mapping_get(&target, &key)?.is_none() {
                    let d = Value::Obj(self.new_dict());
                    self.mapping_set(&target, key, d)?;
                }
            }
            Instr::PopTop => {
                pop!(self);
            }
            Instr::Copy(n) => {
                let f = frame!(self);
                let v = f.stack[f.stack.len() - n as usize].clone();
                f.stack.push(v);
            }
            Instr::Swap(n) => {
                let f = frame!(self);
                let len = f.stack.len();
                f.stack.swap(len - 1, len - n as usize);
            }
            Instr::PrintExpr => {
                let v = pop!(self);
                crate::builtins::display_hook(self, v)?;
            }
            Instr::PushNull => push!(self, Value::Undef),
            Instr::GetLen => {
                let v = top!(self).clone();
                let n = self.len(&v)?;
                push!(self, Value::Int(n as i64));
            }
            Instr::MatchMapping => {
                let v = top!(self).clone();
                let r = crate::objects::pattern::is_mapping(self, &v);
                push!(self, Value::Bool(r));
            }
            Instr::MatchSequence => {
                let v = top!(self).clone();
                let r = crate::objects::pattern::is_sequence(self, &v);
                push!(self, Value::Bool(r));
            }
            Instr::MatchKeys => {
                let f = frame!(self);
                let len = f.stack.len();
                let subject = f.stack[len - 2].clone();
                let keys = f.stack[len - 1].clone();
                let r = crate::objects::pattern::match_keys(self, &subject, &keys)?;
                push!(self, r);
            }
            Instr::MatchClass(npos) => {
                let names = pop!(self);
                let cls = pop!(self);
                let subject = pop!(self);
                let r = crate::objects::pattern::match_class(
                    self,
                    &subject,
                    &cls,
                    npos as usize,
                    &names,
                )?;
                push!(self, r);
            }
            Instr::CopyDictWithoutKeys => {
                let keys = pop!(self);
                let subject = pop!(self);
                let r = crate::objects::pattern::copy_without_keys(self, &subject, &keys)?;
                push!(self, r);
            }
            Instr::MakeTypeAlias => {
                let func = pop!(self);
                let params = pop!(self);
                let name = pop!(self);
                let globals = &frame!(self).globals;
                let module = dict::get_str(globals, "__name__").unwrap_or(Value::None);
                let v = crate::objects::typing::new_type_alias(self, name, params, func, module);
                push!(self, v);
            }
            Instr::MakeTypeParam(flags) => {
                let mut pop_if = |flag: u8| {
                    if flags & flag != 0 {
                        pop!(self)
                    } else {
                        Value::None
                    }
                };
                let default = pop_if(type_param::DEFAULT);
                let bound = pop_if(type_param::BOUND);
                let name = pop!(self);
                let v = crate::objects::typing::new_type_param(self, name, bound, default, flags);
                push!(self, v);
            }
            Instr::SetTypeParams => {
                let params = pop!(self);
                let func = frame!(self).stack.last().unwrap().clone();
                if let Some(Payload::Function(f)) = func.payload() {
                    *f.type_params.borrow_mut() = params;
                }
            }
            Instr::SubscriptGeneric => {
                let params = pop!(self);
                let v = crate::objects::typing::subscript_generic(self, &params);
                push!(self, v);
            }
            Instr::LoadLocals => {
                let locals = frame!(self).locals.clone();
                let v = locals.map_or(Value::None, Value::Obj);
                push!(self, v);
            }
            Instr::LoadFromDictOrGlobals(i) => {
                let mapping = pop!(self);
                let name = frame!(self).code.names[i as usize].clone();
                let v = match self.class_dict_get(&mapping, name)? {
                    Some(v) => v,
                    None => self.load_global(i as usize)?,
                };
                push!(self, v);
            }
            Instr::LoadFromDictOrDeref(i) => {
                let mapping = pop!(self);
                let name = self.deref_name(i as usize);
                let v = match self.class_dict_get(&mapping, name)? {
                    Some(v) => v,
                    None => self.load_deref(i as usize)?,
                };
                push!(self, v);
            }
        }
        Ok(None)
    }

    /// `f(*args)`: `args` as a tuple; the callable `f` sits below it on the
    /// stack and is named in the error when `args` is not iterable.
    fn star_args_tuple(&mut self, args: Value) -> PyResult<Value> {
        if matches!(args.payload(), Some(Payload::Tuple(_)))
            && crate::ops::is_builtin_type(self, &args)
        {
            return Ok(args);
        }
        // Like CPython, only a type with no `__iter__` slot at all (not even
        // `__iter__ = None`) and no `__getitem__` gets the callee-naming error.
        let has_iter_slot = self.lookup_special(&args, "__iter__").is_some();
        if !has_iter_slot && !self.is_iterable(&args) {
            let f = frame!(self);
            let func = f.stack[f.stack.len() - 1].clone();
            let fname = function::describe(self, &func);
            return Err(self.type_error(format!(
                "{fname} argument after * must be an iterable, not {}",
                self.type_name(&args)
            )));
        }
        let items = self.collect_iterable(&args)?;
        Ok(self.new_tuple(items))
    }

    /// `s += t` for strings where `s` is a local that nothing else refers
    /// to: append in place instead of copying (the `s += ...` loop idiom
    /// would otherwise be quadratic). Returns false when not applicable.
    fn try_append_in_place(&mut self) -> bool {
        let f = frame!(self);
        let Some(Instr::StoreFast(slot)) = f.code.code.instructions.get(f.ip).copied() else {
            return false;
        };
        let n = f.stack.len();
        let (Value::Obj(a), Some(rhs)) = (&f.stack[n - 2], f.stack[n - 1].as_str()) else {
            return false;
        };
        let is_exact_str = matches!(a.payload, Payload::Str(_)) && a.class_is(&self.types.str_);
        let is_slot = matches!(&f.slots[slot as usize], Value::Obj(s) if std::rc::Rc::ptr_eq(s, a));
        if !is_exact_str || !is_slot || std::rc::Rc::strong_count(a) != 2 {
            return false;
        }
        let rhs = rhs.to_string();
        f.slots[slot as usize] = Value::Undef;
        f.stack.pop();
        let mut lhs = f.stack.pop().unwrap();
        let appended = match &mut lhs {
            Value::Obj(a) => match std::rc::Rc::get_mut(a).map(|o| &mut o.payload) {
                Some(Payload::Str(ps)) => {
                    ps.push_str(&rhs);
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if !appended {
            lhs = self.new_str(format!("{}{}", lhs.as_str().unwrap_or(""), rhs));
        }
        frame!(self).stack.push(lhs);
        true
    }

    /// The current generator frame yields `v`: to the frame under it when
    /// it runs in place (`generator::yield_inline`), else out of the
    /// interpreter loop.
    fn suspend(&mut self, v: Value) -> Option<Exit> {
        generator::yield_inline(&mut self.frames, v).map(Exit::Yield)
    }

    /// `with`: the bound `<exit>` and `<enter>` methods of `ctx` (CPython's errors when missing).
    fn context_methods(
        &mut self,
        ctx: &Value,
        enter: &str,
        exit: &str,
        protocol: &str,
    ) -> PyResult<(Value, Value)> {
        let enter_f = self.special_method(ctx, enter).ok_or_else(|| {
            self.type_error(format!(
                "'{}' object does not support {protocol}",
                self.type_name(ctx)
            ))
        })?;
        let exit_f = self.special_method(ctx, exit).ok_or_else(|| {
            self.type_error(format!(
                "'{}' object does not support {protocol} (missed {exit} method)",
                self.type_name(ctx)
            ))
        })?;
        let exit_bound = self.bind(&exit_f, ctx);
        let enter_bound = self.bind(&enter_f, ctx);
        Ok((exit_bound, enter_bound))
    }

    /// Leave an except handler: pop its block and restore `sys.exception()`.
    fn pop_except(&mut self) {
        let f = frame!(self);
        let block = f.blocks.pop();
        debug_assert!(matches!(
            block,
            Some(Block {
                kind: BlockKind::Handler,
                ..
            })
        ));
        let prev = f.stack.pop().unwrap();
        self.exc_info = prev;
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let f = frame!(self);
        let len = f.stack.len();
        f.stack.drain(len - n..).collect()
    }

    /// Start a call from the interpreter loop: Python functions get a frame
    /// pushed, everything else runs to completion and its result is pushed.
    fn call_from_loop(&mut self, func: Value, args: Vec<Value>, kwnames: &[Value]) -> PyResult<()> {
        if let Value::Obj(o) = &func {
            match &o.payload {
                Payload::Function(f) if !f.code.code.is_generator_like() => {
                    let frame = function::build_frame(self, o, f, args, kwnames)?;
                    return self.push_frame(frame);
                }
                Payload::BoundMethod(Value::Obj(io), self_arg) => {
                    if let Payload::Function(f) = &io.payload {
                        if !f.code.code.is_generator_like() {
                            let mut full = Vec::with_capacity(f.code.nslots.max(args.len() + 1));
                            full.push(self_arg.clone());
                            full.extend(args);
                            let frame = function::build_frame(self, io, f, full, kwnames)?;
                            return self.push_frame(frame);
                        }
                    }
                }
                Payload::Type(_) => match self.init_frame_for(o, &args, kwnames)? {
                    Some(ClassCall::Init(frame)) => return self.push_frame(frame),
                    Some(ClassCall::Done(v)) => {
                        push!(self, v);
                        return Ok(());
                    }
                    None => {}
                },
                _ => {}
            }
        }
        if let Some(Payload::NativeFunction(nf)) = func.payload() {
            if nf.self_.is_undef() {
                // Builtins take the arguments by reference: the vector
                // goes back to the pool afterwards.
                let values = Args {
                    values: &args,
                    kwnames,
                };
                let result = (nf.func)(self, &values);
                self.arg_pool.give_back(args);
                push!(self, result?);
                return Ok(());
            }
        }
        let v = self.call(&func, args, kwnames)?;
        push!(self, v);
        Ok(())
    }

    /// Call a builtin function at `stack[func_at]` with the values above
    /// it (an unused `self` slot of a `LoadMethod` pair, `Undef`, is
    /// skipped), if there are at most `SMALL`: the arguments move into an
    /// array on the Rust stack, with no vector at all. `None`, with the
    /// stack untouched, for any other callee.
    fn call_small_native(&mut self, func_at: usize) -> PyResult<Option<Value>> {
        const SMALL: usize = 4;
        let f = frame!(self);
        let Some(Payload::NativeFunction(nf)) = f.stack[func_at].payload() else {
            return Ok(None);
        };
        let count = f.stack[func_at + 1..]
            .iter()
            .filter(|v| !v.is_undef())
            .count();
        if !nf.self_.is_undef() || count > SMALL {
            return Ok(None);
        }
        let mut args: [Value; SMALL] = Default::default();
        let mut taken = 0;
        for v in f.stack.drain(func_at + 1..) {
            if !v.is_undef() {
                args[taken] = v;
                taken += 1;
            }
        }
        let func = f.stack.pop().unwrap();
        let Some(Payload::NativeFunction(nf)) = func.payload() else {
            return Ok(None);
        };
        let call_args = Args {
            values: &args[..taken],
            kwnames: &[],
        };
        (nf.func)(self, &call_args).map(Some)
    }

    /// Run the call at `ip` if the callable at `stack[func_at]` is a
    /// builtin `call_small_native` takes: its result is pushed and `ip`
    /// moves past the call (`Ok(true)`), or, with finalizers due, they run
    /// first. `Ok(false)`, with nothing done, for any other callee.
    fn call_builtin_at(&mut self, func_at: usize) -> PyResult<bool> {
        if self.room_for_frame() {
            let f = frame!(self);
            if let Some(frame) = generator::resume_by_call(&mut f.stack, func_at) {
                f.ip += 1;
                self.frames.push(frame);
                return Ok(true);
            }
        }
        frame!(self).ip += 1;
        match self.call_small_native(func_at) {
            Ok(Some(v)) => push!(self, v),
            Ok(None) => {
                frame!(self).ip -= 1;
                return Ok(false);
            }
            Err(e) => return Err(e),
        }
        if crate::finalize::has_pending() {
            crate::finalize::run_pending(self);
        }
        Ok(true)
    }

    /// For `C(...)` where class `C` has a Python `__init__` and either
    /// `object.__new__` or a builtin `__new__` (exceptions, builtin bases):
    /// make the instance and build the `__init__` frame to push, so the call
    /// does not re-enter the interpreter loop. `None` for other classes.
    fn init_frame_for(
        &mut self,
        t: &crate::value::ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Option<ClassCall>> {
        use crate::types::{specials, tdata, Layout};
        let td = tdata(t);
        if !td.is_heap || !t.class_is(&self.types.type_) {
            return Ok(None);
        }
        let sp = specials(t, &self.types.object);
        let Some(Value::Obj(init)) = sp.init.clone() else {
            return Ok(None);
        };
        let Payload::Function(f) = &init.payload else {
            return Ok(None);
        };
        if f.code.code.is_generator_like() {
            return Ok(None);
        }
        let inst = if sp.object_new && td.layout == Layout::Object {
            Value::Obj(crate::objects::type_type::alloc_instance(self, t))
        } else {
            let new = match sp.new.as_ref().map(|n| (n, n.payload())) {
                Some((_, Some(Payload::StaticMethod(inner)))) => inner.clone(),
                Some((n, _)) => n.clone(),
                None => return Ok(None),
            };
            if !matches!(new.payload(), Some(Payload::NativeFunction(_))) {
                return Ok(None);
            }
            let mut new_args = Vec::with_capacity(args.len() + 1);
            new_args.push(Value::Obj(t.clone()));
            new_args.extend(args.iter().cloned());
            let made = self.call(&new, new_args, kwnames)?;
            let made_type = self.type_of(&made);
            if !std::rc::Rc::ptr_eq(&made_type, t) {
                // Not exactly a `C`: `type.__call__`'s general rules.
                if crate::types::is_subtype(&made_type, t) {
                    let init = specials(&made_type, &self.types.object).init.clone();
                    if let Some(init) = init {
                        let args = args.to_vec();
                        crate::objects::type_type::call_init(self, &init, &made, args, kwnames)?;
                    }
                }
                return Ok(Some(ClassCall::Done(made)));
            }
            made
        };
        let mut full = Vec::with_capacity(f.code.nslots.max(args.len() + 1));
        full.push(inst.clone());
        full.extend(args.iter().cloned());
        let mut frame = function::build_frame(self, &init, f, full, kwnames)?;
        frame.init_instance = Some(inst);
        Ok(Some(ClassCall::Init(frame)))
    }

    #[inline(always)]
    /// Whether one more frame stays within the recursion limit.
    fn room_for_frame(&self) -> bool {
        self.frames.len() < self.recursion_limit
    }

    fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<()> {
        if !self.room_for_frame() {
            return Err(self.recursion_error());
        }
        self.frames.push(frame);
        Ok(())
    }

    fn cell_at(&mut self, i: usize) -> Value {
        let f = frame!(self);
        let base = f.code.cell_base();
        f.slots[base + i].clone()
    }

    fn deref_name(&self, i: usize) -> Value {
        let f = self.frames.last().unwrap();
        let code = &f.code.code;
        let name = if i < code.cellvars.len() {
            &code.cellvars[i]
        } else {
            &code.freevars[i - code.cellvars.len()]
        };
        self.intern(name)
    }

    /// `name` in the class namespace `mapping` seen by an annotation scope.
    fn class_dict_get(&mut self, mapping: &Value, name: Value) -> PyResult<Option<Value>> {
        match mapping {
            Value::Obj(m) => self.mapping_get(m, &name),
            _ => Ok(None),
        }
    }

    fn load_deref(&mut self, i: usize) -> PyResult<Value> {
        let cell = self.cell_at(i);
        let v = function::cell_get(&cell);
        if v.is_undef() {
            let f = self.frames.last().unwrap();
            let code = &f.code.code;
            let msg = if i < code.cellvars.len() {
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    code.cellvars[i]
                )
            } else {
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    code.freevars[i - code.cellvars.len()]
                )
            };
            let kind = if i < code.cellvars.len() {
                Exc::UnboundLocalError
            } else {
                Exc::NameError
            };
            return Err(self.new_exc(kind, msg));
        }
        Ok(v)
    }

    fn load_global(&mut self, i: usize) -> PyResult<Value> {
        let f = frame!(self);
        let name = &f.code.names[i];
        let hash = crate::objects::str::pystr(name)
            .map(|p| p.hash())
            .unwrap_or(0);
        if let Some(found) = dict::get_str_value(&f.globals, name, hash) {
            if let Some(v) = found {
                return Ok(v);
            }
            if let Some(Some(v)) = dict::get_str_value(&f.builtins, name, hash) {
                return Ok(v);
            }
        }
        let name = name.clone();
        let globals = f.globals.clone();
        let builtins = f.builtins.clone();
        if let Some(v) = dict::get_item(self, &globals, &name)? {
            return Ok(v);
        }
        if let Some(v) = dict::get_item(self, &builtins, &name)? {
            return Ok(v);
        }
        Err(self.name_error(&name))
    }

    fn load_name(&mut self, i: usize) -> PyResult<Value> {
        let f = frame!(self);
        let name = f.code.names[i].clone();
        let locals = f.locals.clone();
        let globals = f.globals.clone();
        if let Some(locals) = &locals {
            if !std::rc::Rc::ptr_eq(locals, &globals) {
                if let Some(v) = self.mapping_get(locals, &name)? {
                    return Ok(v);
                }
            }
        }
        self.load_global(i)
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error(&self, name: &Value) -> PyErr {
        let n = name.as_str().unwrap_or("?");
        let err = self.new_exc(Exc::NameError, format!("name '{n}' is not defined"));
        exception::set_attr_raw(self, &err.0, "name", name.clone());
        err
    }

    /// The builtins namespace dict.
    pub fn builtins_dict(&self) -> crate::value::ObjRef {
        self.builtins.dict().unwrap()
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    fn do_raise(&mut self, n: u32) -> PyResult<PyErr> {
        if n == 0 {
            return match &self.exc_info {
                Value::Obj(o) => Ok(PyErr(o.clone())),
                _ => Err(self.runtime_error("No active exception to reraise")),
            };
        }
        let cause = if n == 2 { Some(pop!(self)) } else { None };
        let exc = pop!(self);
        let exc = exception::instantiate(self, exc)?;
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Value::None
            } else {
                exception::instantiate_cause(self, cause)?
            };
            exception::set_cause(&exc, cause);
        }
        Ok(PyErr(exc))
    }

    /// Turn an iteration error for `f(*x)` into CPython's message.
    fn star_arg_error(&self, e: PyErr, iterable: &Value) -> PyErr {
        if self.is_exc(&Value::Obj(e.0.clone()), Exc::TypeError) && !self.is_iterable(iterable) {
            return self.type_error(format!(
                "Value after * must be an iterable, not {}",
                self.type_name(iterable)
            ));
        }
        e
    }
}

/// `a op b` when both are small ints and the result needs no overflow
/// handling; `None` sends the operation down the general path.
fn small_int_binop(a: &Value, b: &Value, op: ferropy_compiler::bytecode::BinOp) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => crate::objects::int::small_binop(op, *x, *y),
        _ => None,
    }
}
