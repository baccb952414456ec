# Builtins whose parameters may be given by keyword: missing-argument messages.
for src in ["pow()", "pow(1)", "pow(exp=2)", "round()", "compile()", "compile(\"x\")", "__import__()"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
print(pow(base=2, exp=3), round(number=2.5), sum([1], start=2))
