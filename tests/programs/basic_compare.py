print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print((1, "a") < (1, "b"))
one = 1
print(None is None, None == None, one is not None)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
x = 5
print(0 < x <= 5, 0 < x < 5)
print(1 in [1, 2], 3 not in [1, 2], "a" in "cat", "" in "x")
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, [1] == (1,))
print(float("nan") == float("nan"), float("nan") != float("nan"))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(True == 1, False == 0, True > False)
print(2 ** 100 > 2.0 ** 99, 10 ** 20 == 1e20)
