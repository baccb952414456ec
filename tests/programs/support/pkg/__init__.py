print("pkg: __init__ running, __name__ =", __name__)
from .core import core_func
from . import core
__all__ = ["core_func", "VERSION"]
VERSION = "1.0"
_hidden = 1
not_exported = "not in __all__"
