//! Async generators: `__anext__`/`asend`/`athrow`/`aclose` return awaitables
//! that drive the generator frame. Values produced by `yield` inside an
//! async generator are wrapped (`Payload::AsyncGenWrapped`) so the awaitable
//! can tell them from the suspensions of an inner `await`.

use crate::error::{PyErr, PyResult};
use crate::exc_kinds::Exc;
use crate::object::{Obj, Payload};
use crate::objects::function::{Args, NativeFn};
use crate::objects::generator::{self, SendResult};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::RefCell;

/// What an async-generator awaitable does on its first step.
pub enum AwaitAction {
    Send(Value),
    Throw(Value),
    Close,
}

/// State of an `asend`/`athrow`/`aclose` awaitable.
pub struct AwaitableState {
    pub gen: ObjRef,
    pub action: AwaitAction,
    pub started: bool,
    pub done: bool,
}

fn new_awaitable(vm: &Vm, gen: ObjRef, action: AwaitAction) -> Value {
    Value::Obj(Obj::new(
        vm.types.async_gen_awaitable.clone(),
        Payload::AsyncGenAwaitable(RefCell::new(AwaitableState {
            gen,
            action,
            started: false,
            done: false,
        })),
    ))
}

fn self_gen(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires an 'async_generator' object")),
    }
}

fn agen_aiter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn agen_anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    Ok(new_awaitable(vm, g, AwaitAction::Send(Value::None)))
}

fn agen_asend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    crate::builtins::check_arity(vm, "asend", args.values.len() - 1, 1, 1)?;
    Ok(new_awaitable(
        vm,
        g,
        AwaitAction::Send(args.values[1].clone()),
    ))
}

fn agen_athrow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    crate::builtins::check_arity(vm, "athrow", args.values.len() - 1, 1, 3)?;
    let exc = crate::objects::exception::instantiate(vm, args.values[1].clone())?;
    Ok(new_awaitable(vm, g, AwaitAction::Throw(Value::Obj(exc))))
}

fn agen_aclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    Ok(new_awaitable(vm, g, AwaitAction::Close))
}

fn state(vm: &Vm, v: &Value) -> PyResult<&'static str> {
    match v.payload() {
        Some(Payload::AsyncGenAwaitable(_)) => Ok("ok"),
        _ => Err(vm.type_error("expected an async generator awaitable")),
    }
}

/// Advance the awaitable `aw` with `sent` (or by throwing `thrown`).
fn step(vm: &mut Vm, aw: &Value, sent: Value, thrown: Option<PyErr>) -> PyResult<Value> {
    state(vm, aw)?;
    let Some(Payload::AsyncGenAwaitable(cell)) = aw.payload() else {
        unreachable!()
    };
    let (gen, first_action, done) = {
        let mut st = cell.borrow_mut();
        let first = if st.started {
            None
        } else {
            Some(std::mem::replace(
                &mut st.action,
                AwaitAction::Send(Value::None),
            ))
        };
        st.started = true;
        (st.gen.clone(), first, st.done)
    };
    if done {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let closing = matches!(first_action, Some(AwaitAction::Close));
    let result = match (thrown, first_action) {
        (Some(e), _) => generator::throw(vm, &gen, e),
        (None, Some(AwaitAction::Send(v))) => {
            generator::send(vm, &gen, if sent.is_none() { v } else { sent })
        }
        (None, Some(AwaitAction::Throw(e))) => {
            generator::throw(vm, &gen, PyErr(e.as_obj().unwrap().clone()))
        }
        (None, Some(AwaitAction::Close)) => {
            let exit = vm.new_exc_args(Exc::GeneratorExit, vec![]);
            generator::throw(vm, &gen, exit)
        }
        (None, None) => generator::send(vm, &gen, sent),
    };
    let finish = |vm: &mut Vm| {
        if let Some(Payload::AsyncGenAwaitable(c)) = aw.payload() {
            c.borrow_mut().done = true;
        }
        let _ = vm;
    };
    match result {
        Ok(SendResult::Yielded(v)) => match v.payload() {
            Some(Payload::AsyncGenWrapped(inner)) => {
                finish(vm);
                if closing {
                    return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                }
                let inner = inner.clone();
                Err(vm.new_exc_args(Exc::StopIteration, vec![inner]))
            }
            _ => Ok(v),
        },
        Ok(SendResult::Returned(_)) => {
            finish(vm);
            if closing {
                return Err(vm.new_exc_args(Exc::StopIteration, vec![]));
            }
            Err(vm.new_exc_args(Exc::StopAsyncIteration, vec![]))
        }
        Err(e) => {
            finish(vm);
            let ev = Value::Obj(e.0.clone());
            if closing
                && (vm.is_exc(&ev, Exc::GeneratorExit) || vm.is_exc(&ev, Exc::StopAsyncIteration))
            {
                return Err(vm.new_exc_args(Exc::StopIteration, vec![]));
            }
            Err(e)
        }
    }
}

fn aw_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    step(vm, &args.values[0], v, None)
}

fn aw_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    step(vm, &args.values[0], Value::None, None)
}

fn aw_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, "throw", args.values.len() - 1, 1, 3)?;
    let exc = crate::objects::exception::instantiate(vm, args.values[1].clone())?;
    step(vm, &args.values[0], Value::None, Some(PyErr(exc)))
}

fn aw_close(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn aw_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

/// Wrap a value yielded by an async generator.
pub fn wrap(vm: &Vm, v: Value) -> Value {
    Value::Obj(Obj::new(
        vm.types.async_gen_awaitable.clone(),
        Payload::AsyncGenWrapped(v),
    ))
}

/// Register async generator methods and the awaitable type.
pub fn install(vm: &mut Vm) {
    let g = vm.types.async_generator.clone();
    let methods: &[(&str, NativeFn)] = &[
        ("__aiter__", agen_aiter),
        ("__anext__", agen_anext),
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
    ];
    for (n, f) in methods {
        crate::objects::add_method(vm, &g, n, *f);
    }
    let a = vm.types.async_gen_awaitable.clone();
    let methods: &[(&str, NativeFn)] = &[
        ("send", aw_send),
        ("__next__", aw_next),
        ("throw", aw_throw),
        ("close", aw_close),
        ("__await__", aw_self),
        ("__iter__", aw_self),
    ];
    for (n, f) in methods {
        crate::objects::add_method(vm, &a, n, *f);
    }
}
