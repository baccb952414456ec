parts = []
for i in range(1000):
    parts.append(str(i))
s = "".join(parts)
print(len(s), s[:20], s[-10:], s.count("9"))
acc = ""
for i in range(500):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30])
print("abc" * 1000 == "".join(["abc"] * 1000), len("x" * 10000))
print("a" < "aa" < "ab" < "b", "Z" < "a", "" < " ", "\x00" < "\x01", "é" < "ê", "😀" > "é")
print(str.join(",", ("x", "y")), ",".join(c for c in "abc"), ", ".join(map(repr, ["a", 1])))
print("%s|%s" % ("é", "🐍"), "{:🐍^7}".format("x"), f"{'é':*>4}")
print(len("🐍"), "🐍".encode(), list("a🐍b"), "a🐍b"[1], "a🐍b"[::-1])
print("İ".lower(), len("İ".lower()), "ß".upper(), "ﬀ".upper(), "Σ".lower(), "ΑΣ".lower())
print(" ".join("x".center(i, "-") for i in range(1, 6)))
s = "interning"
t = "intern" + "ing"
print(s == t, s.__eq__(t), s.__hash__() == t.__hash__())
print(str(123).zfill(6), "-5".rjust(4, "0"), format("text", "~^12"))
print("tab\tsep".split("\t"), "a  b".split(" "), "a,b".split(",", 0))
print("Hello"[1:-1], "Hello"[::-2], "Hello"[-100:100], "Hello"[3:1:-1])
print(max(["apple", "Banana", "cherry"]), min(["apple", "Banana", "cherry"], key=str.lower))
print("x".join([]), "".join(["a"]), "ab".join("12"), str.__mul__("ab", 2), "ab".__rmul__(2))
print(repr("\x7f\x80\xa0\xad"), repr("\u2028\u3000"), repr("\U0010ffff"), repr("\t\r\x0b\x0c"))
