def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
            LookupError, IndexError, KeyError, ValueError, UnicodeDecodeError, UnicodeEncodeError, TypeError,
            NameError, UnboundLocalError, AttributeError, RuntimeError, RecursionError, NotImplementedError,
            StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, OSError,
            FileNotFoundError, PermissionError, TimeoutError, ConnectionResetError, ImportError,
            ModuleNotFoundError, SyntaxError, IndentationError, TabError, AssertionError, EOFError,
            MemoryError, BufferError, ReferenceError, Warning, DeprecationWarning, UserWarning,
            SyntaxWarning, RuntimeWarning, FutureWarning, PendingDeprecationWarning, ImportWarning,
            UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning, ExceptionGroup,
            BaseExceptionGroup, PythonFinalizationError]:
    print(chain(cls))
print(EnvironmentError is OSError, IOError is OSError)
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    raise SystemExit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
