print(hash(0), hash(1), hash(-1), hash(10 ** 30) == hash(10 ** 30), hash(1.0), hash(0.5), hash(True), hash(None) == hash(None))
print(hash("") , hash(b""), hash(()), hash((1, "a")) == hash((1, "a")))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash("abc") == hash(b"abc"))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(range(3)) == hash(range(3)))
for bad in [[1], {1: 2}, {1}, bytearray(b"a"), ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), a is not b, type(id(a)).__name__)
x = [1]
y = x
print(id(x) == id(y), x is y)
print(hash(2 ** 61 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1e300), hash(-1.5), hash(float("-inf")), hash(1 / 3))
print(hash(complex(1, 2)), hash(1j))
import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(hash("a"), hash("hello"), hash(b"hello"), hash("é"))
