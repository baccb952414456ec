samples = ["hello world", "Hello World", "HELLO", "hELLo wORLD", "ß straße", "ǅungla", "123abc", "", "  mixed Case_words-here  ", "o'neil mcdonald", "ﬁne", "İstanbul", "ΣΑΣ"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.casefold(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.isascii())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle())
print("Ⅻ".isnumeric(), "Ⅻ".isdigit(), "Ⅻ".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "٣".isdecimal())
print("abc_1".isidentifier(), "1abc".isidentifier(), "class".isidentifier(), "é".isidentifier(), "".isidentifier())
print("abc\x00".isprintable(), "abc".isprintable(), "\n".isprintable(), "".isprintable(), " ".isprintable())
print(len("ß".upper()), "ﬁ".upper(), "ŉ".upper())
