def replaced():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replaced()
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))
def swallowed():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed by break"
print(swallowed())
def cont():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(cont())
def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise ValueError("middle")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e, "context", repr(e.__context__))
    finally:
        print("outer finally")
nested()
def exc_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError as e:
            return repr(e), repr(e.__context__)
print(exc_in_except())
def finally_return_value():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
print(finally_return_value())
import sys
def exc_info_in_finally():
    try:
        raise RuntimeError("active")
    finally:
        print("in finally, exception active:", repr(sys.exception()))
try:
    exc_info_in_finally()
except RuntimeError:
    pass
print("after:", sys.exception())
