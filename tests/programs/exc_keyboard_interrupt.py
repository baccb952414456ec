def handler_order():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "caught by Exception (wrong)"
    except KeyboardInterrupt:
        return "caught by KeyboardInterrupt"
print(handler_order())
try:
    raise KeyboardInterrupt("ctrl-c")
except BaseException as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
try:
    raise GeneratorExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
try:
    try:
        raise SystemExit(2)
    finally:
        print("finally during SystemExit")
except SystemExit as e:
    print("SystemExit code", e.code)
def gen():
    try:
        yield 1
    except BaseException as e:
        print("generator saw", type(e).__name__)
        raise
g = gen()
next(g)
g.close()
print("closed generator")
