# __slots__ on top of bases whose instances already have a __dict__ (exceptions, metaclasses, modules), and on slotted bases.
class E(Exception):
    __slots__ = ("code",)
e = E(); e.code = 1; e.extra = 2; print(e.code, e.extra, hasattr(e, "__dict__"))
class M(type):
    __slots__ = ()
class K(metaclass=M): pass
K.attr = 3; print(K.attr)
class S:
    __slots__ = ("a",)
class T(S):
    __slots__ = ("b",)
t = T()
try:
    t.c = 1
except AttributeError as err:
    print("AttributeError:", err)
import sys
class Mod(type(sys)):
    __slots__ = ()
m = Mod("m"); m.x = 1; print(m.x)
