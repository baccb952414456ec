print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
x = 10
print(eval("x + 1"), eval("[i for i in range(x)][-1]"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), "__builtins__" in ns)
exec("print('printed from exec')")
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), code.co_filename, type(code).__name__)
code2 = compile("for i in range(3): print('loop', i)", "<loop>", "exec")
exec(code2)
single = compile("1 + 1", "<single>", "single")
exec(single)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print("NameError:", e)
g = {"__builtins__": {}}
try:
    eval("len([1])", g)
except NameError as e:
    print("NameError:", e)
print(eval("len([1])", {"__builtins__": {"len": lambda s: "custom len"}}))
def scope():
    local = "L"
    return eval("local"), eval("local + g_var", {"g_var": "G"}, {"local": "l"})
print(scope())
loc = {}
exec("z = 42", None, loc)
print(loc)
print(eval("  7  "), eval("\n8\n".strip()))
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
src = "result = sum(range(5))"
gl = {}
exec(src, gl)
print(gl["result"])
print(eval(b"b'bytes source'"))
exec("class K:\n    v = 1\nprint('K.v =', K.v)")
print(compile("x=1", "f", "exec").co_name)
