from . import SUB
from .. import VERSION
from ...helper import CONSTANT


def describe():
    return f"leaf: {SUB}, version {VERSION}, constant {CONSTANT}, name {__name__}"
