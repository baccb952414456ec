class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
if L(2):
    print("L(2) is truthy")
print(not B(False))
print(B(True) and "yes")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Neither:
    pass
print(bool(Neither()))
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
while L(0):
    print("never")
x = [i for i in range(3) if B(i == 1)]
print(x)
