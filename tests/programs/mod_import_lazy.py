import support.lazy as lazy
print(lazy.EAGER, lazy.lazy_thing, getattr(lazy, "lazy_other"))
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(lazy))
from support.lazy import lazy_imported
print(lazy_imported)
import support.nsless.mod as nm
print(nm.WHERE)
import support.nsless
print(support.nsless.__file__, type(support.nsless.__path__).__name__)
