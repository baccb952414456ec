import unicodedata as ud
for ch in ["A", "é", "ß", "中", "🐍", "٣", "\u0301", " ", "Ⅻ"]:
    print(repr(ch), ud.name(ch, "?"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.east_asian_width(ch), ud.numeric(ch, None))
print(ud.lookup("SNAKE"), ud.lookup("LATIN SMALL LETTER E WITH ACUTE"))
s = "e\u0301"
print(len(ud.normalize("NFC", s)), len(ud.normalize("NFD", "é")), ud.normalize("NFKC", "ﬁ"), ud.normalize("NFKD", "①"))
print(ud.is_normalized("NFC", "é"), ud.decimal("7"), ud.digit("²"), ud.mirrored("("), ud.decomposition("é"))
try:
    ud.name("\x00")
except ValueError as e:
    print("ValueError:", e)
try:
    ud.lookup("NOT A REAL CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
print(ud.unidata_version)
