s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.rfind("the"), s.rfind("the", 0, 10), s.find(""), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 20), "aaaa".count("aa"))
for sub in ["cat", ""]:
    try:
        print(s.index(sub))
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith(("a", "t")), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")), s.endswith("lazy", 0, -4))
print("fox" in s, "" in s, "Fox" in s)
print(s.find("o", -5), s.find("o", 100), s.find("x", -100, -30))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print(s.partition("fox"), s.partition("cat"), s.rpartition("the"), s.rpartition("cat"))
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"), "abc".removesuffix(""))
print("a🐍b🐍c".find("🐍", 2), "a🐍b🐍c".rfind("🐍"), "é".find("e"))
