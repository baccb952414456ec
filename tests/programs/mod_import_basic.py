import support.helper
print(support.helper.CONSTANT, support.helper.greet("ann"))
import support.helper as h
print(h is support.helper, h.bump(), h.bump())
from support.helper import bump, Thing, CONSTANT as C
print(bump(), Thing(3), C, h.counter)
import support.helper
print("second import did not re-run the module")
import sys
print("support.helper" in sys.modules, sys.modules["support.helper"] is h)
print(h.__name__, h.__file__.replace("\\", "/").endswith("support/helper.py"), h.__doc__)
print(support.SUPPORT_VALUE, support.__name__, support.__package__, h.__package__)
print(sorted(n for n in dir(h) if not n.startswith("__")))
print(type(h).__name__, h.__spec__.name, h.__loader__ is not None)
import importlib
h2 = importlib.import_module("support.helper")
print(h2 is h)
m = importlib.reload(h)
print(m is h, h.counter)
