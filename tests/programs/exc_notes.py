try:
    try:
        raise ValueError("base problem")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second note")
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = ["replaced"]
e.add_note("added")
print(e.__notes__)
eg = ExceptionGroup("group", [ValueError("v")])
eg.add_note("group note")
print(eg.__notes__, eg.exceptions[0])
import traceback
try:
    raise RuntimeError("with notes")
except RuntimeError as err:
    err.add_note("note line 1")
    err.add_note("note line 2")
    lines = traceback.format_exception_only(err)
    print("".join(lines), end="")
