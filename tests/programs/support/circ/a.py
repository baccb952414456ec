print("circ.a: start")
A_EARLY = "a early"
from . import b
A_LATE = "a late"
print("circ.a: end, b.B_VALUE =", b.B_VALUE)
