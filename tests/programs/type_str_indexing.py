s = "Python3.13"
print(s[0], s[-1], s[6], s[-4])
print(s[2:5], s[:3], s[3:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:-6:-1], s[5:2], s[100:], s[-100:2])
print(s[slice(1, 4)], s[slice(None, None, -2)], s[True])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "p"
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
u = "héllo 🐍 wörld"
print(len(u), u[6], u[7:], u[::-1], [c for c in u[:3]])
print([ord(c) for c in "aé🐍"], chr(233), chr(128013))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
for i, c in enumerate("abc"):
    print(i, c, end="; ")
print()
print(list("hi"), tuple("hi"), set("aa"), "".join(["a", "b"]))
print("abc" < "abd" < "b", "a" < "B", "é" > "z", max("hello"), min("hello"), sorted("bac"))
print("ab" + "cd", "ab" * 2, "b" in "abc", "ab" not in "abc")
print(str(), str(b"x"), str(b"x", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(1 + 2j))
