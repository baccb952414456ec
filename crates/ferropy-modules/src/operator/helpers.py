# Helpers for ferropy's native `operator` module, run once into the module
# namespace at import. `_binary` / `_unary` hold the operator expressions the
# native functions evaluate (ferropy-modules cannot name the compiler's BinOp).


_binary = {
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b, 'truediv': lambda a, b: a / b,
    'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
    'pow': lambda a, b: a ** b, 'lshift': lambda a, b: a << b,
    'rshift': lambda a, b: a >> b, 'and_': lambda a, b: a & b,
    'or_': lambda a, b: a | b, 'xor': lambda a, b: a ^ b,
    'matmul': lambda a, b: a @ b,
    'eq': lambda a, b: a == b, 'ne': lambda a, b: a != b,
    'lt': lambda a, b: a < b, 'le': lambda a, b: a <= b,
    'gt': lambda a, b: a > b, 'ge': lambda a, b: a >= b,
}

def _iadd(a, b):
    a += b
    return a
def _isub(a, b):
    a -= b
    return a
def _imul(a, b):
    a *= b
    return a
def _itruediv(a, b):
    a /= b
    return a
def _ifloordiv(a, b):
    a //= b
    return a
def _imod(a, b):
    a %= b
    return a
def _ipow(a, b):
    a **= b
    return a
def _ilshift(a, b):
    a <<= b
    return a
def _irshift(a, b):
    a >>= b
    return a
def _iand(a, b):
    a &= b
    return a
def _ior(a, b):
    a |= b
    return a
def _ixor(a, b):
    a ^= b
    return a
def _imatmul(a, b):
    a @= b
    return a

def _concat(a, b):
    if not hasattr(type(a), '__getitem__') or isinstance(a, dict):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def _iconcat(a, b):
    if not hasattr(type(a), '__getitem__') or isinstance(a, dict):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

_binary.update(iadd=_iadd, isub=_isub, imul=_imul, itruediv=_itruediv,
               ifloordiv=_ifloordiv, imod=_imod, ipow=_ipow, ilshift=_ilshift,
               irshift=_irshift, iand=_iand, ior=_ior, ixor=_ixor,
               imatmul=_imatmul, concat=_concat, iconcat=_iconcat)

_unary = {
    'neg': lambda a: -a, 'pos': lambda a: +a, 'abs': lambda a, _abs=abs: _abs(a),
    'invert': lambda a: ~a,
}

def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val

class itemgetter:
    __slots__ = ('_items', '_call')
    def __init__(self, item, /, *items):
        if items:
            self._items = (item,) + items
        else:
            self._items = (item,)
    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])
    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))
    def __reduce__(self):
        return (itemgetter, self._items)

def _dotted(name):
    if not isinstance(name, str):
        raise TypeError('attribute name must be a string')
    return tuple(name.split('.'))

class attrgetter:
    __slots__ = ('_attrs', '_paths')
    def __init__(self, attr, /, *attrs):
        self._attrs = (attr,) + attrs
        self._paths = tuple([_dotted(a) for a in self._attrs])
    def __call__(self, obj, /):
        out = []
        for path in self._paths:
            v = obj
            for part in path:
                v = getattr(v, part)
            out.append(v)
        if len(out) == 1:
            return out[0]
        return tuple(out)
    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))
    def __reduce__(self):
        return (attrgetter, self._attrs)

class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')
    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs
    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % kv for kv in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)

for _c in (itemgetter, attrgetter, methodcaller):
    _c.__module__ = 'operator'
del _c

def _count_of(a, b):
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n

def _index_of(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')

_binary.update(countOf=_count_of, indexOf=_index_of)
