"""Write the docstrings of CPython's builtins and of the modules ferropy
implements natively to crates/ferropy-vm/src/docs/builtin_docs.txt.

Run with CPython 3.13 from the repository root:

    PYENV_VERSION=3.13.0 python3 crates/ferropy-vm/tools/gen_builtin_docs.py

The docstrings are what Python programs read from `__doc__` (and what
`help()` shows), so ferropy gives the same text. Each record is a line
`@@ KEY` followed by the docstring. Keys:

    int                  a builtin type
    int.bit_length       a method of a builtin type
    len                  a builtin function
    math.sqrt            a function of a module
    itertools.chain      a type of a module (its methods: itertools.chain.NAME)
    module math          a module
"""

import builtins
import sys
import types

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

MODULES = ["math", "cmath", "gc", "itertools", "_operator", "operator", "time", "sys", "_weakref"]
OUT = "crates/ferropy-vm/src/docs/builtin_docs.txt"


def members(cls):
    """(name, doc) for the callable members of a builtin type."""
    for name, value in vars(cls).items():
        if name == "__doc__" or isinstance(value, type):
            continue
        func = value.__func__ if isinstance(value, (classmethod, staticmethod)) else value
        doc = getattr(func, "__doc__", None)
        if callable(func) and isinstance(doc, str):
            yield name, doc


def namespace(prefix, ns):
    """Records for the types and functions in a module namespace."""
    for name, value in sorted(vars(ns).items()):
        if name.startswith("__") and name != "__import__" and name != "__build_class__":
            continue
        key = prefix + name
        if isinstance(value, type):
            if value.__module__ not in ("builtins", ns.__name__):
                continue
            if isinstance(value.__doc__, str):
                yield key, value.__doc__
            for mname, mdoc in members(value):
                yield f"{key}.{mname}", mdoc
        elif isinstance(value, types.BuiltinFunctionType) and isinstance(value.__doc__, str):
            yield key, value.__doc__


# Builtin types that the builtins module does not name, by their names.
UNNAMED_TYPES = [
    type(None), type(...), type(NotImplemented), types.FunctionType,
    types.BuiltinFunctionType, types.MethodType, types.ModuleType,
    types.MappingProxyType, types.GeneratorType, types.CoroutineType,
    types.AsyncGeneratorType, types.CellType, types.CodeType, types.FrameType,
    types.TracebackType, type({}.keys()), type({}.values()), type({}.items()),
]


def records():
    yield "module builtins", builtins.__doc__
    yield from namespace("", builtins)
    for cls in UNNAMED_TYPES:
        if isinstance(cls.__doc__, str):
            yield cls.__name__, cls.__doc__
        for mname, mdoc in members(cls):
            yield f"{cls.__name__}.{mname}", mdoc
    for name in ("object", "type"):
        cls = getattr(builtins, name)
        yield from ((f"{name}.{m}", d) for m, d in members(cls))
    for modname in MODULES:
        mod = __import__(modname)
        if isinstance(mod.__doc__, str):
            yield f"module {modname}", mod.__doc__
        yield from namespace(modname + ".", mod)


def main():
    seen = {}
    for key, doc in records():
        assert "\n@@ " not in "\n" + doc, key
        seen.setdefault(key, doc)
    with open(OUT, "w", encoding="utf-8") as f:
        for key, doc in seen.items():
            f.write(f"@@ {key}\n{doc}\n")
    print(f"{OUT}: {len(seen)} docstrings")


main()
