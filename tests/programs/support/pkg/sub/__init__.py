from ..core import core_func as parent_func
SUB = "sub package"
