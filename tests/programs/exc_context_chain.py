def describe(e):
    parts = []
    while e is not None:
        link = "cause" if e.__cause__ is not None else ("context" if e.__context__ is not None and not e.__suppress_context__ else "end")
        parts.append(f"{type(e).__name__}({e})->{link}")
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
    return " ".join(parts)
try:
    try:
        int("x")
    except ValueError as v:
        raise KeyError("lookup") from v
except KeyError as e:
    print(describe(e))
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("second")
    except ValueError:
        raise TypeError("third")
except TypeError as e:
    print(describe(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(describe(e), "| context kept:", type(e.__context__).__name__)
try:
    try:
        raise KeyError("a")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(describe(e))
def cycle():
    try:
        raise ValueError("one")
    except ValueError as e1:
        try:
            raise TypeError("two")
        except TypeError as e2:
            e1.__context__ = e2
            raise e1
try:
    cycle()
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.__context__ is e or e.__context__.__context__)
try:
    try:
        raise ValueError("orig")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)
err = None
try:
    raise RuntimeError("x")
except RuntimeError as e:
    err = e
print(err.__context__, err.__cause__, err.__suppress_context__)
