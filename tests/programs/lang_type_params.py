def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([1, 2]), first("ab"))
print(first.__type_params__)
T0 = first.__type_params__[0]
print(type(T0).__name__, T0.__name__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box.__type_params__)
print(Box[int].__origin__ is Box, Box[int].__args__)
class Pair[K, V]:
    pass
print(Pair.__type_params__)
def bounded[T: (int, str)](x: T) -> T:
    return x
tp = bounded.__type_params__[0]
print(tp.__constraints__, tp.__bound__)
def bound2[T: float](x: T) -> T:
    return x
print(bound2.__type_params__[0].__bound__)
def variadic[*Ts](*args: *Ts):
    return args
print(variadic.__type_params__, variadic(1, "a"))
def paramspec[**P](f):
    return f
print(paramspec.__type_params__)
type Alias = list[int]
print(Alias, Alias.__value__, type(Alias).__name__, Alias.__name__)
type Gen[T] = dict[str, T]
print(Gen.__type_params__, Gen[int], Gen[int].__args__)
type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
class Default[T = int]:
    pass
print(Default.__type_params__[0].__default__)
class Sub(Box[str]):
    pass
print(Sub.__orig_bases__ if hasattr(Sub, "__orig_bases__") else "no orig bases")
print(Box.__mro__[-1].__name__)
