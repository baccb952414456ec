print("a\tb\nc")
print('single \'quoted\'', "double \"quoted\"")
print("backslash \\ done")
print(r"raw \n string", r"C:\path\to")
print("\x41\x42 \101 \u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}")
print(len("\n"), len(r"\n"), len("\U0001F600"))
print("""triple
quoted""")
print('''another
 one''')
print("implicit " "concatenation " 'works')
s = ("multi"
     "line"
     "concat")
print(s)
print(repr("\x00\x07\x1b\x7f"))
print(repr("tab\t and nl\n"), repr("é"), repr("\u200b"), repr("\ud800"))
print(b"bytes \x00\xff", rb"\n", b"abc"[0])
print("\0", "end", sep="|")
print("a\
b")
print(ascii("héllo 🐍"), ascii([1, "ü"]))
