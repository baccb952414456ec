import io
buf = io.StringIO()
print("to buffer", 1, 2, sep="|", end=";", file=buf)
print(repr(buf.getvalue()))
for kwargs in [{"sep": 5}, {"end": 5}, {"file": 5}, {"flush": "yes"}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
        print()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("a", "b", sep=None, end=None)
print("sep None ok")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("hello", "world", file=w)
print(w.parts)
print(file=None)
class BadStr:
    def __str__(self):
        raise RuntimeError("str failed")
try:
    print("before", BadStr())
except RuntimeError as e:
    print("RuntimeError:", e)
print(*[1, 2, 3], sep="\n")
print("", end="")
print("", "", sep="-")
