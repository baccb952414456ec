xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::-1], xs[::2])
xs.append(5)
print(xs)
xs.sort()
print(xs)
xs.reverse()
print(xs)
print(xs.count(1), xs.index(5), 9 in xs, 7 in xs)
xs.insert(0, 100)
print(xs.pop(), xs.pop(0), xs)
xs.remove(1)
print(xs)
xs.extend([7, 8])
print(xs)
del xs[0]
print(xs)
del xs[1:3]
print(xs)
xs[0] = "first"
print(xs)
xs[1:3] = ["a", "b", "c", "d"]
print(xs)
ys = xs.copy()
ys.clear()
print(xs, ys)
print([1, 2] + [3], [0] * 5, [[]] * 2)
print(sorted([5, 2, 8]), sorted("hello"), max([1, 5, 3]), min([4, 2]), sum([1, 2, 3]))
nested = [[1, 2], [3, 4]]
print(nested[1][0])
print(list(range(5)), list("abc"), list((1, 2)))
m = [0] * 3
m[1] += 10
print(m)
print([x * x for x in range(6) if x % 2 == 0])
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
