from support.pkg import *
print(core_func(), VERSION)
print("not_exported" in dir(), "_hidden" in dir())
from support.star_source import *
print(public_a, public_b, "_private_c" in dir())
import support.star_source as ss
print(ss._private_c)
