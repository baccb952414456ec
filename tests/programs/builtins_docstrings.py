# __doc__ of builtin types, functions and methods, and of native modules.
import math, sys, time, gc

def first_line(d):
    return d if d is None else d.splitlines()[0] if d else repr(d)

for obj in [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple,
            dict, set, frozenset, range, slice, enumerate, zip, map, filter, reversed,
            property, classmethod, staticmethod, super, memoryview, BaseException,
            Exception, ValueError, KeyError, OSError, StopIteration, type(None),
            type(NotImplemented), type(...)]:
    print(obj.__name__, "|", first_line(obj.__doc__))

for f in [len, print, abs, all, any, isinstance, getattr, sorted, sum, min, max, iter, next,
          repr, hash, id, round, divmod, pow, input, locals, vars, dir, __import__]:
    print(f.__name__, "|", first_line(f.__doc__))

for m in [list.append, list.sort, dict.get, dict.fromkeys, str.join, str.split, str.maketrans,
          int.bit_length, int.from_bytes, float.hex, bytes.hex, set.add, tuple.count,
          object.__init__, object.__repr__, int.__add__, str.__len__, type.mro]:
    print(m.__qualname__, "|", first_line(m.__doc__))

print([].append.__doc__ == list.append.__doc__, (5).__doc__ == int.__doc__, "x".__doc__ == str.__doc__)
print(ValueError("x").__doc__ == ValueError.__doc__)

for mod in [math, sys, time, gc]:
    print(mod.__name__, "|", first_line(mod.__doc__))
for f in [math.sqrt, math.gcd, math.isclose, time.perf_counter, time.sleep, gc.collect,
          sys.exit, sys.getrecursionlimit]:
    print(f.__name__, "|", first_line(f.__doc__))

class Documented:
    "A user class keeps its own docstring."
    def method(self):
        "And so do its methods."
class Plain(int):
    pass
print(Documented.__doc__, Documented.method.__doc__, Documented().__doc__)
print(Plain.__doc__, Plain(3).__doc__)
print(object.__doc__)
