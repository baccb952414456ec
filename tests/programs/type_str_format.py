print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([5, 6], {"key": "v"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}".format("r", "l", "c", "s", 3.14159))
print("{!r} {!s} {!a}".format("x", "y", "ü"))
print("{:,} {:_} {:_x} {:,.3f}".format(10 ** 9, 10 ** 9, 0xFFFFFFFF, 12345.6789))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#X} {:c} {:d} {:n}".format(10, 10, 255, 255, 5, 8, 255, 65, -3, 1234))
print("{:+} {:+} {: } {: } {:-}".format(5, -5, 5, -5, 5))
print("{:=+8} {:=08} {:08} {:<08}".format(42, -42, -42, 42))
print("{:.3} {:.0} {:10.4}|".format("abcdef", "xyz", "truncated"))
print("{:{}{}}".format("nested", ">", 10), "{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{{}} {{{}}}".format("in braces"))
print("{0:{1}}".format(3, "04"), "{:%}".format(0.25), "{:.2%}".format(1 / 3))
print("{:e} {:E} {:g} {:G}".format(12345.678, 0.000012, 1e-10, 1e20))
print("{:#x} {:#010x} {:+#x}".format(255, 255, 255))
print(format(True, ""), format(True, "d"), "{}".format(True), "{:5}|".format(True))
print(format("abc", ""), format(None, ""), format([1], ""))
print("{:s}".format("str"), "{:10s}|".format("pad"))
print("{0.__class__.__name__}".format(1.5))
for bad in ["{", "}", "{0!x}", "{:d}", "{0}{}", "{:,s}", "{1}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)))
print("{:_b}".format(0b1111111111), "{:,}".format(-1234567.5))
