# Escape warnings found before a SyntaxError are printed first, as CPython prints them.
x = "\d"
y = (1,
print(x)
