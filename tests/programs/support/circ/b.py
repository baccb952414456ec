print("circ.b: start")
from . import a
B_VALUE = "b value; a.A_EARLY = " + a.A_EARLY
print("circ.b: has A_LATE yet?", hasattr(a, "A_LATE"))
