# Builtin types that cannot be subclassed, and some that can.
import sys
candidates = [range, slice, memoryview, type(None), type(NotImplemented), type(...),
              type(lambda: 0), type(len), type((i for i in [])), type({}.keys()),
              type({}.values()), type({}.items()), type(int | str), bool,
              type(sys), property, enumerate, zip, map, filter, super, staticmethod]
for t in candidates:
    try:
        class X(t):
            pass
        print(t.__name__, "ok")
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
