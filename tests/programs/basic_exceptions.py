try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
try:
    [][1]
except IndexError as e:
    print("caught:", e)
try:
    {}["k"]
except KeyError as e:
    print("caught:", repr(e))
try:
    int("abc")
except ValueError as e:
    print("caught:", e)
try:
    undefined_name
except NameError as e:
    print("caught:", e)
try:
    None.foo
except AttributeError as e:
    print("caught:", e)
try:
    "a" + 1
except TypeError as e:
    print("caught:", e)
def f():
    raise ValueError("custom", 42)
try:
    f()
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    try:
        raise KeyError("inner")
    finally:
        print("finally runs")
except KeyError:
    print("outer caught")
try:
    raise TypeError("t")
except (ValueError, TypeError) as e:
    print("tuple catch", type(e).__name__)
class MyError(Exception):
    pass
try:
    raise MyError("mine")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyError))
try:
    pass
except Exception:
    print("never")
else:
    print("else runs")
finally:
    print("finally too")
def g():
    try:
        return "from try"
    finally:
        print("cleanup before return")
print(g())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
