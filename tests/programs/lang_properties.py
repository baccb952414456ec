class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
def get_x(self):
    return self._x * 2
class Old:
    x = property(get_x, doc="x doc")
    def __init__(self):
        self._x = 21
print(Old().x, Old.x.__doc__)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "child:" + str(self._c)
ch = Child(5)
print(ch.celsius)
ch.celsius = 7
print(ch.celsius)
try:
    del Old().x
except AttributeError as e:
    print("AttributeError:", e)
