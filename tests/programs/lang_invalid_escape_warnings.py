# SyntaxWarning for escapes CPython does not know, at compile time.
x = "\d+"
y = b"\q" + b"\777"
s = """a
\w"""
t = f"{1}\{2}"
print(len(x), y, s, t)
code = compile('z = "\\s" + "\\400"', "<made>", "exec")
exec(code)
print(z)
exec('w = "\\p"')
print(w)
