print(format(42), format(42, "x"), format("s", ">3"), format(1.5, "e"), format([1], ""))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
print(repr(print(end="")), print.__name__)
import sys
print("to stderr", file=sys.stderr)
print("after stderr")
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__, o == o, o != object(), object.__doc__[:20])
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
m = __import__("math")
print(m.__name__, __import__("os.path").__name__)
print(type(slice(1)), slice(1, 2, 3).step, type(memoryview(b"")).__name__)
print(bin(5), oct(5), hex(5), chr(9731), ord("☃"))
print(sorted(vars(type("T", (), {"a": 1}))) [:3])
print(isinstance(print, type(len)), type(print).__name__)
print(divmod(9, 4), pow(3, 4), round(9.87, 1), abs(-0.0))
print(list(iter([1, 2].__iter__())), iter("a").__next__())
print(staticmethod(len)("abc"), classmethod.__name__, property.__name__)
print(NotImplemented.__repr__(), repr(Ellipsis), repr(...))
print(callable(breakpoint), callable(help) if "help" in dir(__builtins__) else "no help", callable(exit) if "exit" in dir(__builtins__) else "no exit")
print(sorted(k for k in dir(__builtins__) if k.islower() and not k.startswith("_"))[:12])
