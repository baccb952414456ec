//! Calling any callable from Rust: Python functions run in a nested
//! interpreter loop, builtins directly, types through `__new__`/`__init__`,
//! other objects through `__call__`.

use crate::error::PyResult;
use crate::interp::Exit;
use crate::object::Payload;
use crate::objects::function::{self, Args};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Call `func(*args)` where the last `kwnames.len()` args are keywords.
    pub fn call(&mut self, func: &Value, args: Vec<Value>, kwnames: &[Value]) -> PyResult<Value> {
        let Value::Obj(o) = func else {
            return Err(self.not_callable(func));
        };
        match &o.payload {
            Payload::Function(f) => {
                let frame = function::build_frame(self, o, f, args, kwnames)?;
                if f.code.code.is_generator_like() {
                    return Ok(crate::objects::generator::new_generator(
                        self, frame, &f.code, o,
                    ));
                }
                match self.run_frame(frame)? {
                    Exit::Return(v) => Ok(v),
                    Exit::Yield(_) => Err(self.runtime_error("yield from a non-generator frame")),
                }
            }
            Payload::NativeFunction(nf) => {
                if nf.self_.is_undef() {
                    (nf.func)(
                        self,
                        &Args {
                            values: &args,
                            kwnames,
                        },
                    )
                } else {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(nf.self_.clone());
                    full.extend(args);
                    (nf.func)(
                        self,
                        &Args {
                            values: &full,
                            kwnames,
                        },
                    )
                }
            }
            Payload::BoundMethod(f, s) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(s.clone());
                full.extend(args);
                let f = f.clone();
                self.call(&f, full, kwnames)
            }
            Payload::Type(_) => {
                let meta = &o.class();
                if crate::types::tdata(meta).is_heap {
                    if let Some(c) = crate::types::lookup(meta, "__call__") {
                        if !matches!(c.payload(), Some(Payload::NativeFunction(_))) {
                            let bound = self.bind(&c, func);
                            return self.call(&bound, args, kwnames);
                        }
                    }
                }
                crate::objects::type_type::type_call(self, o, args, kwnames)
            }
            Payload::StaticMethod(inner) => {
                let inner = inner.clone();
                self.call(&inner, args, kwnames)
            }
            _ => match self.lookup_special(func, "__call__") {
                Some(c) => {
                    let bound = self.bind(&c, func);
                    self.call(&bound, args, kwnames)
                }
                None => Err(self.not_callable(func)),
            },
        }
    }

    /// Call with positional arguments only.
    pub fn call0(&mut self, func: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call(func, args, &[])
    }

    /// Whether `v` can be called.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::Function(_)
                | Payload::NativeFunction(_)
                | Payload::BoundMethod(..)
                | Payload::Type(_)
                | Payload::StaticMethod(_),
            ) => true,
            _ => self.lookup_special(v, "__call__").is_some(),
        }
    }

    fn not_callable(&self, v: &Value) -> crate::error::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }
}
