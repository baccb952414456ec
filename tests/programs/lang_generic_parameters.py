# Generic classes: __parameters__ from type parameters and generic bases.
class C[T]: pass
print(C.__parameters__)
class D[K, V](C[V]): pass
print(D.__parameters__, D.__orig_bases__)
class E(C[int]): pass
print(E.__parameters__)
class F(D[str, int]): pass
print(F.__parameters__, F.__mro__)
class G[*Ts, **P]: pass
print(G.__parameters__)
class H(C): pass
print(H.__parameters__)
try:
    class I[T](x=1): pass
except TypeError as e:
    print("TypeError:", e)

class Box[T]: pass
class Pair[K, V]: pass
class Var[*Ts]: pass
class Def[T = int]: pass
for f in (lambda: Box[int, str], lambda: Pair[int], lambda: Pair[int, str, float], lambda: Box[()], lambda: Box[int], lambda: Var[int, str], lambda: Def[int], lambda: list[int, str], lambda: Pair[int, str]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
