def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r}) [{len(eg.exceptions)}]")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(f"{pad}{type(eg).__name__}({eg})")
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("handled ValueErrors:")
    show(eg)
except* TypeError as eg:
    print("handled TypeErrors:")
    show(eg)
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o"), KeyError("k2")])])
    except* KeyError as eg:
        print("KeyErrors:")
        show(eg)
except ExceptionGroup as rest:
    print("unhandled rest:")
    show(rest)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:")
    show(eg)
eg = ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")])
match, rest = eg.split(ValueError)
show(match)
show(rest)
show(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(KeyError))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__)
bg2 = BaseExceptionGroup("base", [ValueError()])
print(type(bg2).__name__)
print(str(eg), repr(ExceptionGroup("m", [ValueError(1)])))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except TypeError as e:
    print(repr(e), type(e.__context__).__name__)
try:
    try:
        raise ExceptionGroup("y", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError("new2")
except ExceptionGroup as e:
    show(e)
