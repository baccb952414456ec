class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2023), callable(sm))
print(cm.__func__.__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
class Counter:
    n = 0
    @classmethod
    def incr(cls):
        cls.n += 1
        return cls.n
class Sub(Counter):
    pass
print(Counter.incr(), Counter.incr(), Sub.incr(), Counter.n, Sub.n)
class Wrapped:
    @classmethod
    @property
    def name(cls):
        return cls.__name__
print(type(Wrapped.name).__name__)
