# Identity of floats made separately. CPython makes a new object for each
# float, so `is` tells them apart; ferropy keeps floats as immediate values
# (DESIGN.md), so `is` compares them by value, as PyPy does. This program
# records the difference (see README, "Differences from CPython").
x = 1.5
print(x is x)
print(float("nan") is float("nan"))
print(float("1.5") is float("1.5"))
