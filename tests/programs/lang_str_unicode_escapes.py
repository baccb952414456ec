# \u, \U, \N and \x escapes in str, bytes, raw and f-string literals (the
# scanner looks at each \u/\U escape for lone surrogates).
print("a\u00e9b", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042\U00000043")
print(b"\\ud800", r"\ud800", "\\ud800", "\\U0000dfff", len("\uffff"), len("\U00010000"))
print(f"{1}\u00e9{2}", rf"\udc00{3}", f"\\ud800", fr"{4}\U0000d800")
print("\ud7ff" == chr(0xD7FF), "\ue000" == chr(0xE000), ascii("\ud7ff\ue000"))
