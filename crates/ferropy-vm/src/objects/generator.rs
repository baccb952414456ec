//! Generators and coroutines: a suspended frame plus the `send`/`throw`/
//! `close` protocol, `yield from` delegation and `await`. Where Python code
//! drives a generator (`for`, `yield from`/`await`, `next()`/`send()`), its
//! frame runs in place on top of the consumer's (`take_inline_frame`,
//! `yield_inline`); native callers resume it in a nested loop (`send`).

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::frame::{Frame, InlineResume};
use crate::interp::Exit;
use crate::object::{Obj, Payload};
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use crate::vmcode::VmCode;
use ferropy_compiler::bytecode::{code_flags, Instr};
use std::cell::RefCell;
use std::rc::Rc;

/// State of a generator or coroutine.
pub struct GeneratorData {
    pub frame: Option<Box<Frame>>,
    pub code: Rc<VmCode>,
    pub name: Value,
    pub qualname: Value,
    pub started: bool,
    pub running: bool,
}

/// Outcome of sending a value into a generator.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

fn data(g: &ObjRef) -> &RefCell<GeneratorData> {
    match &g.payload {
        Payload::Generator(d) => d,
        _ => panic!("not a generator"),
    }
}

/// Wrap a fresh frame of generator-like `code` into a generator, coroutine
/// or async generator object.
pub fn new_generator(vm: &Vm, frame: Box<Frame>, code: &Rc<VmCode>, func: &ObjRef) -> Value {
    let flags = code.code.flags;
    let class = if flags & code_flags::COROUTINE != 0 {
        vm.types.coroutine.clone()
    } else if flags & code_flags::ASYNC_GENERATOR != 0 {
        vm.types.async_generator.clone()
    } else {
        vm.types.generator.clone()
    };
    let (name, qualname) = match &func.payload {
        Payload::Function(f) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
        _ => (Value::None, Value::None),
    };
    let g = Obj::new(
        class,
        Payload::Generator(RefCell::new(GeneratorData {
            frame: Some(frame),
            code: code.clone(),
            name,
            qualname,
            started: false,
            running: false,
        })),
    );
    Value::Obj(g)
}

/// A generator object around a frame recovered from a dropped generator
/// (so it can be closed).
pub fn revive(vm: &Vm, frame: Box<Frame>, code: &Rc<VmCode>) -> ObjRef {
    let name = vm.new_str(code.code.name.to_string());
    let qualname = vm.new_str(code.code.qualname.to_string());
    Obj::new(
        vm.types.generator.clone(),
        Payload::Generator(RefCell::new(GeneratorData {
            frame: Some(frame),
            code: code.clone(),
            name,
            qualname,
            started: true,
            running: false,
        })),
    )
}

/// The generator's `__qualname__`.
pub fn qualname(g: &ObjRef) -> String {
    data(g)
        .borrow()
        .qualname
        .as_str()
        .unwrap_or("?")
        .to_string()
}

/// Called by the interpreter when the generator's frame returns or raises.
pub fn mark_finished(g: &ObjRef) {
    let mut d = data(g).borrow_mut();
    d.frame = None;
    d.running = false;
}

fn is_coroutine(vm: &Vm, g: &ObjRef) -> bool {
    g.class_is(&vm.types.coroutine)
}

fn already_executing(vm: &Vm, g: &ObjRef) -> PyErr {
    let what = if is_coroutine(vm, g) {
        "coroutine"
    } else {
        "generator"
    };
    vm.value_error(format!("{what} already executing"))
}

/// Take the suspended frame out to run it.
fn take_frame(vm: &Vm, g: &ObjRef) -> PyResult<Option<Box<Frame>>> {
    let mut d = data(g).borrow_mut();
    if d.running {
        return Err(already_executing(vm, g));
    }
    let f = d.frame.take();
    if f.is_some() {
        d.running = true;
    }
    Ok(f)
}

