def use():
    import support.helper as hh
    from support.helper import greet
    return hh.CONSTANT, greet("local")
print(use())
print("hh" in globals())
import sys
mod = type(sys)("synthetic")
mod.value = 99
sys.modules["synthetic"] = mod
import synthetic
print(synthetic.value, synthetic.__name__)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print("ImportError:", e)
print(__name__, __spec__ is None, __package__)
import math as m1, math as m2
print(m1 is m2)
from math import (
    pi,
    e as euler,
)
print(round(pi, 3), round(euler, 3))
import support
print(hasattr(support, "helper"))
