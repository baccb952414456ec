import copy
import abc
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].v = 20
print(shallow.children[0].v, deep.children[0].v, shallow.children is tree.children, deep.children is tree.children)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep-copied"]
        return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log)
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, [2]))[1] is not None)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).describe(), isinstance(Square(1), Shape), Shape.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
class Duck:
    def area(self):
        return 0
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
from collections.abc import Iterable, Sized, Mapping, Sequence, Hashable, Callable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance([], Hashable), isinstance(len, Callable), isinstance(5, Sized))
class Sz:
    def __len__(self):
        return 0
print(isinstance(Sz(), Sized), issubclass(Sz, Iterable))
