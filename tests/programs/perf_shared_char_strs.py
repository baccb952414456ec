# One-character ASCII strs are shared objects (as in CPython); appending to
# a str built from them must never change the shared ones.
s = "abcabc"
chars = [c for c in s]
print(chars, chars[0] is chars[3], s[1] is chars[1], chr(99) is s[2])
acc = ""
for c in s:
    acc += c
    acc += "-"
print(acc, s, chars)
a = chr(120)
b = a
b += "yz"
print(a, b, chr(120), len(chr(120)))
t = "x"
for i in range(3):
    t += chr(65 + i)
print(t, chr(120), "x")
print([ord(c) for c in "héllo wörld"], list("é€𝄞"), chr(233), chr(0x1D11E))
h = 0
for ch in "The quick brown fox" * 3:
    h = (h * 31 + ord(ch)) & 0xFFFF
print(h, "".join(reversed("stressed")), "abc"[-1], "abc"[0:1])
d = {}
for c in "mississippi":
    d[c] = d.get(c, 0) + 1
print(d, sorted(set("mississippi")))
