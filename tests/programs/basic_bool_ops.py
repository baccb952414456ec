print(True and False, True or False, not True, not 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print([] and 1, [0] and 1)
def t(name, v):
    print("call", name)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0))
print(t("a", 1) or t("b", 0))
print(t("a", 0) or t("b", 0) or t("c", 3))
print(not t("x", []))
x = None
y = x or "default"
print(y)
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(None))
print(bool(0.0), bool(-0.0), bool(0j), bool(range(0)), bool(range(1)))
print(True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True + True).__name__)
