class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError, ValueError):
    pass
def find(k):
    raise NotFound(k)
try:
    find("user")
except AppError as e:
    print(type(e).__name__, e, e.what, e.args, isinstance(e, Exception))
try:
    raise Invalid("bad input")
except ValueError as e:
    print("caught as ValueError:", e, [c.__name__ for c in type(e).__mro__])
class WithState(Exception):
    def __init__(self, code, detail=""):
        self.code = code
        self.detail = detail
        super().__init__(code, detail)
    def __str__(self):
        return f"[{self.code}] {self.detail}"
try:
    raise WithState(404, "missing page")
except WithState as e:
    print(e, repr(e), e.code)
class Base(BaseException):
    pass
try:
    try:
        raise Base("not an Exception")
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException subclass:", e)
try:
    class NotExc:
        pass
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    raise AppError
except AppError as e:
    print("class raise instantiated:", repr(e))
class Factory(Exception):
    def __new__(cls, *args):
        print("Factory.__new__", args)
        return super().__new__(cls, *args)
try:
    raise Factory
except Factory as e:
    print(repr(e))
print(AppError.__doc__, NotFound.__doc__)
print(issubclass(Invalid, AppError), issubclass(Invalid, ValueError))
try:
    raise NotFound("x") from AppError("root")
except AppError as e:
    print(e, "<-", e.__cause__)
