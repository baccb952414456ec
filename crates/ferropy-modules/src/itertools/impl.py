# ferropy's `itertools`, run once into the module namespace at import.
# Every iterator is a lazy class with CPython's name, repr and messages.

def _index(n, what):
    if not isinstance(n, int):
        raise TypeError(what % type(n).__name__)
    return n

def _islice_arg(v):
    if v is None:
        return None
    try:
        return v.__index__()
    except AttributeError:
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')

class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n
    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)

class cycle:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1
    def __iter__(self):
        return self
    def __next__(self):
        if self._i < 0:
            try:
                v = next(self._it)
            except StopIteration:
                if not self._saved:
                    raise
                self._i = 0
            else:
                self._saved.append(v)
                return v
        v = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return v

class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _index(times, "'%s' object cannot be interpreted as an integer")
            times = max(times, 0)
        self._times = times
    def __iter__(self):
        return self
    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj
    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times
    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)

def _add(a, b):
    return a + b

class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = _add if func is None else func
        self._total = initial
        self._started = False
        self._pending = initial is not None
    def __iter__(self):
        return self
    def __next__(self):
        if self._pending:
            self._pending = False
            self._started = True
            return self._total
        v = next(self._it)
        if not self._started:
            self._started = True
            self._total = v
        else:
            self._total = self._func(self._total, v)
        return self._total

class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None
    @classmethod
    def from_iterable(cls, iterable, /):
        c = cls.__new__(cls)
        c._source = iter(iterable)
        c._active = None
        return c
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._source))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            v = next(self._data)
            if next(self._sel):
                return v

class dropwhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            v = next(self._it)
            if self._done or not self._pred(v):
                self._done = True
                return v

class takewhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self._done:
            raise StopIteration
        v = next(self._it)
        if self._pred(v):
            return v
        self._done = True
        raise StopIteration

class filterfalse:
    def __init__(self, function, iterable, /):
        self._pred = bool if function is None else function
        self._it = iter(iterable)
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            v = next(self._it)
            if not self._pred(v):
                return v

class starmap:
    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)
    def __iter__(self):
        return self
    def __next__(self):
        return self._func(*next(self._it))

class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key
    def __iter__(self):
        return self
    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._cur is _MISSING:
            p._advance()
        if p._cur is _MISSING or not (p._curkey == self._key):
            raise StopIteration
        v = p._cur
        p._cur = _MISSING
        return v

_MISSING = object()

class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._cur = _MISSING
        self._curkey = _MISSING
        self._tgtkey = _MISSING
        self._grouper = None
    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._cur = _MISSING
            return
        self._cur = v
        self._curkey = v if self._keyfunc is None else self._keyfunc(v)
    def __iter__(self):
        return self
    def __next__(self):
        self._grouper = None
        while True:
            if self._cur is _MISSING:
                self._advance()
                if self._cur is _MISSING:
                    raise StopIteration
            if self._tgtkey is _MISSING or not (self._curkey == self._tgtkey):
                break
            self._cur = _MISSING
        self._tgtkey = self._curkey
        g = _grouper(self, self._tgtkey)
        self._grouper = g
        return (self._curkey, g)

class islice:
    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
        if n == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (args + (None,))[:3]
        stop = _islice_arg(stop)
        if stop is not None and stop < 0:
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        try:
            start = 0 if start is None else start.__index__()
            step = 1 if step is None else step.__index__()
        except AttributeError:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start < 0:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            self._it = None
            raise StopIteration
        while self._pos < self._next:
            next(it)
            self._pos += 1
        v = next(it)
        self._pos += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return v

class pairwise:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._prev = _MISSING
    def __iter__(self):
        return self
    def __next__(self):
        if self._prev is _MISSING:
            self._prev = next(self._it)
        v = next(self._it)
        pair = (self._prev, v)
        self._prev = v
        return pair

class batched:
    def __init__(self, iterable, n, *, strict=False):
        n = _index(n, "'%s' object cannot be interpreted as an integer")
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = iter(iterable)
        self._n = n
        self._strict = strict
    def __iter__(self):
        return self
    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        batch = []
        for _ in range(self._n):
            try:
                batch.append(next(it))
            except StopIteration:
                self._it = None
                break
        if not batch:
            raise StopIteration
        if self._strict and len(batch) != self._n:
            raise ValueError('batched(): incomplete batch')
        return tuple(batch)

class _tee:
    def __init__(self, source, buffer):
        self._source = source
        self._buffer = buffer
        self._pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        buf = self._buffer
        if self._pos == len(buf[1]) + buf[0]:
            buf[1].append(next(self._source))
        v = buf[1][self._pos - buf[0]]
        self._pos += 1
        return v
    def __copy__(self):
        t = _tee(self._source, self._buffer)
        t._pos = self._pos
        return t
_tee.__name__ = _tee.__qualname__ = '_tee'

def tee(iterable, n=2, /):
    n = _index(n, "'%s' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    buffer = [0, []]
    return tuple([_tee(source, buffer) for _ in range(n)])

class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(i) for i in iterables]
        self._active = len(self._its)
        self._fill = fillvalue
    def __iter__(self):
        return self
    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        out = []
        for i, it in enumerate(self._its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                out.append(self._fill)
        return tuple(out)

class _Precomputed:
    def __init__(self, results):
        self._results = results
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._results)

def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    return result

class product(_Precomputed):
    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat, "'%s' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        _Precomputed.__init__(self, _product_gen(pools))

def _product_gen(pools):
    n = len(pools)
    if any(len(p) == 0 for p in pools):
        return
    idx = [0] * n
    while True:
        yield tuple([pools[i][idx[i]] for i in range(n)])
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return

def _perm_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return

def _comb_gen(pool, r, replace):
    n = len(pool)
    if r > n and not replace or (replace and n == 0 and r):
        return
    indices = [0] * r if replace else list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != (n - 1 if replace else i + n - r):
                break
        else:
            return
        if replace:
            indices[i:] = [indices[i] + 1] * (r - i)
        else:
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])

def _r_arg(r):
    r = _index(r, "Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r

class permutations(_Precomputed):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _r_arg(r)
        _Precomputed.__init__(self, _perm_gen(pool, r))

class combinations(_Precomputed):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _Precomputed.__init__(self, _comb_gen(pool, _r_arg(r), False))

class combinations_with_replacement(_Precomputed):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _Precomputed.__init__(self, _comb_gen(pool, _r_arg(r), True))

for _c in (count, cycle, repeat, accumulate, chain, compress, dropwhile,
           takewhile, filterfalse, starmap, groupby, _grouper, islice,
           pairwise, batched, _tee, zip_longest, product, permutations,
           combinations, combinations_with_replacement):
    _c.__module__ = 'itertools'
del _c, _product
