# Adjacent instruction pairs run fused; unbound locals, finalizers, jumps
# into the middle of a pair and non-int comparisons must behave as before.


def unbound_second():
    a = 1
    if False:
        b = 2
    return a + b


def unbound_first():
    if False:
        a = 1
    b = 2
    return a + b


for f in (unbound_second, unbound_first):
    try:
        f()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def replace():
    x = Noisy(1)
    x = Noisy(2)
    y = x
    print("after", y.n)


replace()


def loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


print(loop(10), loop(0))
for a, b in ((1, 2), ("a", "b"), (2.5, 1.5), ([1], [0])):
    if a < b:
        print("lt", a, b)
    else:
        print("not lt", a, b)
try:
    if 1 < "x":
        pass
except TypeError as e:
    print("TypeError", e)


def many(a, b, c, d):
    return a, b, c, d, a + b, c - d


print(many(1, 2, 3, 4))
