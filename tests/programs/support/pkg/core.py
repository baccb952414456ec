print("pkg.core: importing, __package__ =", __package__)


def core_func():
    return "core_func result"
