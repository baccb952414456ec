a = [5, 3, 8, 1]
a.append(9); print(a)
a.extend(range(2)); print(a)
a.extend("xy"); print(a)
a.insert(2, "ins"); print(a)
a.insert(-1, "neg"); print(a)
a.insert(100, "end"); print(a)
a.insert(-100, "start"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("ins"); print(a)
try:
    a.remove("zz")
except ValueError as e:
    print("ValueError:", e)
print(a.index(8), a.index(8, 2), a.count(0))
try:
    a.index(8, 4)
except ValueError as e:
    print("ValueError:", e)
b = [x for x in a if isinstance(x, int)]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b)
c = b.copy(); c.clear(); print(b, c)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print(list.__name__, [1, 2] * 0, [[0]] * 2, [1, 2, 3][True])
print([3, 1, 2].sort(), sorted([3, 1, 2]))
n = [1, 2, 3]
n += (4, 5)
print(n)
try:
    n = n + (6,)
except TypeError as e:
    print("TypeError:", e)
print(list(), list([1]), list({"a": 1}), list(range(3, 0, -1)))
