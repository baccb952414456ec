# In-place operators on sets, dicts and lists (and their subclasses) change the object itself.
a = {1}; b = a; a |= {2}; print(b, a is b)
a = {1, 2}; b = a; a &= {2}; print(b)
a = {1, 2}; b = a; a -= {2}; print(b)
a = {1, 2}; b = a; a ^= {3}; print(b)
d = {1: 1}; e = d; d |= {2: 2}; print(e, d is e)
d |= [(3, 3)]; print(d)
l = [1]; m = l; l += (2,); l *= 2; print(m)
f = frozenset({1}); g = f; f |= {2}; print(g, f)
try:
    s = {1}; s |= [2]
except TypeError as ex: print("TypeError:", ex)
print(set.__ior__ is not None, list.__iadd__([1], [2]), dict.__ior__({1: 2}, {3: 4}))
class S(set): pass
class D(dict): pass
class L(list): pass
s = S({1}); t = s; s |= {2}; s -= {1}; print(t, type(s).__name__, s is t)
d = D(a=1); e = d; d |= {"b": 2}; print(e, d is e)
l = L([1]); m = l; l += [2]; l *= 2; print(m, type(l).__name__, l is m)
def in_function():
    a = {1}; b = a
    for i in range(3):
        a |= {i + 10}
    a ^= {1, 99}
    return b
print(sorted(in_function()))
try:
    set.__ior__({1}, 5, 6)
except TypeError as ex: print("TypeError:", ex)
print(set.__ior__({1}, [2]))
