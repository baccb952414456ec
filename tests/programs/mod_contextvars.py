import contextvars
var = contextvars.ContextVar("var", default="default")
print(var.get(), var.name)
token = var.set("changed")
print(var.get())
var.reset(token)
print(var.get())
ctx = contextvars.copy_context()
def in_ctx(v):
    var.set(v)
    return var.get()
print(ctx.run(in_ctx, "inside"), var.get(), ctx[var])
nodflt = contextvars.ContextVar("nodflt")
try:
    nodflt.get()
except LookupError as e:
    print("LookupError:", e.args[0] is nodflt)
print(nodflt.get("fallback"), var in ctx, len(ctx) >= 1)
