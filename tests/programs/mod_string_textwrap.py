import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(string.capwords("hello   big world"), string.ascii_uppercase[:5])
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="apple"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0}b{x:>3}")))
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.shorten(text, 50))
print(repr(textwrap.dedent("    a\n      b\n    c")), repr(textwrap.indent("x\ny", "> ")))
