# Types and reprs of builtin types' methods: method_descriptor,
# wrapper_descriptor, method-wrapper, builtin_function_or_method.
print(type(list.append).__name__, type(int.__add__).__name__, type([].append).__name__)
print(type([].__add__).__name__, repr(list.append), repr(int.__add__))
print(repr([].__add__).split(" at ")[0], repr(len), type(object.__init__).__name__)
print(type(dict.fromkeys).__name__, type(str.maketrans).__name__, type(object.__new__).__name__)
print(repr(dict.fromkeys).split(" at ")[0], repr(str.upper), repr(str.__len__))
print(list.append.__name__, list.append.__qualname__, int.__add__.__qualname__)
l = []
list.append(l, 1)
print(l, int.__add__(2, 3), (5).__add__(1), [].append.__self__ == [])
for t in (object, int, float, complex, str, bytes, list, tuple, dict, set, range):
    for n in ("__repr__", "__eq__", "__hash__", "__len__", "__iter__", "__format__", "__reduce_ex__", "count", "index"):
        if n in vars(t):
            print(t.__name__, n, type(vars(t)[n]).__name__)
