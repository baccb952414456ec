cases = [
    Exception(), Exception("msg"), Exception("a", "b"), Exception(42), Exception(None),
    ValueError(""), KeyError("key"), KeyError(), KeyError(1, 2), IndexError("idx"),
    OSError(2, "No such file"), OSError(2, "No such file", "path.txt"), OSError("just msg"),
    FileNotFoundError(2, "gone", "f"), StopIteration(5), SystemExit(3), SystemExit("bye"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    SyntaxError("bad", ("file.py", 3, 4, "x = (", 3, 5)), AttributeError("attr", name="n", obj=1),
    NameError("nm", name="q"), ImportError("imp", name="mod", path="/p"),
]
for e in cases:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
e = OSError(2, "No such file", "path.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
s = SyntaxError("bad", ("file.py", 3, 4, "x = (", 3, 5))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
a = AttributeError("attr", name="n", obj=1)
print(a.name, a.obj)
print(ImportError("x", name="m").name, ImportError("x").path)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
class CustomInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = CustomInit("A", "B")
print(str(c), repr(c), c.args, c.b)
class CustomStr(Exception):
    def __str__(self):
        return "custom string"
print(str(CustomStr("ignored")), repr(CustomStr("ignored")))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(5)
print(n.args, str(n), repr(n))
print(BaseException("b").with_traceback(None).args)
