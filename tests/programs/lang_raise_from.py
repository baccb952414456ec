class AppError(Exception):
    pass
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("config missing") from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(repr(e.__context__))
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    suppressed()
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def implicit():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
try:
    implicit()
except IndexError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("x") from TypeError("cause")
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = RuntimeError("manual")
e.__cause__ = KeyError("set")
print(e.__suppress_context__, repr(e.__cause__))
def chain():
    try:
        try:
            raise A1("a")
        except A1:
            raise A2("b")
    except A2:
        raise A3("c")
class A1(Exception): pass
class A2(Exception): pass
class A3(Exception): pass
try:
    chain()
except A3 as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    try:
        raise e.with_traceback(None)
    except KeyError as e2:
        print(e2 is e, repr(e2.__cause__))
