def stub():
    ...
print(stub(), ..., Ellipsis, type(...).__name__)
class Empty:
    pass
print(Empty.__name__)
x = 1; y = 2; z = x + y
print(z)
if x: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
print(type(None).__name__, None.__class__.__name__)
print(__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
import builtins
print(builtins.len is len, builtins.__name__)
print((1, 2,), [1, 2,], {1: 2,})
print(1 if True else 2, (lambda: 3)())
print(0 or None, repr(""))
def ann(a: "str", b: int = 5) -> list:
    return [a, b]
print(ann.__annotations__, ann("q"))
v: int = 3
print(__annotations__)
s = 0
for i in range(10):
    if i % 2:
        continue
    s += i
else:
    s = -s
print(s)
def long_expr():
    return (1 +
            2 +
            3)
print(long_expr())
print(\
    "backslash continuation")
