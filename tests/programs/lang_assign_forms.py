a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(r, s), [t, u] = [1, 2], (3, 4)
print(r, s, t, u)
lst = [0, 1, 2, 3, 4]
lst[1], lst[3] = lst[3], lst[1]
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)
d = {}
d["a"] = d["b"] = 5
print(d)
class O: pass
o = O()
o.x = o.y = "same"
print(o.x, o.y)
lst[::2] = ["a", "b", "c"]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(e)
first, *_, last = range(10)
print(first, last)
*a, = "xyz"
print(a)
n = 10
n += 1; n *= 2
print(n)
s = "abc"
s += "def"
print(s)
t = (1,)
t += (2,)
print(t)
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
l1 = l1 + [3]
print(l1, l2)
x: int = 5
print(x)
y: str
print("y" in dir())
