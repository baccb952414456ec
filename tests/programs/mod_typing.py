from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Callable, Any, Generic, TypeVar, Protocol, runtime_checkable, Literal, get_type_hints, get_origin, get_args, cast, overload, Final
class Emp(NamedTuple):
    name: str
    id: int = 0
e = Emp("ann")
print(e, e._fields, Emp.__annotations__, e._replace(id=5))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__required_keys__ == frozenset({"title", "year"}))
print(Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str], int | None)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(int | str), get_origin(int | str))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack.__parameters__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def f(a: int, b: "str" = "x") -> Literal["ok"]:
    return "ok"
print(get_type_hints(f), cast(int, "not checked"), Literal[1, 2], Any)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
X: Final = 5
print(X)
