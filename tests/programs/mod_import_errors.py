try:
    import support.does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import totally_missing_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from support.helper import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
try:
    import support.broken
except ValueError as e:
    print("ValueError:", e)
import sys
print("support.broken" in sys.modules)
try:
    import support.broken
except ValueError as e:
    print("ValueError again:", e)
try:
    import support.syntax_error_mod
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.replace("\\", "/").endswith("support/syntax_error_mod.py"))
try:
    from support import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    import support.helper.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
