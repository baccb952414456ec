# sys struct sequences: reprs, names, field counts, indexing and matching.
import sys
print(sys.version_info[:2], sys.version_info >= (3, 13), type(sys.version_info).__name__)
print(sys.hash_info)
print(sys.int_info)
print(type(sys.flags).__module__, sys.flags.optimize, sys.flags[0] == sys.flags.debug)
print(sys.float_info.max, len(sys.float_info), type(sys.float_info).n_fields)
match sys.version_info:
    case (3, minor, *_):
        print("py3", minor)
print(repr(sys.version_info).split("(")[0], tuple(sys.version_info)[:2])
