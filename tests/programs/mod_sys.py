import sys
import os
print(sys.argv, len(sys.argv))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 13), sys.version.startswith("3.13"))
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(os.path.basename(sys.path[0]), isinstance(sys.path, list))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.default_max_str_digits)
n = sys.stdout.write("written via sys.stdout.write\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr is not sys.stdout)
print(sys.intern("interned") is sys.intern("interned"))
def who():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name
print(who())
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
print(type(sys.flags).__name__, sys.flags.optimize)
print(sys.exc_info() == (None, None, None))
print(callable(sys.displayhook), callable(sys.excepthook), sys.__stdout__ is sys.stdout)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.implementation.name).__name__, hasattr(sys.implementation, "cache_tag"))
print(sys.hexversion >> 16 == 0x030D)