/// Run the frame until it yields or finishes.
fn run(
    vm: &mut Vm,
    g: &ObjRef,
    mut frame: Box<Frame>,
    error: Option<PyErr>,
) -> PyResult<SendResult> {
    frame.generator = Some(g.clone());
    data(g).borrow_mut().started = true;
    let result = match error {
        None => vm.run_frame(frame),
        Some(e) => vm.run_frame_raising(frame, e),
    };
    match result {
        Ok(Exit::Yield(v)) => {
            let mut f = vm.frames.pop().unwrap();
            // The suspended frame must not own its generator (a cycle).
            f.generator = None;
            let mut d = data(g).borrow_mut();
            d.frame = Some(f);
            d.running = false;
            Ok(SendResult::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            mark_finished(g);
            Ok(SendResult::Returned(v))
        }
        Err(e) => {
            mark_finished(g);
            Err(stop_iteration_to_runtime_error(vm, g, e))
        }
    }
}

/// For `ForIter` over a plain generator: take its frame so the loop can run
/// it in place (no nested interpreter loop). `None` if not applicable.
pub fn resume_inline(vm: &mut Vm, it: &Value, exit: u32) -> PyResult<Option<Box<Frame>>> {
    let Value::Obj(g) = it else { return Ok(None) };
    if !matches!(g.payload, Payload::Generator(_)) || !g.class_is(&vm.types.generator) {
        return Ok(None);
    }
    if data(g).borrow().running {
        return Err(already_executing(vm, g));
    }
    Ok(take_inline_frame(
        it,
        &Value::None,
        InlineResume::ForIter(exit),
    ))
}

/// The suspended frame of the generator `it`, set up to run in place on top
/// of its consumer (resumed as `how` says) with `sent` as the value of the
/// `yield` it stopped at. `ForIter` and `Call` take plain generators,
/// `YieldFrom` coroutines too. `None` when the general path must decide: another kind of
/// iterator, a running or finished generator, or a value other than None
/// sent to a generator that has not started.
pub fn take_inline_frame(it: &Value, sent: &Value, how: InlineResume) -> Option<Box<Frame>> {
    let Value::Obj(g) = it else { return None };
    let Payload::Generator(d) = &g.payload else {
        return None;
    };
    let mut d = d.try_borrow_mut().ok()?;
    let kinds = match how {
        InlineResume::ForIter(_) | InlineResume::Call => code_flags::GENERATOR,
        InlineResume::YieldFrom => code_flags::GENERATOR | code_flags::COROUTINE,
    };
    if d.code.code.flags & kinds == 0 || d.running || (!d.started && !sent.is_none()) {
        return None;
    }
    let mut frame = d.frame.take()?;
    if d.started {
        frame.stack.push(sent.clone());
    }
    d.started = true;
    d.running = true;
    frame.generator = Some(g.clone());
    frame.is_entry = false;
    frame.inline = Some(how);
    Some(frame)
}

/// The generator frame on top of `frames` yields `v`. Frames running in
/// place are suspended back into their generators: a `ForIter` or `Call`
/// consumer gets `v` pushed, a `YieldFrom` consumer yields `v` in turn. Returns `v`
/// when it must leave the interpreter loop from the (entry) frame now on
/// top, whose generator is suspended by the caller of that loop.
pub fn yield_inline(frames: &mut Vec<Box<Frame>>, v: Value) -> Option<Value> {
    while let Some(how) = frames.last().unwrap().inline {
        suspend_inline(frames.pop().unwrap());
        if how != InlineResume::YieldFrom {
            frames.last_mut().unwrap().stack.push(v);
            return None;
        }
    }
    Some(v)
}

/// A generator frame running in place yielded: store it back.
fn suspend_inline(mut frame: Box<Frame>) {
    let Some(g) = frame.generator.take() else {
        return;
    };
    frame.inline = None;
    let mut d = data(&g).borrow_mut();
    d.frame = Some(frame);
    d.running = false;
}

/// For a call at `stack[func_at]` that is `next(g)`, `g.__next__()` or
/// `g.send(v)` on a plain generator `g`: its frame, set up to run in place
/// (`InlineResume::Call`), with the callable and arguments taken off the
/// stack. `None`, with the stack untouched, for anything else (including
/// what must raise, which the builtins themselves do).
pub fn resume_by_call(stack: &mut Vec<Value>, func_at: usize) -> Option<Box<Frame>> {
    let Some(Payload::NativeFunction(nf)) = stack[func_at].payload() else {
        return None;
    };
    let resumes = |f: crate::objects::function::NativeFn| std::ptr::fn_addr_eq(nf.func, f);
    let sends = if resumes(gen_send) {
        true
    } else if resumes(gen_next) || resumes(crate::builtins::next) {
        false
    } else {
        return None;
    };
    if !nf.self_.is_undef() {
        return None;
    }
    let mut args = stack[func_at + 1..].iter().filter(|v| !v.is_undef());
    let (g, sent) = match (args.next(), args.next(), args.next()) {
        (Some(g), None, None) if !sends => (g, &Value::None),
        (Some(g), Some(sent), None) if sends => (g, sent),
        _ => return None,
    };
    let frame = take_inline_frame(g, sent, InlineResume::Call)?;
    stack.truncate(func_at);
    Some(frame)
}

/// PEP 479: a `StopIteration` escaping a generator becomes `RuntimeError`.
pub fn stop_iteration_to_runtime_error(vm: &mut Vm, g: &ObjRef, err: PyErr) -> PyErr {
    let ev = Value::Obj(err.0.clone());
    if !vm.is_exc(&ev, Exc::StopIteration) {
        return err;
    }
    let what = if is_coroutine(vm, g) {
        "coroutine"
    } else {
        "generator"
    };
    let new = vm.runtime_error(format!("{what} raised StopIteration"));
    crate::objects::exception::set_cause(&new.0, ev.clone());
    if let Payload::Exception(d) = &new.0.payload {
        d.borrow_mut().context = ev;
    }
    new
}

/// `gen.send(value)`.
pub fn send(vm: &mut Vm, g: &ObjRef, value: Value) -> PyResult<SendResult> {
    let Some(mut frame) = take_frame(vm, g)? else {
        if is_coroutine(vm, g) {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        return Ok(SendResult::Returned(Value::None));
    };
    if !data(g).borrow().started {
        if !value.is_none() {
            data(g).borrow_mut().running = false;
            data(g).borrow_mut().frame = Some(frame);
            let what = if is_coroutine(vm, g) {
                "coroutine"
            } else {
                "generator"
            };
            return Err(vm.type_error(format!(
                "can't send non-None value to a just-started {what}"
            )));
        }
    } else {
        frame.stack.push(value);
    }
    run(vm, g, frame, None)
}

/// `gen.throw(exc)`.
pub fn throw(vm: &mut Vm, g: &ObjRef, exc: PyErr) -> PyResult<SendResult> {
    let Some(mut frame) = take_frame(vm, g)? else {
        return Err(exc);
    };
    // Delegating with `yield from`/`await`: throw into the inner iterator first.
    if data(g).borrow().started
        && frame.code.code.instructions.get(frame.ip) == Some(&Instr::YieldFrom)
    {
        let sub = frame.stack.last().cloned().unwrap();
        let inner = throw_into(vm, &sub, exc.clone());
        match inner {
            Ok(Some(SendResult::Yielded(v))) => {
                let mut d = data(g).borrow_mut();
                d.frame = Some(frame);
                d.running = false;
                return Ok(SendResult::Yielded(v));
            }
            Ok(Some(SendResult::Returned(v))) => {
                frame.stack.pop();
                frame.stack.push(v);
                frame.ip += 1;
                return run(vm, g, frame, None);
            }
            Ok(None) => {}
            Err(e) => {
                frame.stack.pop();
                frame.ip += 1;
                return run(vm, g, frame, Some(e));
            }
        }
        frame.stack.pop();
        frame.ip += 1;
    }
    if !data(g).borrow().started {
        data(g).borrow_mut().started = true;
    }
    run(vm, g, frame, Some(exc))
}

/// Throw into a sub-iterator; `Ok(None)` if it has no `throw`.
fn throw_into(vm: &mut Vm, sub: &Value, exc: PyErr) -> PyResult<Option<SendResult>> {
    if let Some(Payload::Generator(_)) = sub.payload() {
        return throw(vm, sub.as_obj().unwrap(), exc).map(Some);
    }
    let Some(t) = vm.getattr_opt(sub, "throw")? else {
        return Ok(None);
    };
    match vm.call(&t, vec![Value::Obj(exc.0.clone())], &[]) {
        Ok(v) => Ok(Some(SendResult::Yielded(v))),
        Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), Exc::StopIteration) => {
            let v = crate::objects::exception::get_attr_raw(&e.0, "value").unwrap_or(Value::None);
            Ok(Some(SendResult::Returned(v)))
        }
        Err(e) => Err(e),
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, g: &ObjRef) -> PyResult<Value> {
    if data(g).borrow().frame.is_none() {
        return Ok(Value::None);
    }
    if !data(g).borrow().started {
        mark_finished(g);
        return Ok(Value::None);
    }
    let exit = vm.new_exc_args(Exc::GeneratorExit, vec![]);
    match throw(vm, g, exit) {
        Ok(SendResult::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Returned(v)) => Ok(v),
        Err(e) => {
            let ev = Value::Obj(e.0.clone());
            if vm.is_exc(&ev, Exc::GeneratorExit) || vm.is_exc(&ev, Exc::StopIteration) {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

/// `next(gen)`.
pub fn next(vm: &mut Vm, g: &Value) -> PyResult<Option<Value>> {
    match send(vm, g.as_obj().unwrap(), Value::None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(_) => Ok(None),
    }
}

/// `YieldFrom`: send `value` to the sub-iterator.
pub fn send_to(vm: &mut Vm, sub: &Value, value: Value) -> PyResult<SendResult> {
    if let Some(Payload::Generator(_)) = sub.payload() {
        return send(vm, sub.as_obj().unwrap(), value);
    }
    let r = if value.is_none() {
        if let Some(Payload::Iterator(_)) = sub.payload() {
            return Ok(match vm.next(sub)? {
                Some(v) => SendResult::Yielded(v),
                None => SendResult::Returned(Value::None),
            });
        }
        match vm.lookup_special(sub, "__next__") {
            Some(f) => vm.call(&vm.bind(&f, sub), vec![], &[]),
            None => {
                return Err(
                    vm.type_error(format!("'{}' object is not an iterator", vm.type_name(sub)))
                )
            }
        }
    } else {
        vm.call_method(sub, "send", vec![value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if vm.is_exc(&Value::Obj(e.0.clone()), Exc::StopIteration) => {
            let v = crate::objects::exception::get_attr_raw(&e.0, "value").unwrap_or(Value::None);
            Ok(SendResult::Returned(v))
        }
        Err(e) => Err(e),
    }
}

/// `GetAwaitable`: coroutines await as themselves, others via `__await__`.
pub fn get_awaitable(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Value::Obj(o) = &v {
        if o.class_is(&vm.types.coroutine) {
            return Ok(v);
        }
    }
    match vm.lookup_special(&v, "__await__") {
        Some(f) => {
            let it = vm.call(&vm.bind(&f, &v), vec![], &[])?;
            if matches!(it.payload(), Some(Payload::Generator(_)))
                && it.as_obj().unwrap().class_is(&vm.types.coroutine)
            {
                return Err(vm.type_error("__await__() returned a coroutine"));
            }
            Ok(it)
        }
        None => Err(vm.type_error(format!("'{}' object can't be awaited", vm.type_name(&v)))),
    }
}

fn self_gen(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a generator")),
    }
}

fn to_value(vm: &Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => {
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(vm.new_exc_args(Exc::StopIteration, args))
        }
    }
}

fn gen_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    crate::builtins::check_arity(vm, "send", args.values.len() - 1, 1, 1)?;
    let r = send(vm, &g, args.values[1].clone())?;
    to_value(vm, r)
}

fn gen_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    let r = send(vm, &g, Value::None)?;
    to_value(vm, r)
}

fn gen_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn gen_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    }
    let mut exc = crate::objects::exception::instantiate(vm, pos[1].clone())?;
    if pos.len() > 2 && !pos[2].is_none() {
        if let Some(Payload::Type(_)) = pos[1].payload() {
            let inst = vm.call(&pos[1], vec![pos[2].clone()], &[])?;
            exc = crate::objects::exception::instantiate(vm, inst)?;
        }
    }
    let r = throw(vm, &g, PyErr(exc))?;
    to_value(vm, r)
}

fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    close(vm, &g)
}

/// Register generator and coroutine methods.
pub fn install(vm: &mut Vm) {
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        crate::objects::add_method(vm, &t, "send", gen_send);
        crate::objects::add_method(vm, &t, "throw", gen_throw);
        crate::objects::add_method(vm, &t, "close", gen_close);
    }
    let g = vm.types.generator.clone();
    crate::objects::add_method(vm, &g, "__next__", gen_next);
    crate::objects::add_method(vm, &g, "__iter__", gen_iter);
    let c = vm.types.coroutine.clone();
    crate::objects::add_method(vm, &c, "__await__", gen_iter);
}
