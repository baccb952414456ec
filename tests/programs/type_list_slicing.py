a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:5], a[20:30], a[-20:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = "abc"
print(b)
c = list(range(10))
c[::2] = [0] * 5
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
c[1::2] = "abcde"
print(c)
del c[::3]
print(c)
del c[:]
print(c)
d = list(range(5))
d[3:1] = [9, 9]
print(d)
d[-1:] = []
print(d)
s = slice(1, 8, 2)
print(list(range(10))[s], s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
e = [1, 2, 3]
e[len(e):] = [4, 5]
print(e)
try:
    e[10]
except IndexError as err:
    print("IndexError:", err)
try:
    e[1.0]
except TypeError as err:
    print("TypeError:", err)
try:
    e[10] = 1
except IndexError as err:
    print("IndexError:", err)
try:
    e[::0]
except ValueError as err:
    print("ValueError:", err)
f = [0, 1, 2, 3, 4, 5]
f[1:5:2] = ("a", "b")
print(f)
f[::-1] = range(6)
print(f)
g = [1, 2, 3]
g[1:2] = g
print(g)
print(slice(1, 2) == slice(1, 2), repr(slice(None, 5)), slice(3))
