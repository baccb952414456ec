import support.pkg
print(support.pkg.VERSION, support.pkg.core_func(), support.pkg.core.__name__)
from support.pkg.sub import leaf
print(leaf.describe())
from support.pkg.sub import parent_func, SUB
print(parent_func(), SUB)
import support.pkg.sub.leaf as leaf2
print(leaf2 is leaf, support.pkg.sub.leaf is leaf)
print(support.pkg.__path__[0].replace("\\", "/").endswith("support/pkg"), support.pkg.__package__, leaf.__package__)
print(hasattr(support.pkg, "sub"), support.pkg.__all__)
import sys
print(sorted(k for k in sys.modules if k.startswith("support")))
