print(None, repr(None), type(None).__name__, None is None, None == 0, None == False)
print(bool(None), str(None), hash(None) == hash(None))
nothing = None
try:
    nothing + 1
except TypeError as e:
    print("TypeError:", e)
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    nothing[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(nothing)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in nothing:
        pass
except TypeError as e:
    print("TypeError:", e)
print(True, False, True + 1, True * 3.5, -True, ~False, True / 2, True // 2, int(True))
print(True == 1, True is True, isinstance(True, int), type(True).__mro__)
print(str(True), repr(False), bool("False"), bool(0.0), True & 1, type(True & 1).__name__)
print(True | False, True ^ True, type(True | False).__name__, False or 0, True and [])
print(sum([True, True, False]), max(False, True), [1, 2, 3][True])
print(format(True, ""), format(True, ">6"), f"{False}", f"{True:d}", "%s %d" % (True, True))
try:
    bool.__new__(bool, 5) if False else type("X", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
print(bool(), bool([]), bool(x for x in []))
print(None.__class__, NotImplemented.__class__.__name__, type(Ellipsis).__name__)
