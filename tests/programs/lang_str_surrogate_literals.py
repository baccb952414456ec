# Str literals with escapes of lone surrogates, in plain, concatenated, triple-quoted and f-strings.
print(repr("\ud800"), repr("a\udc80b" "c\U0000dfffd"), len("\ud800\udc00"), ord("\udbff"))
x = 5
print(repr(f"{x}\ud800{{}}"), repr(f"\udc80{x:>3}"), "\ud800" == chr(0xd800))
print(repr(rb"\ud800"), repr(r"\ud800"), repr("""\ud800
line"""))
print({"\ud800": 1})
match "\udc80":
    case "\udc80":
        print("matched")
