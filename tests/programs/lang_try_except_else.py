def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("not a number:", repr(s))
        return None
    else:
        print("parsed", n)
        return n
    finally:
        print("done with", repr(s))
print(parse("12"), parse("x"))
def handler_order(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
print(handler_order(KeyError()), handler_order(IndexError()), handler_order(ValueError()))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer got", e)
e = "before"
try:
    raise Exception("x")
except Exception as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise
except RuntimeError as err:
    print("RuntimeError:", err)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as err:
    print("re-raised", repr(err))
exc_types = (ValueError, ZeroDivisionError)
try:
    1 // 0
except exc_types as err:
    print("dynamic tuple", type(err).__name__)
try:
    try:
        raise ValueError
    except:
        print("bare except")
        raise
except ValueError:
    print("propagated from bare")
import sys
try:
    raise IndexError("now")
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("a")
except ValueError:
    try:
        raise TypeError("b")
    except TypeError:
        print("nested handling", repr(sys.exception()))
    print("restored", repr(sys.exception()))
