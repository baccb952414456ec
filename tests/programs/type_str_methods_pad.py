for w in [0, 3, 7, 8]:
    print(repr("abc".center(w)), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "-")), repr("abc".center(w, "*")))
print(repr("ab".center(5)), repr("abc".center(6)), repr("a".center(4, "x")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "123456".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".replace("x", "y"), "".replace("", "x"), "banana".replace("ana", "ANA"), "aaa".replace("a", "", -1))
print("x".replace(old="x", new="y", count=1) if False else "x".replace("x", "y", count=1))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), sorted(t.items()))
t2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "cd", "z")
print("abzzab".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
print("{} {}".format("a", "b"), "%s" % "c")
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2)
print(str.__len__("abc"), "abc".__contains__("b"), "abc".__getitem__(1))
print("".join(sorted("hello")), "".join(reversed("hello")))
