import support.circ.a as a
import support.circ.b as b
print(a.A_LATE, "|", b.B_VALUE)
print(a.b is b, b.a is a)
